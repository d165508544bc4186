// Benchmarks and the long-run memory check.

package kernel

import "testing"

// BenchmarkForkExitWait measures fork → _exit → waitpid cycles, the loop of
// LTP fork13, events included.
func BenchmarkForkExitWait(b *testing.B) {
	k := New(Config{})
	main, _ := k.Spawn("python3 main.py")
	b.ReportAllocs()
	for b.Loop() {
		c, err := k.Fork(main)
		if err != nil {
			b.Fatal(err)
		}
		k.Exit(c, Exited(0))
		if _, err := k.Wait(main, WaitOptions{Pid: int(c)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "cycles/s")
}

// TestLongRunStaysSmall runs 100,000 fork/exit/wait cycles through pid
// wrap-arounds and checks that nothing but the event log grows.
func TestLongRunStaysSmall(t *testing.T) {
	k := New(Config{})
	main, _ := k.Spawn("python3 main.py")
	prev := PID(0)
	for i := range 100_000 {
		c, err := k.Fork(main)
		if err != nil || c == prev {
			t.Fatalf("cycle %d: fork = %d, %v (previous %d)", i, c, err, prev)
		}
		k.Exit(c, Exited(i&0xff))
		if res, err := k.Wait(main, WaitOptions{Pid: -1}); err != nil || res.PID != c || res.Status.ExitStatus() != i&0xff {
			t.Fatalf("cycle %d: wait = %v, %v", i, res, err)
		}
		prev = c
	}
	if len(k.procs) != 3 || len(k.pgrps) != 3 /* init's, the shell's, the job's */ || len(k.runq) != 1 || len(k.timers) != 0 {
		t.Fatalf("table grew: %d procs, %d groups, %d queued, %d timers", len(k.procs), len(k.pgrps), len(k.runq), len(k.timers))
	}
	if pi, _ := k.Process(main); len(pi.Children) != 0 {
		t.Fatalf("children left: %v", pi.Children)
	}
	if err := CheckInvariants(k); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkRunnable measures the scheduler with N runnable processes that
// wake together and each run for a moment, then sleep again: one round is
// N picks of the next process. The cost per pick should not grow with N
// (the run queue is a heap): compare the ns/pick of the sizes.
func BenchmarkRunnable(b *testing.B) {
	for _, n := range []int{100, 1_000, 10_000} {
		b.Run(itoa(n), func(b *testing.B) {
			k := New(Config{})
			main, _ := k.Spawn("python3 main.py")
			pids := []PID{main}
			for range n - 1 {
				c, err := k.Fork(main)
				if err != nil {
					b.Fatal(err)
				}
				pids = append(pids, c)
			}
			picks := 0
			for b.Loop() {
				for _, pid := range pids {
					err := k.Nanosleep(pid, Millisecond)
					if err == nil { // the woken sleep's retry completes it
						err = k.Nanosleep(pid, Millisecond)
					}
					if err != ErrBlocked {
						b.Fatalf("nanosleep: %v", err)
					}
				}
				for range pids {
					pid, ok := k.Next(k.Now().Add(Second))
					if !ok {
						b.Fatal("nothing runnable")
					}
					k.Charge(pid, Microsecond)
					picks++
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(picks), "ns/pick")
		})
	}
}
