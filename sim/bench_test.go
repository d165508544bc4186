// Benchmarks of whole runs: the seed loop for many iterations (simulated
// events per second, and the memory the trace needs).

package sim

import (
	"os"
	"runtime"
	"testing"

	"zombielab/sim/kernel"
)

// benchSeedLoop runs the gallery's seed loop for `iterations` seconds of
// logical time, one start() per second.
func benchSeedLoop(b *testing.B, iterations int) {
	src, err := os.ReadFile(galleryDir + "/seed-loop.py")
	if err != nil {
		b.Fatal(err)
	}
	var records, lines int
	var peak uint64
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := runSource(b, "seed-loop.py", src, Overrides{Python: Version{Major: 3, Minor: 13}, Until: kernel.Duration(iterations) * 1e9, StepCap: 1 << 30})
		records += s.Trace().Len()
		lines += s.steps
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		if m.HeapInuse > peak {
			peak = m.HeapInuse
		}
		runtime.KeepAlive(s)
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(records)/sec, "events/s")
	b.ReportMetric(float64(lines)/sec, "lines/s")
	b.ReportMetric(float64(peak)/(1<<20), "MiB-heap")
}

func BenchmarkSeedLoop1k(b *testing.B)   { benchSeedLoop(b, 1_000) }
func BenchmarkSeedLoop10k(b *testing.B)  { benchSeedLoop(b, 10_000) }
func BenchmarkSeedLoop100k(b *testing.B) { benchSeedLoop(b, 100_000) }
