// The gallery against real CPython: every scenario's checkpoints from the
// simulator must agree (docs/CHECKPOINTS.md) with the streams the probe recorded
// from real CPython on this kind of machine
// (cmd/zombielab/internal/probe/testdata/real/NAME@X.Y.jsonl). `zombielab
// verify` re-runs real CPython live; this test keeps the recorded truth in
// every `go test` run, with or without Python installed.

package sim

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/sim/checkpoint"
)

const (
	galleryDir = "../content/scenarios"
	realDir    = "../cmd/zombielab/internal/probe/testdata/real"
)

// runScenario runs a gallery scenario under a modelled version.
func runScenario(t testing.TB, name string, v Version, seed uint64) *System {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(galleryDir, name+".py"))
	if err != nil {
		t.Fatal(err)
	}
	return runSource(t, name+".py", src, Overrides{Python: v, Seed: seed})
}

// runSource loads a scenario's source, runs it to the end and returns the
// finished run; any load error fails the test.
func runSource(t testing.TB, name string, src []byte, o Overrides) *System {
	t.Helper()
	opt, _, err := Load(name, src, o)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	s.RunToEnd()
	return s
}

func TestGalleryAgreesWithRecordedCPython(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(realDir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no recorded real runs in %s (%v)", realDir, err)
	}
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		name, ver, _ := strings.Cut(base, "@")
		t.Run(base, func(t *testing.T) {
			v, err := ParseVersion(ver)
			if err != nil {
				t.Skipf("version %s is not modelled: %v", ver, err)
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			real, err := checkpoint.ParseStream(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			s := runScenario(t, name, v, 0)
			if d := checkpoint.Compare(real, s.Checkpoints()); d != nil {
				t.Errorf("simulator disagrees with CPython %s:\n%s\nreproduce: go run ./cmd/zombielab run %s --python %s --checkpoints",
					ver, d.Render("CPython "+ver, "simulator"), name, ver)
			}
		})
	}
}

// TestGallerySeedsAgree: jittered costs must not change what a scenario
// teaches; its margins are wide enough for every seed.
func TestGallerySeedsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("seed sweep skipped in -short mode")
	}
	names, _ := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	for _, path := range names {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		base := runScenario(t, name, DefaultVersion, 0).Checkpoints()
		for seed := uint64(1); seed <= 5; seed++ {
			got := runScenario(t, name, DefaultVersion, seed).Checkpoints()
			if d := checkpoint.Compare(base, got); d != nil {
				t.Errorf("%s: seed %d changes the checkpoints:\n%s\nreproduce: go run ./cmd/zombielab run %s --seed %d --checkpoints",
					name, seed, d.Render("seed 0", fmt.Sprintf("seed %d", seed)), name, seed)
			}
		}
	}
}
