package probe

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"zombielab/sim/checkpoint"
	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
	"zombielab/sim/scenario"
)

var (
	record  = flag.Bool("record", false, "run every gallery scenario -runs times under every CPython found and rewrite testdata/real/*.jsonl when the runs agree")
	gallery = flag.Bool("gallery", false, "run every gallery scenario once under every CPython found and compare with testdata/real/*.jsonl")
	runs    = flag.Int("runs", 3, "runs per scenario and interpreter for -record")
)

const galleryDir = "../../../../content/scenarios"

type galleryEntry struct {
	name string // file name without .py
	path string
	sc   *scenario.Scenario
}

func loadGallery(t *testing.T) []galleryEntry {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(galleryDir, "*.py"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gallery scenarios in %s (%v)", galleryDir, err)
	}
	var out []galleryEntry
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := scenario.Parse(filepath.Base(p), src)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, galleryEntry{strings.TrimSuffix(filepath.Base(p), ".py"), p, sc})
	}
	return out
}

// TestGalleryHeaders: every gallery scenario has a title and a lesson in
// English and Chinese, says which versions it is for, at least one
// checkpoint, and a reason when it cannot be verified.
func TestGalleryHeaders(t *testing.T) {
	entries := loadGallery(t)
	if len(entries) < 12 {
		t.Errorf("%d gallery scenarios, want at least 12", len(entries))
	}
	for _, e := range entries {
		for _, lang := range []string{"en", "zh"} {
			if e.sc.Title[lang] == "" || len(e.sc.Lesson[lang]) < 80 {
				t.Errorf("%s: title or lesson missing in %q", e.name, lang)
			}
		}
		if len(e.sc.Versions) == 0 || len(e.sc.Checkpoints) == 0 {
			t.Errorf("%s: no versions or no checkpoints", e.name)
		}
		if !e.sc.Verify && e.sc.VerifyReason == "" {
			t.Errorf("%s: verify=no without a verify.reason", e.name)
		}
		if e.sc.Verify && (e.sc.PidMax != 0 || e.sc.Init != kernel.InitReapsAtOnce) {
			t.Errorf("%s: simulator-only settings but verify is not no", e.name)
		}
	}
}

func realPath(name string, version cpython.Version) string {
	return filepath.Join("testdata", "real", name+"@"+version.String()+".jsonl")
}

// TestGalleryReal runs the gallery under real CPython: with -record it runs
// each scenario -runs times, fails if the runs disagree with each other
// (widen the scenario's margins; never loosen the comparison) and rewrites
// testdata/real; with -gallery it runs each once and compares with the
// recorded stream.
func TestGalleryReal(t *testing.T) {
	if !*record && !*gallery {
		t.Skip("run with -gallery (compare) or -record (rewrite testdata/real)")
	}
	pythons := FindPythons()
	if len(pythons) == 0 {
		t.Skip("no CPython 3.8+ found")
	}
	n := 1
	if *record {
		n = *runs
	}
	sem := make(chan struct{}, 2) // the machine has 2 shared cores
	for _, e := range loadGallery(t) {
		if !e.sc.Verify {
			continue
		}
		for _, py := range pythons {
			if !e.sc.MeantFor(py.Version) {
				continue
			}
			t.Run(e.name+"@"+py.Version.String(), func(t *testing.T) {
				t.Parallel()
				streams := runMany(t, sem, e.path, py, n)
				for i := 1; i < len(streams); i++ {
					if d := checkpoint.Compare(streams[0], streams[i]); d != nil {
						t.Fatalf("unstable: run 1 and run %d differ:\n%s", i+1, d.Render("run 1", "run "+strconv.Itoa(i+1)))
					}
				}
				if *record {
					writeStream(t, realPath(e.name, py.Version), streams[0])
					return
				}
				f, err := os.Open(realPath(e.name, py.Version))
				if err != nil {
					t.Fatalf("%v (record it with -record)", err)
				}
				defer f.Close()
				want, err := checkpoint.ParseStream(f)
				if err != nil {
					t.Fatal(err)
				}
				if d := checkpoint.Compare(want, streams[0]); d != nil {
					t.Errorf("differs from the recorded run:\n%s", d.Render("recorded", "now"))
				}
			})
		}
	}
}

func runMany(t *testing.T, sem chan struct{}, path string, py Interpreter, n int) [][]checkpoint.Snapshot {
	var out [][]checkpoint.Snapshot
	for i := 0; i < n; i++ {
		sem <- struct{}{}
		res, err := Run(context.Background(), Options{Python: py.Path, Scenario: path})
		<-sem
		if err != nil {
			t.Fatal(err)
		}
		if left := Leftovers(res.Marker, res.MainPid); len(left) > 0 {
			t.Errorf("processes left behind: %v", left)
		}
		if len(res.Snapshots) == 0 {
			t.Fatalf("no checkpoint reached; stderr:\n%s", res.Stderr)
		}
		out = append(out, res.Snapshots)
	}
	return out
}

func writeStream(t *testing.T, path string, snaps []checkpoint.Snapshot) {
	t.Helper()
	var b bytes.Buffer
	for _, s := range snaps {
		b.Write(checkpoint.Marshal(s))
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
