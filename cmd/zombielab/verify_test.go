// The conformance matrix in every `go test`: each gallery scenario under each
// CPython found here, real run against simulator, as `zombielab verify all`
// does. With no CPython the test skips, unless ZOMBIELAB_REQUIRE_PYTHON=1
// (which .ci/run sets, so CI always checks conformance).

package main

import (
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"zombielab/cmd/zombielab/internal/probe"
)

func TestVerifyGallery(t *testing.T) {
	if testing.Short() {
		t.Skip("conformance against real CPython skipped in -short mode")
	}
	interps := probe.FindPythons()
	if len(interps) == 0 {
		if os.Getenv("ZOMBIELAB_REQUIRE_PYTHON") == "1" {
			t.Fatal("ZOMBIELAB_REQUIRE_PYTHON=1 but no CPython 3.8+ was found on PATH or under pyenv")
		}
		t.Skip("no CPython 3.8+ found: conformance not checked (set ZOMBIELAB_REQUIRE_PYTHON=1 to make this an error)")
	}
	files, cleanup, err := scenarioFiles("all")
	defer cleanup()
	if err != nil {
		t.Fatal(err)
	}
	// The runs mostly sleep in logical scenarios' real time; a few at once
	// keep the whole matrix within a couple of minutes on two cores while
	// leaving the scenarios' timing margins intact.
	var (
		mu   sync.Mutex
		rows []verdict
		wg   sync.WaitGroup
		sem  = make(chan struct{}, 4)
	)
	for _, f := range files {
		for _, py := range interps {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				v := verifyOne(f, py)
				<-sem
				mu.Lock()
				rows = append(rows, v)
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].scenario != rows[j].scenario {
			return rows[i].scenario < rows[j].scenario
		}
		return rows[i].python < rows[j].python
	})
	var table strings.Builder
	agree := 0
	for _, r := range rows {
		printVerdict(&table, r)
		switch r.outcome {
		case "agree":
			agree++
		case "DISAGREE", "error":
			t.Errorf("%s under CPython %s: %s\n%s", r.scenario, r.python, r.outcome, r.detail)
		}
	}
	t.Logf("conformance: %d agree of %d runs\n%s", agree, len(rows), table.String())
}
