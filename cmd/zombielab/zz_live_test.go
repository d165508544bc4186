// The tests that start real CPython runs by the hundred come last in the
// package (go test runs files in name order), so that their budget
// (internal/testbudget) can give them whatever time the package's other
// tests left before go test's deadline.

package main

import (
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"zombielab/cmd/zombielab/internal/probe"
	"zombielab/internal/testbudget"
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
	files, cleanup, err := scenarioFiles([]string{"all"})
	defer cleanup()
	if err != nil {
		t.Fatal(err)
	}
	// The real runs mostly sleep in the scenarios' wall-clock time; a few
	// at once keep the whole matrix within a couple of minutes on two
	// cores. The simulations are CPU-bound: one at a time, so that they
	// never take both cores from real runs whose timing margins count.
	var (
		mu         sync.Mutex
		rows       []verdict
		wg         sync.WaitGroup
		sem        = make(chan struct{}, 4)
		simulating sync.Mutex
	)
	budget := testbudget.New(t)
	for _, f := range files {
		for _, py := range interps {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				if !budget.Allow() {
					<-sem
					return
				}
				v := verifyOne(f, py, &simulating)
				<-sem
				mu.Lock()
				rows = append(rows, v)
				mu.Unlock()
			}()
		}
	}
	wg.Wait()
	budget.Report()
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
