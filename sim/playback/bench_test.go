package playback

import (
	"math/rand/v2"
	"testing"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

// million is the seed loop run for a million steps (built once: it takes
// seconds).
var million *Player

func millionSteps(b *testing.B) *Player {
	if million == nil {
		million = load(b, "seed-loop", sim.Overrides{Until: 10_000 * kernel.Second, StepCap: 1_000_000})
		million.RunToEnd()
		if million.Len() < 999_000 {
			b.Fatalf("only %d steps", million.Len())
		}
	}
	return million
}

// BenchmarkSeekMillion seeks to random steps of a 1,000,000-step trace.
func BenchmarkSeekMillion(b *testing.B) {
	p := millionSteps(b)
	rng := rand.New(rand.NewPCG(7, 7))
	b.ResetTimer()
	for b.Loop() {
		p.Seek(rng.IntN(p.Len()))
	}
}

// BenchmarkTimelineMillion clips the whole timeline of that trace.
func BenchmarkTimelineMillion(b *testing.B) {
	p := millionSteps(b)
	b.ResetTimer()
	for b.Loop() {
		p.Timeline(p.Len() / 2)
	}
}

// BenchmarkScan is the cost per step of running and indexing a trace.
func BenchmarkScan(b *testing.B) {
	for b.Loop() {
		p := load(b, "seed-loop", sim.Overrides{})
		p.RunToEnd()
	}
}

// BenchmarkSeekWorst seeks to the steps farthest from their keyframe.
func BenchmarkSeekWorst(b *testing.B) {
	p := millionSteps(b)
	rng := rand.New(rand.NewPCG(8, 8))
	b.ResetTimer()
	for b.Loop() {
		k := rng.IntN(p.Len()/KeyframeEvery - 1)
		p.Seek(k*KeyframeEvery + KeyframeEvery - 1)
	}
}
