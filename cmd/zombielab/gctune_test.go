package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestGCPercent(t *testing.T) {
	for _, c := range []struct {
		live, floor uint64
		want        int
	}{
		{0, 64 << 20, 100},        // not measured yet: Go's default
		{8 << 20, 32 << 20, 300},  // 8 MB live: collect at 32 MB
		{8 << 20, 64 << 20, 400},  // 8 MB live: at five times that, 40 MB, not 64
		{2 << 20, 64 << 20, 400},  // 2 MB live: at 10 MB
		{7 << 20, 32 << 20, 357},  // under five times: the floor
		{32 << 20, 64 << 20, 100}, // doubling reaches the floor already
		{200 << 20, 64 << 20, 100},
		{31 << 20, 64 << 20, 106},
	} {
		if got := gcPercent(c.live, c.floor); got != c.want {
			t.Errorf("gcPercent(%d, %d) = %d, want %d", c.live, c.floor, got, c.want)
		}
	}
}

// TestPaceGC: after a collection the pace is the one gcPercent gives for
// the live heap (far over 100 in this small test process), and GOGC in the
// environment leaves Go's pace alone.
func TestPaceGC(t *testing.T) {
	t.Setenv("GOGC", "100")
	if paceGC() != nil {
		t.Fatal("paced with GOGC set")
	}
	t.Setenv("GOGC", "")
	p := paceGC()
	if p == nil {
		t.Fatal("not paced")
	}
	defer func() {
		p.stop.Store(true)
		runtime.GC()
		debug.SetGCPercent(100)
	}()
	// The finalizer runs on its own goroutine after the collection: wait
	// for it, by state.
	for p.paced.Load() == 0 {
		runtime.GC()
		runtime.Gosched()
	}
	if got := debug.SetGCPercent(100); got <= 100 {
		t.Errorf("GOGC after a collection with a small live heap: %d, want more than 100", got)
	}
}
