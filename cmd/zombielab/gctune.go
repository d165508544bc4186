// The collector's pace for the command: a run allocates about 70 KB an
// iteration of the seed loop while its live heap stays near 8 MB (a
// streamed trace is forgotten as it is written), so Go's default pace
// (collect when the heap has doubled) collects every hundred iterations
// and spends a sixth of the run's instructions on it. The command lets the
// heap grow to a floor before collecting, as long as that is more than
// doubling and at most five times what is live; past the floor, Go's
// default pace again.

package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// heapFloor is the heap the collector may let a run reach before it
// collects: far under the 200 MB a run of the seed loop may take (issue
// 17), far over what most runs keep alive. 64 MiB was no faster (its
// fresh pages cost more system time) and took 100 MB.
const heapFloor = 32 << 20

// maxPercent bounds the pace below the floor: the heap may grow to five
// times what is live, not more. Unbounded, a run whose live heap was still
// small (1 or 2 MB after start-up) was let grow to the whole floor between
// collections, in fresh pages: the seed loop took 77 MB and twice the
// system time; bounded, 49 MB and 5 % less CPU in all (30,000 iterations,
// four alternated pairs).
const maxPercent = 400

// paceGC sets the collector's pace for the rest of the process, unless
// GOGC or GOMEMLIMIT in the environment set it (then it returns nil).
func paceGC() *gcPacer {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	// Paced from the first collection on, when the live heap is known
	// (before it, Go's own start: a 4 MB goal).
	p := &gcPacer{floor: heapFloor, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	p.arm()
	return p
}

type gcPacer struct {
	floor  uint64
	sample []metrics.Sample
	// stop, set, makes the next collection restore Go's default pace and
	// end the pacing (tests; the command paces until it exits).
	stop atomic.Bool
	// paced counts the collections after which the pace was set.
	paced atomic.Int64
}

// gcPercent is the GOGC that makes the heap goal, live·(1 + GOGC/100),
// the floor, but at most maxPercent, or Go's default 100 when that is
// more.
func gcPercent(live, floor uint64) int {
	if live == 0 || 2*live >= floor {
		return 100
	}
	return min(int(floor*100/live)-100, maxPercent)
}

func (p *gcPacer) adjust() {
	metrics.Read(p.sample)
	live := uint64(0)
	if p.sample[0].Value.Kind() == metrics.KindUint64 {
		live = p.sample[0].Value.Uint64()
	}
	debug.SetGCPercent(gcPercent(live, p.floor))
}

// gcSentinel is garbage from birth: its finalizer runs after each
// collection, re-pacing the next one and making the next sentinel.
type gcSentinel struct{ p *gcPacer }

func (p *gcPacer) arm() {
	runtime.SetFinalizer(&gcSentinel{p: p}, func(s *gcSentinel) {
		if s.p.stop.Load() {
			debug.SetGCPercent(100)
			return
		}
		s.p.adjust()
		s.p.paced.Add(1)
		s.p.arm()
	})
}
