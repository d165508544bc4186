// This file holds the benchmarks: VM lines per second in a tight loop, and
// the cost of forking (Clone) a process that holds a 10,000-element list.

package pyvm

import (
	"testing"
)

func newBenchInterp(b *testing.B, src string) *Interp {
	s := newFakeSys()
	p, err := s.spawn("bench.py", src, Config{})
	if err != nil {
		b.Fatal(err)
	}
	return p.in
}

// BenchmarkLoop measures lines per second: each Run returns at one line.
func BenchmarkLoop(b *testing.B) {
	in := newBenchInterp(b, "i = 0\nn = 1000000000\nwhile i < n:\n    i += 1\n")
	b.ResetTimer()
	for range b.N {
		if in.Run(0) != StopLine {
			b.Fatal("loop ended")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkLoopInFunction is the same loop with fast locals.
func BenchmarkLoopInFunction(b *testing.B) {
	in := newBenchInterp(b, "def f():\n    i = 0\n    while i < 1000000000:\n        i += 1\nf()\n")
	b.ResetTimer()
	for range b.N {
		if in.Run(0) != StopLine {
			b.Fatal("loop ended")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

// BenchmarkForkBigList clones a process holding a 10,000-element list.
func BenchmarkForkBigList(b *testing.B) {
	in := newBenchInterp(b, "big = list(range(10000))\nnames = [str(i) for i in range(100)]\nx = 1\nx = 2\n")
	for in.Frames()[0].Line < 4 {
		in.Run(0)
	}
	b.ResetTimer()
	for range b.N {
		c := in.Clone()
		if c == nil {
			b.Fatal("nil clone")
		}
	}
}

// BenchmarkCallsAndMethods measures lines per second in code that calls
// functions and methods and builds objects.
func BenchmarkCallsAndMethods(b *testing.B) {
	src := `class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
def f(x):
    return x + 1
acc = []
i = 0
while True:
    c = C(i)
    acc.append(f(c.get()))
    if len(acc) > 100:
        acc = []
    i += 1
`
	in := newBenchInterp(b, src)
	b.ResetTimer()
	for range b.N {
		if in.Run(0) != StopLine {
			b.Fatal("loop ended")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
