// This file runs the programs in testdata/programs on the fake host and
// compares stdout, stderr and exit status with the golden files
// (go test -update rewrites them from the VM); TestProgramsMatchCPython
// checks the golden stdout and status against a real CPython when one is
// installed.

package pyvm

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/cpythontest"
	"zombielab/internal/golden"
)

func programFiles(t *testing.T) []string {
	files, err := filepath.Glob("testdata/programs/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	return files
}

func goldenText(r result) string {
	var b strings.Builder
	b.WriteString("--- stdout\n" + r.stdout)
	b.WriteString("--- stderr\n" + r.stderr)
	fmt.Fprintf(&b, "--- status\n%d\n", r.status>>8)
	if r.err != nil {
		fmt.Fprintf(&b, "--- error\n%v\n", r.err)
	}
	return b.String()
}

func TestPrograms(t *testing.T) {
	for _, file := range programFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			s := newFakeSys()
			p, err := s.spawn(filepath.Base(file), string(src), Config{Version: versionFor(string(src))})
			var r result
			if err != nil {
				r.err = err
			} else {
				r.err = s.run(200000)
				r.stdout, r.stderr, r.status = s.stdout.String(), s.stderr.String(), p.status
			}
			got := goldenText(r)
			golden.CheckString(t, strings.TrimSuffix(file, ".py")+".golden", got)
		})
	}
}

// versionFor reads a "# python: 3.X" header line.
func versionFor(src string) Version {
	for _, line := range strings.Split(src, "\n") {
		if v, ok := strings.CutPrefix(line, "# python: 3."); ok {
			var minor int
			fmt.Sscan(v, &minor)
			return Version{Major: 3, Minor: minor}
		}
	}
	return Py311
}

// cpythonFor finds the interpreter for a modelled version, if installed.
func cpythonFor(v Version) string { return cpythontest.Find(v.Major, v.Minor) }

func TestProgramsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, file := range programFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, _ := os.ReadFile(file)
			if strings.Contains(string(src), "# cpython: differs") {
				t.Skip("documented difference from CPython")
			}
			py := cpythonFor(versionFor(string(src)))
			if py == "" {
				t.Skip("CPython not installed")
			}
			cmd := exec.Command(py, filepath.Base(file))
			cmd.Dir = filepath.Dir(file)
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0") // str hashes as the VM models them
			var stdout, stderr strings.Builder
			cmd.Stdout = &stdout
			cmd.Stderr = &stderr
			err := cmd.Run()
			status := 0
			if ee, ok := err.(*exec.ExitError); ok {
				status = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			ws := string(want)
			gotOut := ws[len("--- stdout\n"):strings.Index(ws, "--- stderr\n")]
			var gotStatus int
			fmt.Sscan(ws[strings.Index(ws, "--- status\n")+len("--- status\n"):], &gotStatus)
			if gotOut != stdout.String() || gotStatus != status {
				t.Errorf("simulator and CPython %s differ\n--- simulator (status %d)\n%s--- cpython (status %d)\n%s", py, gotStatus, gotOut, status, stdout.String())
			}
			// 3.8 tracebacks have no caret lines, so stderr must match too.
			if v := versionFor(string(src)); v == Py38 {
				gotErr := ws[strings.Index(ws, "--- stderr\n")+len("--- stderr\n") : strings.Index(ws, "--- status\n")]
				if gotErr != stderr.String() {
					t.Errorf("stderr differs from CPython %s\n--- simulator\n%s--- cpython\n%s", py, gotErr, stderr.String())
				}
			}
		})
	}
}
