// This file tests System.Forget: a reader that streams the trace and lets
// the run forget what it has read sees exactly the records, lines and
// events of a run that keeps everything.

package sim

import (
	"os"
	"reflect"
	"testing"

	"zombielab/sim/kernel"
)

func TestForgetStreamsTheSameTrace(t *testing.T) {
	src, err := os.ReadFile(galleryDir + "/seed-loop.py")
	if err != nil {
		t.Fatal(err)
	}
	start := func() *System {
		opt, _, err := Load("seed-loop.py", src, Overrides{Until: 1300 * kernel.Second})
		if err != nil {
			t.Fatal(err)
		}
		s, err := New(opt)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	whole := start()
	whole.RunToEnd()

	s := start()
	tr := s.Trace()
	next := 0
	read := func() {
		for ; next < tr.Len(); next++ {
			want, got := whole.Trace().At(next), tr.At(next)
			if got != want || tr.Line(next) != whole.Trace().Line(next) {
				t.Fatalf("record %d: %+v %q, want %+v %q", next, got, tr.Line(next), want, whole.Trace().Line(next))
			}
			if refersToEvent(got.Kind) && !reflect.DeepEqual(tr.Event(got), whole.Trace().Event(want)) {
				t.Fatalf("record %d: event %+v, want %+v", next, tr.Event(got), whole.Trace().Event(want))
			}
			var g, w any
			switch got.Kind {
			case RecChildren:
				g, w = tr.Children(got), whole.Trace().Children(want)
			case RecRole:
				g, w = tr.Role(got), whole.Trace().Role(want)
			case RecCheckpoint:
				g, w = tr.Checkpoint(got), whole.Trace().Checkpoint(want)
			case RecUncaught:
				g, w = tr.Uncaught(got), whole.Trace().Uncaught(want)
			}
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("record %d (%v): %v, want %v", next, got.Kind, g, w)
			}
		}
	}
	for s.Step() {
		read()
		s.Forget(next)
	}
	read()
	if next != whole.Trace().Len() || next < 3<<chunkBits {
		t.Fatalf("%d records streamed, want %d (more than 3 chunks)", next, whole.Trace().Len())
	}
	if s.trace.recs.forgot < 2 || len(s.trace.recs.spare) > 1 {
		t.Errorf("%d chunks forgotten, %d spare: the memory was not reused", s.trace.recs.forgot, len(s.trace.recs.spare))
	}
	// The tables the records refer to keep only what the kept records
	// (at most two chunks of them) refer to.
	kept := rangeOf(t, tr, s.trace.recs.forgot<<chunkBits)
	for _, c := range []struct {
		name       string
		base, n    int
		wantAtMost int
	}{
		{"_children sets", s.trace.sets.base, len(s.trace.sets.items), kept[RecChildren]},
		{"roles", s.trace.roles.base, len(s.trace.roles.items), kept[RecRole]},
		{"checkpoints", s.trace.cps.base, len(s.trace.cps.items), kept[RecCheckpoint]},
	} {
		if c.base == 0 || c.n > c.wantAtMost {
			t.Errorf("%s: %d forgotten, %d kept, want some forgotten and at most the %d the kept records refer to", c.name, c.base, c.n, c.wantAtMost)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Checkpoints after Forget released some: no panic")
		}
	}()
	s.Checkpoints()
}

// rangeOf counts the records of each kind from record i on.
func rangeOf(t *testing.T, tr *Trace, i int) map[RecordKind]int {
	t.Helper()
	n := map[RecordKind]int{}
	for ; i < tr.Len(); i++ {
		n[tr.KindAt(i)]++
	}
	return n
}
