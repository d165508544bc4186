// The conformance matrix in every `go test`: each gallery scenario under each
// CPython found here, real run against simulator, as `zombielab verify all`
// does. With no CPython the test skips, unless ZOMBIELAB_REQUIRE_PYTHON=1
// (which .ci/run sets, so CI always checks conformance).

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"zombielab/cmd/zombielab/internal/probe"
	"zombielab/content"
)

// TestScenarioFiles: verify's arguments work like go test's packages.
func TestScenarioFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.py", "b.py", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x = 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, b := filepath.Join(dir, "a.py"), filepath.Join(dir, "b.py")
	for _, tc := range []struct {
		name    string
		args    []string
		want    []string // base names, in order
		wantErr string
	}{
		{"two files", []string{a, b}, []string{"a.py", "b.py"}, ""},
		{"a glob", []string{filepath.Join(dir, "*.py")}, []string{"a.py", "b.py"}, ""},
		{"names", []string{"seed-loop", "spawn"}, []string{"seed-loop.py", "spawn.py"}, ""},
		{"files, names and a glob, each once", []string{b, "spawn", filepath.Join(dir, "*.py"), "spawn"}, []string{"b.py", "spawn.py", "a.py"}, ""},
		{"all", []string{"all"}, nil, ""},
		{"the gallery by glob", []string{"../../content/scenarios/*.py"}, nil, ""},
		{"a glob that matches nothing", []string{filepath.Join(dir, "*.pyc")}, nil, "matches no file"},
		{"a bad glob", []string{filepath.Join(dir, "[.py")}, nil, "syntax error in pattern"},
		{"a missing file", []string{filepath.Join(dir, "nope.py")}, nil, "no such file"},
		{"an unknown name", []string{"seed-loop", "no-such-thing"}, nil, "neither a .py file nor a gallery scenario"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, cleanup, err := scenarioFiles(tc.args)
			defer cleanup()
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range files {
				if _, err := os.Stat(f); err != nil {
					t.Errorf("%s: %v", f, err)
				}
				got = append(got, filepath.Base(f))
			}
			want := tc.want
			if want == nil {
				for _, n := range content.Names() {
					want = append(want, n+".py")
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("files %v, want %v", got, want)
			}
		})
	}
}

// TestVerifySeveral: one verify call checks several scenarios, as the
// table of rows and the exit status show.
func TestVerifySeveral(t *testing.T) {
	if testing.Short() {
		t.Skip("real CPython runs skipped in -short mode")
	}
	interps := probe.FindPythons()
	if len(interps) == 0 {
		t.Skip("no CPython 3.8+ found")
	}
	py := interps[len(interps)-1].Version.String()
	var out, errb bytes.Buffer
	code := dispatch([]string{"verify", "fork-waitpid", "../../content/scenarios/double-*.py", "--python", py}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
	for _, name := range []string{"fork-waitpid", "double-fork"} {
		if !strings.Contains(out.String(), name) || strings.Count(out.String(), "agree") != 2 {
			t.Errorf("no agree row for %s:\n%s", name, out.String())
		}
	}
	code = dispatch([]string{"verify", "--python", py}, &out, &errb)
	if code != 2 || !strings.Contains(errb.String(), "usage: zombielab verify") {
		t.Errorf("verify with no scenario: exit %d, stderr %q", code, errb.String())
	}
}
