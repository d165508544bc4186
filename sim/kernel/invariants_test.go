// The checker must catch what it claims to: each case breaks one invariant
// of a healthy kernel by hand.

package kernel

import (
	"strings"
	"testing"
)

func TestCheckInvariantsCatches(t *testing.T) {
	cases := []struct {
		name    string
		corrupt func(k *Kernel, main, child, zombie *process)
		want    string
	}{
		{"healthy", func(k *Kernel, m, c, z *process) {}, ""},
		{"row keyed wrong", func(k *Kernel, m, c, z *process) { c.pid = 4000 }, "holds pid"},
		{"reaped but listed", func(k *Kernel, m, c, z *process) { z.state = StateReaped }, "reaped but still listed"},
		{"zombie without status", func(k *Kernel, m, c, z *process) { z.exited = false }, "exited=false"},
		{"sleeper without reason", func(k *Kernel, m, c, z *process) { k.shell.sleep = SleepNone }, "sleep reason"},
		{"parent not in the table", func(k *Kernel, m, c, z *process) {
			m.removeChild(c)
			c.parent = &process{pid: 4242, group: &group{children: []*process{c}}}
		}, "no live parent"},
		{"child listed twice", func(k *Kernel, m, c, z *process) { m.children = append(m.children, c) }, "listed 2 times"},
		{"foreign child", func(k *Kernel, m, c, z *process) { k.shell.children = append(k.shell.children, c) }, "not its child"},
		{"runnable not queued", func(k *Kernel, m, c, z *process) { k.dequeue(c) }, "queued"},
		{"group count", func(k *Kernel, m, c, z *process) { k.pgrps[m.pgid]++ }, "group"},
		{"file refcount", func(k *Kernel, m, c, z *process) { m.fds[3].refs++ }, "references"},
		{"pipe ends", func(k *Kernel, m, c, z *process) { m.fds[3].pipe.writers++ }, "pipe #1"},
		{"pending without handler", func(k *Kernel, m, c, z *process) { c.pending.add(SIGTERM) }, "pending without a handler"},
		{"over the pids limit", func(k *Kernel, m, c, z *process) { k.cfg.PidsLimit = 2 }, "pids limit"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			k := New(Config{})
			main, _ := k.Spawn("main")
			k.Pipe(main)
			child, _ := k.Fork(main)
			zombie, _ := k.Fork(main)
			k.Exit(zombie, Exited(1))
			tc.corrupt(k, k.procs[main], k.procs[child], k.procs[zombie])
			err := CheckInvariants(k)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("healthy kernel reported %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestSetStateRejectsIllegalMoves(t *testing.T) {
	illegal := []struct {
		name     string
		from, to State
	}{
		{"zombie back to running", StateZombie, StateRunning},
		{"zombie to sleeping", StateZombie, StateSleeping},
		{"reaped to zombie", StateReaped, StateZombie},
		{"reaped to running", StateReaped, StateRunning},
		{"running to running", StateRunning, StateRunning},
	}
	for _, tc := range illegal {
		t.Run(tc.name, func(t *testing.T) {
			k := New(Config{})
			pid, _ := k.Spawn("main")
			p := k.procs[pid]
			k.dequeue(p)
			p.state = tc.from
			defer func() {
				if recover() == nil {
					t.Fatalf("%v → %v was accepted", tc.from, tc.to)
				}
			}()
			why := SleepNone
			if tc.to == StateSleeping {
				why = SleepWait
			}
			k.setState(p, tc.to, why)
		})
	}
}
