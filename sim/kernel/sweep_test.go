// Random workloads over many seeds with every invariant checked after every
// step (TigerBeetle's VOPR habit): one explicit PRNG per run, and a failure
// prints the one command that replays it.

package kernel

import (
	"flag"
	"fmt"
	"math"
	"testing"
)

var (
	seedFlag  = flag.Uint64("seed", math.MaxUint64, "TestSweep: run only this seed")
	seedCount = flag.Int("seeds", 300, "TestSweep: how many seeds to run")
)

// splitmix64 is the PRNG: tiny, seedable, identical on every platform.
type splitmix64 struct{ s uint64 }

func (r *splitmix64) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (r *splitmix64) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *splitmix64) chance(percent int) bool { return r.intn(100) < percent }

// workload drives a kernel the way the interpreter does: Next picks a
// process, a pending blocked call is retried (after taking its signals),
// otherwise a random system call is made.
type workload struct {
	r       splitmix64
	k       *Kernel
	retries map[PID]func() error
	step    int
	op      string
}

func newWorkload(seed uint64) *workload {
	w := &workload{r: splitmix64{s: seed}, retries: map[PID]func() error{}}
	cfg := Config{
		PidMax:    []int{310, 1200, DefaultPidMax}[w.r.intn(3)],
		PidsLimit: []int{0, 25, 60}[w.r.intn(3)],
		Init:      InitPolicy(w.r.intn(3)),
		InitDelay: Duration(w.r.intn(3)) * Second,
		NoShell:   w.r.chance(30),
	}
	w.k = New(cfg)
	return w
}

// run performs steps steps, calling check after each one.
func (w *workload) run(steps int, check func() error) error {
	for w.step = 0; w.step < steps; w.step++ {
		w.op = "next"
		pid, ok := w.k.Next(w.k.Now().Add(3 * Second))
		switch {
		case !ok && w.k.Now() > 1000*Time(Second):
			return nil
		case !ok:
			w.op = "spawn"
			w.k.Spawn(fmt.Sprintf("main%d", w.step))
		default:
			w.act(pid)
		}
		w.forgetDead()
		if err := check(); err != nil {
			return fmt.Errorf("step %d (%s): %w", w.step, w.op, err)
		}
	}
	return nil
}

func (w *workload) act(pid PID) {
	if retry := w.retries[pid]; retry != nil {
		w.op = "retry"
		for w.k.HasPendingSignal(pid) {
			w.k.TakePendingSignal(pid) // "run the handler"
		}
		if err := retry(); err != ErrBlocked {
			delete(w.retries, pid)
		}
		return
	}
	w.k.Charge(pid, Duration(w.r.intn(50))*Millisecond)
	w.randomCall(pid)
}

// forgetDead drops the retries of processes that died while blocked, before
// their pids can be handed out again.
func (w *workload) forgetDead() {
	for pid := range w.retries {
		if pi, ok := w.k.Process(pid); !ok || !pi.State.Live() {
			delete(w.retries, pid)
		}
	}
}

// blocking makes a call and remembers it for retry if it blocked.
func (w *workload) blocking(pid PID, call func() error) {
	if call() == ErrBlocked {
		w.retries[pid] = call
	}
}

func (w *workload) somePID(pid PID) PID {
	pi, _ := w.k.Process(pid)
	switch n := w.r.intn(10); {
	case n < 4 && len(pi.Children) > 0:
		return pi.Children[w.r.intn(len(pi.Children))]
	case n < 6:
		return pi.PPID
	case n < 8:
		return pid
	}
	return PID(w.r.intn(w.k.cfg.PidMax + 10))
}

var sweepSignals = []Signal{SIGTERM, SIGKILL, SIGUSR1, SIGCHLD, SIGINT, SIGPIPE, SIGSTOP, SIGTSTP, SIGCONT, SIGCONT, 0}

func (w *workload) randomCall(pid PID) {
	k, r := w.k, &w.r
	calls := []struct {
		name   string
		weight int
		do     func()
	}{
		{"fork", 14, func() { k.Fork(pid) }},
		{"exit", 5, func() { k.Exit(pid, Exited(r.intn(4))) }},
		{"kill", 6, func() { k.Kill(pid, w.somePID(pid), sweepSignals[r.intn(len(sweepSignals))]) }},
		{"killpg", 1, func() { k.Kill(pid, -w.somePID(pid), SIGTERM) }},
		{"wait", 10, func() {
			opt := WaitOptions{Pid: []int{-1, 0, int(w.somePID(pid)), -int(w.somePID(pid))}[r.intn(4)]}
			opt.Options = []int{0, WNOHANG, WUNTRACED | WCONTINUED, WNOHANG | WUNTRACED}[r.intn(4)]
			w.blocking(pid, func() error { _, err := k.Wait(pid, opt); return err })
		}},
		{"waitid", 2, func() {
			opts := []int{WEXITED, WEXITED | WNOHANG, WEXITED | WNOWAIT, WSTOPPED | WCONTINUED | WNOHANG, WSTOPPED | WNOWAIT}[r.intn(5)]
			w.blocking(pid, func() error { _, err := k.Waitid(pid, PAll, 0, opts); return err })
		}},
		{"pipe", 4, func() { k.Pipe(pid) }},
		{"read", 4, func() {
			fd := r.intn(7)
			w.blocking(pid, func() error { _, err := k.Read(pid, fd, 4); return err })
		}},
		{"write", 4, func() {
			fd, data := r.intn(7), make([]byte, []int{4, 5000, 70000}[r.intn(3)])
			w.blocking(pid, func() error { _, err := k.Write(pid, fd, data); return err })
		}},
		{"close", 4, func() { k.Close(pid, r.intn(7)) }},
		{"sleep", 5, func() {
			d := Duration(r.intn(2000)) * Millisecond
			w.blocking(pid, func() error { return k.Nanosleep(pid, d) })
		}},
		{"poll", 3, func() {
			fds := []int{r.intn(7), r.intn(7)}
			d := Duration(r.intn(1500)-100) * Millisecond
			w.blocking(pid, func() error { _, err := k.Poll(pid, fds, d); return err })
		}},
		{"setpgid", 3, func() { k.Setpgid(pid, w.somePID(pid), []PID{0, pid, w.somePID(pid)}[r.intn(3)]) }},
		{"subreaper", 2, func() { k.SetChildSubreaper(pid, r.chance(50)) }},
		{"sigaction", 4, func() {
			s := []Signal{SIGCHLD, SIGUSR1, SIGTERM, SIGPIPE, SIGTSTP, SIGCONT}[r.intn(6)]
			k.SetSignalAction(pid, s, SigAction{Handler: Handler(r.intn(3)), NoCldWait: r.chance(20)})
		}},
		{"exec", 2, func() { k.Exec(pid, "prog", []int{r.intn(5)}) }},
		{"sigmask", 3, func() {
			var m SigMask
			for range r.intn(3) {
				m = m.With(sweepSignals[r.intn(len(sweepSignals)-1)])
			}
			k.SetSigMask(pid, How(r.intn(4)), m)
		}},
		{"sigwait", 2, func() {
			m := SigMask(0).With(sweepSignals[r.intn(len(sweepSignals)-1)]).With(SIGCHLD)
			d := Duration(r.intn(1500)-500) * Millisecond
			restart := r.chance(50)
			w.blocking(pid, func() error { _, _, err := k.SigWait(pid, m, d, restart); return err })
		}},
		{"nothing", 6, func() {}},
	}
	total := 0
	for _, c := range calls {
		total += c.weight
	}
	n := r.intn(total)
	for _, c := range calls {
		if n -= c.weight; n < 0 {
			w.op = c.name
			c.do()
			return
		}
	}
}

func sweepOne(seed uint64) error {
	w := newWorkload(seed)
	return w.run(400, func() error { return CheckInvariants(w.k) })
}

func TestSweep(t *testing.T) {
	seeds := make([]uint64, 0, *seedCount)
	if *seedFlag != math.MaxUint64 {
		seeds = append(seeds, *seedFlag)
	} else {
		for s := range *seedCount {
			seeds = append(seeds, uint64(s))
		}
	}
	for _, seed := range seeds {
		var err error
		func() {
			defer func() {
				if v := recover(); v != nil {
					err = fmt.Errorf("panic: %v", v)
				}
			}()
			err = sweepOne(seed)
		}()
		if err != nil {
			t.Fatalf("seed %d: %v\nreproduce: go test ./sim/kernel -run TestSweep -seed=%d", seed, err, seed)
		}
	}
}

// FuzzSweep lets the fuzzer pick seeds: go test ./sim/kernel -fuzz FuzzSweep.
func FuzzSweep(f *testing.F) {
	for s := range uint64(4) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, seed uint64) {
		if err := sweepOne(seed); err != nil {
			t.Fatalf("seed %d: %v\nreproduce: go test ./sim/kernel -run TestSweep -seed=%d", seed, err, seed)
		}
	})
}
