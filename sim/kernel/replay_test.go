// The replay table of docs/facts/linux.md §1.2, one named case per row.

package kernel

import (
	"errors"
	"math"
	"testing"
)

// fixture is a booted kernel with the scenario's main process P.
type fixture struct {
	t *testing.T
	k *Kernel
	P PID
}

func newFixture(t *testing.T, cfg Config) *fixture {
	t.Helper()
	k := New(cfg)
	p, err := k.Spawn("python3 main.py")
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, k: k, P: p}
}

func (f *fixture) fork(parent PID) PID {
	f.t.Helper()
	c, err := f.k.Fork(parent)
	if err != nil {
		f.t.Fatalf("fork %d: %v", parent, err)
	}
	f.check()
	return c
}

func (f *fixture) exit(pid PID, code int) {
	f.t.Helper()
	f.k.Exit(pid, Exited(code))
	f.check()
}

func (f *fixture) check() {
	f.t.Helper()
	if err := CheckInvariants(f.k); err != nil {
		f.t.Fatal(err)
	}
}

// wait calls Wait and checks its result: wantPID (0 for "nothing yet") or
// wantErr.
func (f *fixture) wait(caller PID, pid, options int, wantPID PID, wantErr error) WaitResult {
	f.t.Helper()
	res, err := f.k.Wait(caller, WaitOptions{Pid: pid, Options: options})
	if !errors.Is(err, wantErr) || (err == nil && res.PID != wantPID) {
		f.t.Fatalf("wait(%d, %#x) by %d = %v, %v; want %d, %v", pid, options, caller, res.PID, err, wantPID, wantErr)
	}
	f.check()
	return res
}

func (f *fixture) state(pid PID) State {
	if pi, ok := f.k.Process(pid); ok {
		return pi.State
	}
	return StateReaped
}

func TestReplayTable(t *testing.T) {
	cases := []struct {
		name string
		run  func(f *fixture)
	}{
		{"01 no children: wait → ECHILD", func(f *fixture) {
			f.wait(f.P, -1, 0, 0, ECHILD)
		}},
		{"02 no children: WNOHANG → ECHILD, not 0", func(f *fixture) {
			f.wait(f.P, -1, WNOHANG, 0, ECHILD)
		}},
		{"03 child alive: waitpid(C, WNOHANG) → 0, C unchanged", func(f *fixture) {
			c := f.fork(f.P)
			f.wait(f.P, int(c), WNOHANG, 0, nil)
			if f.state(c) != StateRunning {
				f.t.Fatalf("child is %v", f.state(c))
			}
		}},
		{"04 child alive: waitpid(-1, WNOHANG) → 0", func(f *fixture) {
			f.fork(f.P)
			f.wait(f.P, -1, WNOHANG, 0, nil)
		}},
		{"05 child alive: waitpid(C, 0) blocks in S until C exits", func(f *fixture) {
			c := f.fork(f.P)
			f.wait(f.P, int(c), 0, 0, ErrBlocked)
			if pi, _ := f.k.Process(f.P); pi.State != StateSleeping || pi.Sleep != SleepWait || pi.Stat() != "S" {
				f.t.Fatalf("parent is %v/%v", pi.State, pi.Sleep)
			}
			if pid, _ := f.k.Next(0); pid != c {
				f.t.Fatalf("Next = %d, want the child %d", pid, c)
			}
			f.exit(c, 0)
			if pid, _ := f.k.Next(0); pid != f.P {
				f.t.Fatalf("Next = %d, want the woken parent", pid)
			}
			f.wait(f.P, int(c), 0, c, nil)
		}},
		{"06 C is Z: waitpid(C) returns it, removes the row, frees the pid", func(f *fixture) {
			c := f.fork(f.P)
			f.k.Exit(c, Signaled(SIGTERM))
			if f.state(c) != StateZombie {
				f.t.Fatalf("child is %v", f.state(c))
			}
			res := f.wait(f.P, int(c), WNOHANG, c, nil)
			if !res.Status.Signaled() || res.Status.Signal() != SIGTERM {
				f.t.Fatalf("status %v", res.Status)
			}
			if f.state(c) != StateReaped || f.k.pidInUse(c) {
				f.t.Fatal("reaped child still in the table")
			}
		}},
		{"07 C already reaped: waitpid(C) → ECHILD", func(f *fixture) {
			c := f.fork(f.P)
			f.exit(c, 0)
			f.wait(f.P, int(c), 0, c, nil)
			f.wait(f.P, int(c), 0, 0, ECHILD)
		}},
		{"08 not a child (1, pid_max+1): ECHILD", func(f *fixture) {
			f.fork(f.P)
			f.wait(f.P, 1, 0, 0, ECHILD)
			f.wait(f.P, DefaultPidMax+1, 0, 0, ECHILD)
		}},
		{"09 INT_MIN → ESRCH", func(f *fixture) {
			f.fork(f.P)
			f.wait(f.P, math.MinInt32, 0, 0, ESRCH)
			f.wait(f.P, math.MinInt32, WNOHANG, 0, ESRCH)
		}},
		{"10 invalid options → EINVAL", func(f *fixture) {
			f.fork(f.P)
			f.wait(f.P, -1, -1, 0, EINVAL)
			f.wait(f.P, -1, WNOWAIT, 0, EINVAL)
		}},
		{"11 waitid without WEXITED/WSTOPPED/WCONTINUED → EINVAL", func(f *fixture) {
			f.fork(f.P)
			if _, err := f.k.Waitid(f.P, PAll, 0, WNOHANG); err != EINVAL {
				f.t.Fatalf("got %v", err)
			}
			if _, err := f.k.Waitid(f.P, PPID, 0, WEXITED); err != EINVAL {
				f.t.Fatalf("P_PID 0: got %v", err)
			}
		}},
		{"12 waitpid(0) reaps only the caller's current group, then ECHILD", func(f *fixture) {
			c1 := f.fork(f.P) // waitpid11's child_1, in P's group G
			old, _ := f.k.Getpgid(c1)
			a := f.fork(c1) // in G
			if err := f.k.Setpgid(c1, 0, 0); err != nil {
				f.t.Fatal(err)
			}
			b := f.fork(c1) // in c1's new group
			f.wait(c1, 0, WNOHANG, 0, nil)
			f.exit(a, 3)
			f.exit(b, 3)
			f.wait(c1, 0, 0, b, nil)
			f.wait(c1, 0, 0, 0, ECHILD)
			f.wait(c1, -int(old), 0, a, nil)
			f.wait(c1, -1, 0, 0, ECHILD)
		}},
		{"13 waitpid(-G2) reaps only group G2", func(f *fixture) {
			a := f.fork(f.P)
			b := f.fork(f.P)
			if err := f.k.Setpgid(f.P, b, b); err != nil {
				f.t.Fatal(err)
			}
			f.wait(f.P, -int(b), WNOHANG, 0, nil)
			f.exit(a, 0)
			f.wait(f.P, -int(b), WNOHANG, 0, nil)
			f.exit(b, 0)
			f.wait(f.P, -int(b), 0, b, nil)
			f.wait(f.P, -int(b), 0, 0, ECHILD)
			f.wait(f.P, -1, 0, a, nil)
		}},
		{"14 several zombies: each returned once, oldest first, then ECHILD", func(f *fixture) {
			var kids []PID
			for range 5 {
				kids = append(kids, f.fork(f.P))
			}
			for i := len(kids) - 1; i >= 0; i-- {
				f.exit(kids[i], i)
			}
			for i, c := range kids {
				if res := f.wait(f.P, -1, 0, c, nil); res.Status.ExitStatus() != i {
					f.t.Fatalf("status %v", res.Status)
				}
			}
			f.wait(f.P, -1, 0, 0, ECHILD)
		}},
		{"15 SIG_IGN / SA_NOCLDWAIT: no zombie; wait blocks until all are gone, then ECHILD", func(f *fixture) {
			for _, act := range []SigAction{{Handler: SigIgnore}, {Handler: SigHandler, NoCldWait: true}} {
				if _, err := f.k.SetSignalAction(f.P, SIGCHLD, act); err != nil {
					f.t.Fatal(err)
				}
				a, b := f.fork(f.P), f.fork(f.P)
				f.exit(a, 3)
				f.k.TakePendingSignal(f.P) // the handler's SIGCHLD, if any
				if f.state(a) != StateReaped {
					f.t.Fatalf("%v: child is %v", act, f.state(a))
				}
				f.wait(f.P, int(a), 0, 0, ECHILD) // "can happen for one's own child"
				f.wait(f.P, -1, 0, 0, ErrBlocked)
				f.exit(b, 0)
				f.k.TakePendingSignal(f.P) // the handler's SIGCHLD
				if pi, _ := f.k.Process(f.P); pi.State != StateRunning {
					f.t.Fatalf("%v: parent not woken: %v", act, pi.State)
				}
				f.wait(f.P, -1, 0, 0, ECHILD)
			}
		}},
		{"16 P exits with live C and zombie D: both to init, D reaped, grandchildren stay", func(f *fixture) {
			c, d := f.fork(f.P), f.fork(f.P)
			g := f.fork(c)
			f.exit(d, 0)
			f.exit(f.P, 0)
			if f.k.Getppid(c) != 1 || f.state(d) != StateReaped || f.k.Getppid(g) != c {
				f.t.Fatalf("ppid(C)=%d D=%v ppid(G)=%d", f.k.Getppid(c), f.state(d), f.k.Getppid(g))
			}
		}},
		{"16b subreaper: orphans go to the nearest living subreaper, which gets SIGCHLD", func(f *fixture) {
			f.k.SetChildSubreaper(f.P, true)
			if _, err := f.k.SetSignalAction(f.P, SIGCHLD, SigAction{Handler: SigHandler}); err != nil {
				f.t.Fatal(err)
			}
			a := f.fork(f.P)
			b := f.fork(a)
			f.exit(a, 0)
			f.wait(f.P, int(a), 0, a, nil)
			if f.k.Getppid(b) != f.P {
				f.t.Fatalf("ppid = %d", f.k.Getppid(b))
			}
			f.exit(b, 0)
			if s, _ := f.k.TakePendingSignal(f.P); s != SIGCHLD {
				f.t.Fatalf("pending %v", s)
			}
			f.wait(f.P, -1, 0, b, nil)
		}},
		{"17 subreaper flag: not inherited by fork, kept across exec", func(f *fixture) {
			f.k.SetChildSubreaper(f.P, true)
			a := f.fork(f.P)
			if pi, _ := f.k.Process(a); pi.Subreaper {
				f.t.Fatal("child inherited the subreaper flag")
			}
			if err := f.k.Exec(f.P, "tini", nil); err != nil {
				f.t.Fatal(err)
			}
			if pi, _ := f.k.Process(f.P); !pi.Subreaper {
				f.t.Fatal("exec dropped the subreaper flag")
			}
		}},
		{"18 stopped child: reported to WUNTRACED/WSTOPPED, not reaped", func(f *fixture) {
			c := f.fork(f.P)
			f.wait(f.P, -1, WNOHANG|WUNTRACED, 0, nil)
			if err := f.k.Kill(c, c, SIGSTOP); err != nil {
				f.t.Fatal(err)
			}
			if pi, _ := f.k.Process(c); pi.Stat() != "T" {
				f.t.Fatalf("stat %q", pi.Stat())
			}
			res := f.wait(f.P, -1, WUNTRACED, c, nil)
			if !res.Status.Stopped() || res.Status.StopSignal() != SIGSTOP || f.state(c) != StateRunning {
				f.t.Fatalf("status %v, state %v", res.Status, f.state(c))
			}
			f.wait(f.P, -1, WNOHANG|WUNTRACED, 0, nil) // reported once
			f.k.Kill(f.P, c, SIGCONT)
			if res, _ := f.k.Waitid(f.P, PPID, int(c), WCONTINUED); !res.Status.Continued() {
				f.t.Fatalf("waitid WCONTINUED: %v", res.Status)
			}
			f.exit(c, 3)
			f.wait(f.P, -1, WUNTRACED, c, nil)
		}},
		{"19 WNOWAIT reports a stop and leaves it reportable", func(f *fixture) {
			c := f.fork(f.P)
			f.k.Kill(c, c, SIGSTOP)
			for range 2 {
				if res, err := f.k.Waitid(f.P, PPID, int(c), WSTOPPED|WNOWAIT); err != nil || !res.Status.Stopped() {
					f.t.Fatalf("%v %v", res, err)
				}
			}
			f.wait(f.P, int(c), WUNTRACED, c, nil)
		}},
		{"19b WNOWAIT reports an exit and leaves the child waitable", func(f *fixture) {
			c := f.fork(f.P)
			f.exit(c, 5)
			res, err := f.k.Waitid(f.P, PPID, int(c), WEXITED|WNOWAIT)
			if err != nil || res.PID != c || f.state(c) != StateZombie {
				f.t.Fatalf("%v %v %v", res, err, f.state(c))
			}
			f.wait(f.P, int(c), 0, c, nil)
		}},
		{"20 killed by a signal: WIFSIGNALED, WTERMSIG, core iff core-default", func(f *fixture) {
			for s := Signal(1); s <= maxSignal; s++ {
				if s == SIGKILL || s.Default() == ActIgnore || s.Default() == ActStop || s.Default() == ActCont {
					continue
				}
				c := f.fork(f.P)
				if err := f.k.Kill(c, c, s); err != nil {
					f.t.Fatal(err)
				}
				res := f.wait(f.P, int(c), 0, c, nil)
				if !res.Status.Signaled() || res.Status.Signal() != s || res.Status.CoreDump() != (s.Default() == ActCore) {
					f.t.Fatalf("%v: status %v", s, res.Status)
				}
			}
		}},
		{"21 fork after a reap: next pid, never the same twice in a row, never a live pid or pgid", func(f *fixture) {
			prev := PID(0)
			for range 2000 {
				c := f.fork(f.P)
				if c == prev || c < ReservedPIDs {
					f.t.Fatalf("pid %d after %d", c, prev)
				}
				f.exit(c, 0)
				f.wait(f.P, int(c), 0, c, nil)
				prev = c
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.run(newFixture(t, Config{PidMax: 1500}))
		})
	}
}
