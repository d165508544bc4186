package playback

import (
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

// TestVarsFollowForkAndExit: a forked child starts with its parent's
// variables and then has its own (pid = 0 against the parent's pid =
// 1002); a zombie has none; a run without Overrides.Locals has none at all.
func TestVarsFollowForkAndExit(t *testing.T) {
	p := load(t, "fork-waitpid", sim.Overrides{Locals: true})
	p.RunToEnd()
	sawBoth, sawZombie := false, false
	for i := range p.Len() {
		s := p.Seek(i)
		vals := map[string]bool{}
		for _, pr := range s.Procs {
			if pr.State == kernel.StateZombie {
				sawZombie = true
				if pr.Locals.Func != "" {
					t.Errorf("step %d: zombie %d has variables %v", i, pr.PID, pr.Locals)
				}
			}
			for _, v := range pr.Locals.Vars {
				if v.Name == "pid" {
					vals[v.Value] = true
				}
			}
		}
		if vals["0"] && vals["1002"] {
			sawBoth = true
		}
	}
	if !sawBoth || !sawZombie {
		t.Errorf("never both fork results (%v) or never a zombie (%v)", sawBoth, sawZombie)
	}
	plain := load(t, "fork-waitpid", sim.Overrides{})
	plain.RunToEnd()
	for i := range plain.Len() {
		if s := plain.Seek(i).String(); strings.Contains(s, "vars(") {
			t.Fatalf("step %d has variables without Locals:\n%s", i, s)
		}
	}
}
