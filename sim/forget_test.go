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
}
