package mp

import (
	"strings"
	"testing"

	"zombielab/sim/pyast"
)

// TestFunctionsCiteTheirSource: every class, and every function longer than
// a few lines, opens with a comment (the CPython file, function and versions
// it follows, or why it is the simulator's own), so a learner who steps into
// it knows what it stands for (pyast.Uncited).
func TestFunctionsCiteTheirSource(t *testing.T) {
	for _, m := range Modules() {
		file, src, _ := Source(m)
		lines := strings.Split(string(src), "\n")
		for _, i := range pyast.Uncited(string(src)) {
			t.Errorf("%s:%d: %q should open with a comment naming what it follows", file, i+1, strings.TrimSpace(lines[i]))
		}
	}
}
