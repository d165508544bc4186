// Benchmarks of how a run scales with its processes: the heap a live
// multiprocessing child costs, and whole runs with many children or many
// runnable processes at several sizes (compare the ns/op of the sizes for
// the growth exponent).

package sim

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"
	"time"

	"zombielab/sim/kernel"
)

// mpSleepers starts n multiprocessing children (fork) that sleep for good,
// then sleeps itself.
func mpSleepers(n int) []byte {
	return fmt.Appendf(nil, `import multiprocessing as mp
import time

def sleeper():
    time.sleep(10**6)

if __name__ == '__main__':
    mp.set_start_method('fork')
    for i in range(%d):
        mp.Process(target=sleeper).start()
    time.sleep(10**6)
`, n)
}

// liveHeap runs src until every process sleeps and returns the heap in use
// after a collection, with the run still alive, and how much of it is the
// run's history: the trace's records (16 bytes each) and the kernel's
// events (a fixed-size struct each), kept for playback.
func liveHeap(b *testing.B, src []byte) (heap, history uint64) {
	s := runSource(b, "sleepers.py", src, Overrides{Until: 1000 * kernel.Second, StepCap: 1 << 30})
	if s.Stopped() != ReachedUntil {
		b.Fatalf("stopped: %v", s.Stopped())
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	runtime.KeepAlive(s)
	history = uint64(s.Trace().Len())*16 + uint64(s.Kernel().EventCount())*uint64(reflect.TypeFor[kernel.Event]().Size())
	return m.HeapAlloc, history
}

// BenchmarkLiveMPChild measures the heap one live multiprocessing child
// costs beyond its parent: the run with N sleeping children against the
// run with none, divided by N. history-KiB/child is the part of it that is
// the run's history (records and kernel events): it grows with N, as each
// start() polls every earlier child (multiprocessing's _cleanup), which is
// what CPython does too. state-KiB/child is the rest: the child's
// interpreter, kernel process and bookkeeping.
func BenchmarkLiveMPChild(b *testing.B) {
	for _, n := range []int{25, 200} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var perChild, historyPerChild float64
			for b.Loop() {
				h0, t0 := liveHeap(b, mpSleepers(0))
				h1, t1 := liveHeap(b, mpSleepers(n))
				perChild = (float64(h1) - float64(h0)) / float64(n)
				historyPerChild = (float64(t1) - float64(t0)) / float64(n)
			}
			b.ReportMetric(perChild/1024, "KiB/child")
			b.ReportMetric(historyPerChild/1024, "history-KiB/child")
			b.ReportMetric((perChild-historyPerChild)/1024, "state-KiB/child")
		})
	}
}

// runWhole runs src to its end and fails unless every process exited; it
// reports the lines the run executed and the time per line: the program's
// own work may grow faster than its size (multiprocessing's start() polls
// every earlier child), the simulator's cost per line should not.
func runWhole(b *testing.B, name string, src []byte) {
	start := time.Now()
	s := runWholeSystem(b, name, src)
	b.ReportMetric(float64(s.steps), "lines/op")
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(s.steps), "ns/line")
}

func runWholeSystem(b *testing.B, name string, src []byte) *System {
	opt, _, err := Load(name, src, Overrides{StepCap: 1 << 30})
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(opt)
	if err != nil {
		b.Fatal(err)
	}
	if r := s.RunToEnd(); r != AllExited {
		b.Fatalf("stopped: %v", r)
	}
	return s
}

// BenchmarkMPChildren starts N multiprocessing children (fork) that each
// sleep a second, all alive at once, then joins them.
func BenchmarkMPChildren(b *testing.B) {
	for _, n := range []int{125, 250, 500, 1000} {
		src := fmt.Appendf(nil, `import multiprocessing as mp
import time

def child():
    time.sleep(1)

if __name__ == '__main__':
    mp.set_start_method('fork')
    ps = [mp.Process(target=child) for i in range(%d)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
`, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				runWhole(b, "children.py", src)
			}
		})
	}
}

// BenchmarkRunnableProcesses forks N processes that are all runnable at
// once (each counts to 20), then waits for them.
func BenchmarkRunnableProcesses(b *testing.B) {
	for _, n := range []int{1250, 2500, 5000, 10000} {
		src := fmt.Appendf(nil, `import os

pids = []
for i in range(%d):
    pid = os.fork()
    if pid == 0:
        j = 0
        while j < 20:
            j += 1
        os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
`, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				runWhole(b, "runnable.py", src)
			}
		})
	}
}
