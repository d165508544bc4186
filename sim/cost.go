// The cost model: how much logical time each kind of work takes, per CPython
// version, calibrated on the measurements in docs/facts/cpython.md §4 and §8.
// A run with seed 0 takes the middle of every range; any other seed draws
// from the ranges with the run's one PRNG, so a seed replays exactly.

package sim

import "zombielab/sim/kernel"

// Span is a range of durations [Lo, Hi].
type Span struct{ Lo, Hi kernel.Duration }

func ms(lo, hi float64) Span {
	return Span{kernel.Duration(lo * 1e6), kernel.Duration(hi * 1e6)}
}

func us(lo, hi float64) Span {
	return Span{kernel.Duration(lo * 1e3), kernel.Duration(hi * 1e3)}
}

// Costs are the durations the simulator charges.
type Costs struct {
	// Line is the cost of executing one line of Python.
	Line Span
	// Syscall is the extra cost of one system call (waitpid, pipe, kill ...).
	Syscall Span
	// ForkParent is what os.fork() costs the parent (copying the page tables).
	ForkParent Span
	// ForkChild is the delay before a fork child runs its first line. Facts
	// §8(a): a fork child that does nothing exits 12–17 ms after start()
	// returns on 3.11 and 2–4 ms on 3.13.
	ForkChild Span
	// Startup is a fresh interpreter's start-up after exec, up to its first
	// line (spawn workers, the forkserver and the resource tracker).
	// Facts §8(a),(b): spawn workers live 476–689 ms on 3.11 and 128–220 ms
	// on 3.13; the first forkserver start costs 294–422 ms on 3.11 and 78 ms
	// on 3.13.
	Startup Span
	// Exit is the time between the last line and the zombie (flushing,
	// freeing memory).
	Exit Span
	// ForkserverWake is the forkserver's scheduling latency when a SIGCHLD
	// or a request wakes it: facts §4 saw forkserver workers stay zombies
	// 0.3–12 ms before the server's waitpid loop reaped them.
	ForkserverWake Span
	// ThreadStart is the delay before a new thread runs (pthread_create and
	// the thread's bootstrap): from Thread.start() to the target's first
	// line, 200 starts measured 36–343 µs, median 83–104 µs, on CPython
	// 3.8, 3.11 and 3.13 (this machine, December 2026).
	ThreadStart Span
}

// CostsFor returns the calibrated costs of a version. 3.8–3.12 share the
// 3.11 figures, 3.14 shares 3.13's: the fact sheet measured 3.11 and 3.13.
func CostsFor(v Version) Costs {
	c := Costs{
		Line:       Span{60, 120},
		Syscall:    us(2, 8),
		ForkParent: ms(0.9, 3),
		ForkChild:  ms(10, 14),
		Startup:    ms(300, 420),
		Exit:       ms(0.5, 1.5),

		ForkserverWake: ms(0.3, 12),
		ThreadStart:    us(60, 120),
	}
	if v.AtLeast(3, 13) {
		c.ForkChild = ms(1.5, 3)
		c.Startup = ms(70, 110)
	}
	return c
}

// draw picks a duration from s: the middle without a PRNG, else a draw.
func (s Span) draw(r *Rand) kernel.Duration {
	if r == nil {
		return (s.Lo + s.Hi) / 2
	}
	return kernel.Duration(r.Between(int64(s.Lo), int64(s.Hi)))
}
