// The library's programs (testdata/*.py) run under the simulator as CPython
// 3.8, 3.11 and 3.13 and must print what real CPython printed. Each
// program's expected file (testdata/NAME.expected) is recorded from the
// real interpreters with
//
//	go test ./sim/pylib -run TestLibrary -update
//
// (pyenv's 3.8.18, 3.11.7 and 3.13.0, or python3.X on PATH), and holds one
// section per group of versions that print the same thing:
//
//	=== 3.8
//	--- stdout
//	...
//	--- stderr
//	...
//	--- status
//	0
//	=== 3.11 3.13
//	...
//
// A program whose first comment lines hold "# versions: 3.8 3.11 3.12 3.13"
// is recorded and run under those versions instead (the threading programs
// add 3.12, where the fork warning starts).
//
// stdout and the exit status must match exactly; stderr too, except when it
// holds a traceback, whose last line alone is compared (a traceback
// through the library names the simulator's files, relative to Lib/, and
// their lines). A pid in CPython's fork warning ("(pid=N)") is
// compared as N on both sides.

package pylib_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"zombielab/internal/cpythontest"
	"zombielab/internal/golden"
	"zombielab/sim"
	"zombielab/sim/cpython"
)

// versions are the CPython versions a program is recorded and run under,
// unless its header names others (programVersions).
var versions = []string{"3.8", "3.11", "3.13"}

// programVersions reads a program's "# versions: ..." header line.
func programVersions(src []byte) []string {
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		if vs, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(line, "#")), "versions:"); ok {
			return strings.Fields(vs)
		}
	}
	return versions
}

var warnPID = regexp.MustCompile(`\(pid=\d+\)`)

// outcome is what a program printed and how it ended.
type outcome struct {
	stdout, stderr string
	status         int
}

func (o outcome) text() string {
	return "--- stdout\n" + o.stdout + "--- stderr\n" + o.stderr + "--- status\n" + strconv.Itoa(o.status) + "\n"
}

func programs(t *testing.T) []string {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs in testdata: %v", err)
	}
	return files
}

// simulate runs a program on the simulator as CPython v.
func simulate(t *testing.T, file string, src []byte, v string) outcome {
	pv, err := cpython.Parse(v)
	if err != nil {
		t.Fatal(err)
	}
	s, err := sim.New(sim.Options{File: filepath.Base(file), Source: src, Python: pv, StepCap: 2_000_000})
	if err != nil {
		return outcome{stderr: err.Error() + "\n", status: -1}
	}
	s.RunToEnd()
	var out, errs strings.Builder
	tr := s.Trace()
	for _, r := range tr.All() {
		if r.Kind != sim.RecOutput {
			continue
		}
		if e := tr.Event(r); e.FD == 2 {
			errs.WriteString(e.Data)
		} else {
			out.WriteString(e.Data)
		}
	}
	return outcome{stdout: out.String(), stderr: errs.String(), status: s.MainExitCode()}
}

// findPython returns the interpreter of CPython v, or "".
func findPython(v string) string {
	var major, minor int
	if _, err := fmt.Sscanf(v, "%d.%d", &major, &minor); err != nil {
		return ""
	}
	return cpythontest.Find(major, minor)
}

// record runs a program under real CPython v.
func record(t *testing.T, file string, v string) outcome {
	python := findPython(v)
	if python == "" {
		t.Fatalf("recording needs CPython %s (pyenv's or python%s on PATH)", v, v)
	}
	// A program that hangs under CPython (a deadlock the simulator
	// reports) must not hang the test.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8", "TZ=UTC")
	var out, errs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errs
	err := cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	// CPython 3.9+ names __main__ by its absolute path in tracebacks:
	// record it as the folder-relative name, so that no recording names
	// where the repository was checked out.
	abs, _ := filepath.Abs(filepath.Dir(file))
	stderr := strings.ReplaceAll(errs.String(), abs+string(filepath.Separator), "")
	return outcome{stdout: out.String(), stderr: stderr, status: status}
}

// expectedText renders outcomes by version, merging versions that print
// the same thing.
func expectedText(versions []string, outs []outcome) string {
	var b strings.Builder
	done := make([]bool, len(outs))
	for i := range outs {
		if done[i] {
			continue
		}
		names := []string{versions[i]}
		for j := i + 1; j < len(outs); j++ {
			if !done[j] && outs[j].text() == outs[i].text() {
				done[j] = true
				names = append(names, versions[j])
			}
		}
		fmt.Fprintf(&b, "=== %s\n%s", strings.Join(names, " "), outs[i].text())
	}
	return b.String()
}

// section finds version v's outcome in an expected file.
func section(expected, v string) (outcome, bool) {
	for _, sec := range strings.Split(expected, "=== ")[1:] {
		head, body, _ := strings.Cut(sec, "\n")
		if !contains(strings.Fields(head), v) {
			continue
		}
		stdout, rest, _ := strings.Cut(strings.TrimPrefix(body, "--- stdout\n"), "--- stderr\n")
		stderr, status, _ := strings.Cut(rest, "--- status\n")
		n, _ := strconv.Atoi(strings.TrimSpace(status))
		return outcome{stdout: stdout, stderr: stderr, status: n}, true
	}
	return outcome{}, false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// agrees reports whether a program prints what CPython printed under
// every version.
func agrees(t *testing.T, file string, src []byte, expected string) bool {
	for _, v := range programVersions(src) {
		want, ok := section(expected, v)
		got := simulate(t, file, src, v)
		if !ok || got.stdout != want.stdout || comparable(got.stderr) != comparable(want.stderr) || got.status != want.status {
			return false
		}
	}
	return true
}

// blocked returns the reason in a program's "# blocked: ..." header (its
// first comment lines): the program records what CPython does with
// something the simulator cannot run yet, and is skipped until it can.
func blocked(src []byte) string {
	var why []string
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		text := strings.TrimSpace(strings.TrimPrefix(line, "#"))
		if r, ok := strings.CutPrefix(text, "blocked:"); ok {
			why = append(why, strings.TrimSpace(r))
		} else if len(why) > 0 && strings.HasPrefix(line, "#  ") {
			why = append(why, text)
		} else if len(why) > 0 {
			break
		}
	}
	return strings.Join(why, " ")
}

// comparable reduces stderr to what must match: all of it, or the last
// line of a traceback.
func comparable(stderr string) string {
	stderr = warnPID.ReplaceAllString(stderr, "(pid=N)")
	if !strings.Contains(stderr, "Traceback (most recent call last):") {
		return stderr
	}
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestLibrary(t *testing.T) {
	for _, file := range programs(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		expectedFile := strings.TrimSuffix(file, ".py") + ".expected"
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			versions := programVersions(src)
			if *golden.Update {
				var outs []outcome
				for _, v := range versions {
					outs = append(outs, record(t, file, v))
				}
				golden.Write(t, expectedFile, []byte(expectedText(versions, outs)))
				return
			}
			expected, err := os.ReadFile(expectedFile)
			if err != nil {
				t.Fatalf("%v (go test ./sim/pylib -run TestLibrary -update records it from CPython)", err)
			}
			if why := blocked(src); why != "" {
				if agrees(t, file, src, string(expected)) {
					t.Skip("blocked, but now agrees with CPython: drop its '# blocked:' header (" + why + ")")
				}
				t.Skip("blocked: " + why)
			}
			for _, v := range versions {
				want, ok := section(string(expected), v)
				if !ok {
					t.Errorf("%s has no section for %s", expectedFile, v)
					continue
				}
				got := simulate(t, file, src, v)
				hint := fmt.Sprintf("go run ./cmd/zombielab run sim/pylib/%s --python %s", file, v)
				if got.stdout != want.stdout {
					t.Errorf("%s: stdout differs from CPython %s at %s\nreproduce: %s", name, v, golden.FirstDiff(want.stdout, got.stdout), hint)
				}
				if comparable(got.stderr) != comparable(want.stderr) {
					t.Errorf("%s: stderr differs from CPython %s at %s\nreproduce: %s", name, v, golden.FirstDiff(comparable(want.stderr), comparable(got.stderr)), hint)
				}
				if got.status != want.status {
					t.Errorf("%s: exit status %d, CPython %s: %d\nreproduce: %s", name, got.status, v, want.status, hint)
				}
			}
		})
	}
}
