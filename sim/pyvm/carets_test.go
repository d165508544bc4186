// This file checks the caret lines of 3.11+ tracebacks (carets.go) with
// the programs of testdata/carets: each ends with an uncaught exception.
// Their golden files hold the stderr of each version (versions that print
// the same merged, as testdata/lang's), written by go test -update from
// the VM; TestCaretsMatchCPython checks every section against the real
// CPython of its version, so a golden file is a record of what CPython
// prints.

package pyvm

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"zombielab/internal/golden"
)

var caretVersions = []Version{Py311, Py312, Py313}

func caretFiles(t *testing.T) []string {
	files, err := filepath.Glob("testdata/carets/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no caret programs: %v", err)
	}
	return files
}

// fileLine matches the "File" line of a traceback entry, and warnLine the
// start of a warning, whose paths differ between CPython (absolute) and
// the VM.
var (
	fileLine = regexp.MustCompile(`File "[^"]*/([^"/]+\.py)"`)
	warnLine = regexp.MustCompile(`(?m)^/\S*/([^/\s]+\.py):(\d+): `)
)

// caretStderr is stderr with its paths cut to the file names.
func caretStderr(s string) string {
	return warnLine.ReplaceAllString(fileLine.ReplaceAllString(s, `File "$1"`), `$1:$2: `)
}

func TestCarets(t *testing.T) {
	for _, file := range caretFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var stderrs []string
			for _, v := range caretVersions {
				r := runLang(file, src, v)
				if r.err != nil {
					t.Fatalf("%s: %v", v, r.err)
				}
				stderrs = append(stderrs, caretStderr(r.stderr))
			}
			golden.CheckString(t, strings.TrimSuffix(file, ".py")+".golden", versionSections(caretVersions, stderrs))
		})
	}
}

func TestCaretsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, v := range caretVersions {
		py := cpythonFor(v)
		if py == "" {
			continue
		}
		for _, file := range caretFiles(t) {
			t.Run(v.String()+"/"+filepath.Base(file), func(t *testing.T) {
				want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".golden")
				if err != nil {
					t.Fatal(err)
				}
				sim, ok := versionSection(string(want), v)
				if !ok {
					t.Fatalf("no section for %s in the golden file", v)
				}
				cmd := exec.Command(py, filepath.Base(file))
				cmd.Dir = filepath.Dir(file)
				var stderr strings.Builder
				cmd.Stderr = &stderr
				if err := cmd.Run(); err == nil {
					t.Fatal("CPython ended the program without an error")
				} else if _, ok := err.(*exec.ExitError); !ok {
					t.Fatal(err)
				}
				if got := caretStderr(stderr.String()); got != sim {
					t.Errorf("stderr differs from CPython %s\n--- simulator\n%s--- cpython\n%s", py, sim, got)
				}
			})
		}
	}
}
