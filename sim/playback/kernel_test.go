// The derived process table must equal the kernel's own after every step of
// every gallery scenario, under every start method: the view state is
// rebuilt from the trace alone, and this is what keeps it honest.

package playback

import (
	"fmt"
	"testing"

	"zombielab/sim"
	"zombielab/sim/checkpoint"
	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
)

// kernelRows renders the kernel's table in the fields the view derives.
func kernelRows(k *kernel.Kernel) string {
	var s string
	for _, pi := range k.Snapshot().Procs {
		s += fmt.Sprintf("%d %d %d %v %v %v %q %v\n", pi.PID, pi.PPID, pi.PGID, pi.State, pi.Sleep, pi.Stopped, pi.Cmdline, pi.Status)
	}
	return s
}

func stateRows(p *Player) string {
	var s string
	for _, r := range p.rows(p.scan) {
		st := kernel.WaitStatus(0)
		if r.State == kernel.StateZombie {
			st = r.Status
		}
		s += fmt.Sprintf("%d %d %d %v %v %v %q %v\n", r.PID, r.PPID, r.PGID, r.State, r.Sleep, r.Stopped, r.Cmdline, st)
	}
	return s
}

func TestTableMatchesKernel(t *testing.T) {
	for _, name := range galleryNames(t) {
		for _, method := range []cpython.StartMethod{cpython.MethodDefault, cpython.Fork, cpython.Spawn, cpython.Forkserver} {
			t.Run(name+"/"+method.String(), func(t *testing.T) {
				src := scenarioSource(t, name)
				opt, _, err := sim.Load(name+".py", src, sim.Overrides{Method: method, StepCap: 20000})
				if err != nil {
					t.Fatal(err)
				}
				sys, err := sim.New(opt)
				if err != nil {
					t.Skip(err) // a scenario that pins its own method
				}
				p := New(sys, opt)
				for more := true; more; {
					want, got := kernelRows(sys.Kernel()), stateRows(p)
					if want != got {
						t.Fatalf("after %d steps (record %d):\nkernel:\n%sview:\n%s", p.Len(), p.scan.next, want, got)
					}
					more = p.Extend(1) > 0 || !p.Done()
				}
				if p.Len() < 10 {
					t.Errorf("only %d steps", p.Len())
				}
			})
		}
	}
}

// roleSnapshot builds a checkpoint snapshot from a playback snapshot, as
// sim/family.go builds it from the kernel.
func roleSnapshot(s *Snapshot, label string) checkpoint.Snapshot {
	out := checkpoint.Snapshot{Label: label, TMs: int64(s.Time) / 1e6}
	roles := map[kernel.PID]string{}
	for _, p := range s.Procs {
		if p.Role != "" {
			roles[p.PID] = p.Role
		}
	}
	var main Proc
	for _, p := range s.Procs {
		if p.Role == "" {
			continue
		}
		ppid := checkpoint.ParentInit
		if p.Role == checkpoint.RoleMain {
			ppid, main = checkpoint.ParentOutside, p
		} else if r, ok := roles[p.PPID]; ok {
			ppid = r
		}
		state := checkpoint.StateAlive
		if p.State == kernel.StateZombie {
			state = checkpoint.StateZombie
		}
		out.Procs = append(out.Procs, checkpoint.Proc{Role: p.Role, PPID: ppid, State: state})
	}
	for _, r := range main.ChildRoles {
		if r != "" {
			out.Children = append(out.Children, r)
		}
	}
	out.Normalize()
	return out
}

// TestRolesMatchCheckpoints: at every checkpoint the roles, parents, states
// and _children the player derives equal the simulator's own checkpoint
// snapshots.
func TestRolesMatchCheckpoints(t *testing.T) {
	for _, name := range galleryNames(t) {
		t.Run(name, func(t *testing.T) {
			src := scenarioSource(t, name)
			p, err := Load(name+".py", src, sim.Overrides{})
			if err != nil {
				t.Fatal(err)
			}
			p.RunToEnd()
			want := p.System().Checkpoints()
			labels, steps := p.Checkpoints()
			if len(labels) != len(want) {
				t.Fatalf("%d checkpoints, simulator took %d", len(labels), len(want))
			}
			for k, w := range want {
				got := roleSnapshot(p.Seek(steps[k]), labels[k])
				if g, w := string(checkpoint.Marshal(got)), string(checkpoint.Marshal(w)); g != w {
					t.Errorf("checkpoint %d:\n got %s\nwant %s", k, g, w)
				}
			}
		})
	}
}
