// This file is the fuzz target over the compiler and VM: any input is either
// rejected with a positioned error or runs (up to a step cap) without a Go
// panic and without the VM's internal-error fallback.

package pyvm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzCompileAndRun(f *testing.F) {
	for _, pattern := range []string{"testdata/programs/*.py", "testdata/lines/*.py", "testdata/lang/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(string(src))
			}
		}
	}
	f.Add("x = [os.fork(), 5]\n")
	f.Add("def f(*a, **k):\n    return a, k\nprint(f(1, b=2))\n")
	f.Fuzz(func(t *testing.T, src string) {
		s := newFakeSys()
		p, err := s.spawn("fuzz.py", src, Config{internal: true})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.py:") {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		_ = s.run(2000)
		_ = p
		if strings.Contains(s.stderr.String(), "internal error in the simulator's VM") {
			t.Fatalf("VM internal error:\n%s\n--- source\n%s", s.stderr.String(), src)
		}
	})
}
