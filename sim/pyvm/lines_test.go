// This file checks line events: every StopLine of a program, as the
// innermost frame's func:line, against golden files that a CPython tracer
// (testdata/lines/trace_cpython.py, sys.settrace) confirms.

package pyvm

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/golden"
)

// lineEvents runs a program alone and lists its line events.
// allFrames reports whether a line-event program also checks comprehension
// frames (CPython 3.8–3.11 run comprehensions as functions; 3.12 inlines them).
func allFrames(file string) bool { return strings.Contains(filepath.Base(file), "comprehension") }

func lineEvents(t *testing.T, file string, src []byte, v Version) string {
	s := newFakeSys()
	p, err := s.spawn(filepath.Base(file), string(src), Config{Version: v})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := 0; i < 100000; i++ {
		switch p.in.Run(0) {
		case StopLine:
			fs := p.in.Frames()
			top := fs[len(fs)-1]
			if strings.HasPrefix(top.Func, "<") && top.Func != "<module>" && !allFrames(file) {
				continue // the CPython tracer leaves comprehension frames out
			}
			fmt.Fprintf(&b, "%s:%d\n", top.Func, top.Line)
		case StopExited:
			return b.String()
		case StopBlocked:
			s.advanceClock()
		}
	}
	t.Fatal("program did not end")
	return ""
}

func lineFiles(t *testing.T) []string {
	files, _ := filepath.Glob("testdata/lines/*.py")
	var out []string
	for _, f := range files {
		if !strings.HasPrefix(filepath.Base(f), "trace_") {
			out = append(out, f)
		}
	}
	return out
}

func TestLineEvents(t *testing.T) {
	for _, file := range lineFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := lineEvents(t, file, src, Py311)
			golden.CheckString(t, strings.TrimSuffix(file, ".py")+".lines", got)
		})
	}
}

// TestLineEventsMatchCPython compares the VM's line events with those of
// every installed modelled CPython version.
func TestLineEventsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, v := range []Version{Py38, Py311, Py312, Py313, Py314} {
		py := cpythonFor(v)
		if py == "" {
			continue
		}
		for _, file := range lineFiles(t) {
			t.Run(v.String()+"/"+filepath.Base(file), func(t *testing.T) {
				compareLineEvents(t, py, file, v)
			})
		}
	}
}

func compareLineEvents(t *testing.T, py, file string, v Version) {
	cmd := exec.Command(py, "trace_cpython.py", filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	if allFrames(file) {
		if v.AtLeast(3, 12) {
			t.Skip("3.12 inlines comprehensions (PEP 709); the VM keeps them as frames")
		}
		cmd.Env = append(os.Environ(), "ZL_ALL_FRAMES=1")
	}
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(file)
	got := lineEvents(t, file, src, v)
	if got != string(out) {
		t.Errorf("line events differ from CPython's settrace\n--- simulator\n%s--- cpython\n%s", got, out)
	}
}
