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

// TestVarsBelongToTheirStep: at every line step, the variables of the
// task about to run the line are those of its innermost frame of the
// scenario's file at that line, not of the line before.
func TestVarsBelongToTheirStep(t *testing.T) {
	for _, name := range []string{"seed-loop", "fork-from-thread", "pool-maxtasks"} {
		t.Run(name, func(t *testing.T) {
			p := load(t, name, sim.Overrides{Locals: true})
			checked := 0
			for i := 0; i < 3000; i++ {
				if !p.Ensure(i) {
					break
				}
				s := p.Seek(i)
				if !s.OnLine {
					continue
				}
				for _, pr := range s.Procs {
					stack, l := pr.Stack, pr.Locals
					if s.TID != 0 {
						for _, th := range pr.Threads {
							if th.TID == s.TID {
								stack, l = th.Stack, th.Locals
							}
						}
					}
					if pr.PID != s.PID {
						continue
					}
					want := ""
					for k := len(stack) - 1; k >= 0; k-- {
						if stack[k].File == p.File() {
							want = stack[k].Func
							break
						}
					}
					if l.Func != want {
						t.Fatalf("step %d: %d (thread %d) at %v shows the variables of %q, want %q", i, s.PID, s.TID, s.Line, l.Func, want)
					}
					checked++
				}
			}
			if checked < 100 {
				t.Errorf("only %d steps checked", checked)
			}
		})
	}
}
