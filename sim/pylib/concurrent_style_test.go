package pylib

import (
	"strings"
	"testing"

	"zombielab/sim/pyast"
)

// TestConcurrentFunctionsCiteTheirSource holds concurrent.futures to the
// rule sim/mp's style test sets for multiprocessing (pyast.Uncited): every
// class, and every function longer than a few lines, opens with a comment
// (the CPython file and function it follows), so a learner who steps into
// an executor knows what each step stands for.
func TestConcurrentFunctionsCiteTheirSource(t *testing.T) {
	n := 0
	for _, m := range append(Modules(), "concurrent.futures._base") {
		if m != "concurrent" && !strings.HasPrefix(m, "concurrent.") {
			continue
		}
		n++
		file, src, _ := Source(m)
		lines := strings.Split(string(src), "\n")
		for _, i := range pyast.Uncited(string(src)) {
			t.Errorf("%s:%d: %q should open with a comment naming what it follows", file, i+1, strings.TrimSpace(lines[i]))
		}
	}
	if n < 5 {
		t.Errorf("found %d concurrent modules, want concurrent, futures, _base, thread, process", n)
	}
}
