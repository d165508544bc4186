// Tests of the Player: golden snapshot dumps of gallery scenarios at chosen
// steps, seek against replay from the start, navigation, and the timeline.

package playback

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/golden"
	"zombielab/sim"
	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
)

func load(t testing.TB, name string, o sim.Overrides) *Player {
	t.Helper()
	p, err := Load(name+".py", scenarioSource(t, name), o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// firstEvent is the first step whose events include kind (after step from).
func firstEvent(p *Player, from int, kind kernel.EventKind) int {
	for i := from; i < p.Len(); i++ {
		for _, e := range p.Seek(i).Events {
			if e.Kind == kind {
				return i
			}
		}
	}
	return -1
}

// TestGoldenSnapshots dumps each scenario at its checkpoints and at the
// first step after a zombie appears, a reap, an auto-reap and an adoption.
func TestGoldenSnapshots(t *testing.T) {
	tests := []struct {
		name     string
		scenario string
		o        sim.Overrides
	}{
		{"seed-loop", "seed-loop", sim.Overrides{}},
		{"seed-loop-forkserver", "seed-loop", sim.Overrides{Method: cpython.Forkserver, Until: 2500 * kernel.Millisecond}},
		{"sigchld-ignore", "sigchld-ignore", sim.Overrides{}},
		{"sigchld-blocked", "sigchld-blocked", sim.Overrides{}},
		{"parent-killed", "parent-killed", sim.Overrides{}},
		{"double-fork", "double-fork", sim.Overrides{}},
		{"fork-waitpid", "fork-waitpid", sim.Overrides{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := load(t, tc.scenario, tc.o)
			p.RunToEnd()
			var b strings.Builder
			labels, steps := p.Checkpoints()
			for k, step := range steps {
				fmt.Fprintf(&b, "=== checkpoint %s\n%s\n", labels[k], p.Seek(step))
			}
			for _, kind := range []kernel.EventKind{kernel.EventZombie, kernel.EventReap, kernel.EventReleased, kernel.EventReparent} {
				if i := firstEvent(p, 0, kind); i >= 0 {
					fmt.Fprintf(&b, "=== first %v\n%s\n", kind, p.Seek(i))
				}
			}
			fmt.Fprintf(&b, "=== the last step\n%s\n", p.Seek(p.Len()-1))
			fmt.Fprintf(&b, "=== timeline at the last step (%d)\n%s", p.Len(), FormatTimeline(p.Timeline(p.Len()-1)))
			golden.CheckString(t, filepath.Join("testdata", tc.name+".golden"), b.String())
		})
	}
}

// TestSeekEqualsReplay: a seek through keyframes gives the same snapshot as
// a replay of every record from the empty state, for random steps in any
// order.
func TestSeekEqualsReplay(t *testing.T) {
	for _, name := range []string{"seed-loop", "sigchld-ignore", "parent-killed", "forkserver", "zombies-pile-up", "fork-from-thread", "fork-waitpid"} {
		t.Run(name, func(t *testing.T) {
			p := load(t, name, sim.Overrides{Locals: true}) // the snapshots carry variables too
			p.RunToEnd()
			rng := rand.New(rand.NewPCG(1, uint64(len(name))))
			picks := []int{0, 1, KeyframeEvery - 1, KeyframeEvery, KeyframeEvery + 1, p.Len() - 1}
			for k := 0; k < 40; k++ {
				picks = append(picks, rng.IntN(p.Len()))
			}
			for _, i := range picks {
				if i >= p.Len() {
					continue
				}
				st, notes := p.replay(newState(), i-1, i)
				want := p.snapshot(i, st, notes).String()
				if got := p.Seek(i).String(); got != want {
					t.Fatalf("step %d: seek differs from replay:\n%s", i, golden.FirstDiff(want, got))
				}
			}
		})
	}
}

// TestLazyEqualsEager: a player extended only as far as seeks need gives
// the same snapshots as one run to the end first.
func TestLazyEqualsEager(t *testing.T) {
	eager := load(t, "seed-loop", sim.Overrides{})
	eager.RunToEnd()
	lazy := load(t, "seed-loop", sim.Overrides{})
	if n := lazy.Len(); n < 1 || n > sim.LinesPerStep {
		t.Fatalf("a fresh player knows %d steps, want 1 to %d (one Step)", n, sim.LinesPerStep)
	}
	for _, i := range []int{5, 700, 300, 2000, eager.Len() - 1} {
		got, want := lazy.Seek(i), eager.Seek(i)
		got.Total, want.Total, got.Final, want.Final = 0, 0, false, false
		if got.String() != want.String() {
			t.Fatalf("step %d:\n%s", i, golden.FirstDiff(want.String(), got.String()))
		}
	}
	if !lazy.Done() || lazy.Len() != eager.Len() {
		t.Errorf("lazy player: done=%v len=%d, want the whole run (%d)", lazy.Done(), lazy.Len(), eager.Len())
	}
}

// TestSeekFrom: stepping over p.start() tells the fork that happened in
// library code; the state is the same as a plain seek.
func TestSeekFrom(t *testing.T) {
	p := load(t, "seed-loop", sim.Overrides{})
	at, _ := p.Checkpoint("before-start#2")
	next := p.Next(at, false)
	over := p.SeekFrom(at, next)
	plain := p.Seek(next)
	if !strings.Contains(over.Narration.EN, "child 1003 is born") || !strings.Contains(over.Narration.EN, "reaped") {
		t.Errorf("stepping over start(): %q", over.Narration.EN)
	}
	if strings.Contains(plain.Narration.EN, "is born") {
		t.Errorf("a plain seek tells only the last step: %q", plain.Narration.EN)
	}
	over.Narration, over.Events, plain.Narration, plain.Events = Narration{}, nil, Narration{}, nil
	if over.String() != plain.String() {
		t.Errorf("SeekFrom's state differs from Seek's:\n%s", golden.FirstDiff(plain.String(), over.String()))
	}
	for _, tc := range []struct{ from, to int }{{next, at}, {-1, at}, {at - MaxSpan - 1, at}} {
		if got, want := p.SeekFrom(tc.from, tc.to).String(), p.Seek(tc.to).String(); got != want {
			t.Errorf("SeekFrom(%d, %d) is not Seek(%d)", tc.from, tc.to, tc.to)
		}
	}
}

func TestNextPrev(t *testing.T) {
	p := load(t, "seed-loop", sim.Overrides{})
	p.RunToEnd()
	tests := []struct {
		name string
		from int
		into bool
		want func(i int) bool
	}{
		{"into visits library code", 0, true, func(i int) bool { return i == 1 && p.IsLibrary(1) }},
		{"over skips library code", 0, false, func(i int) bool { return i > 1 && !p.IsLibrary(i) }},
		{"over from inside library", 5, false, func(i int) bool { return i > 5 && !p.IsLibrary(i) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := p.Next(tc.from, tc.into)
			if !tc.want(i) {
				t.Errorf("Next(%d, %v) = %d (library=%v)", tc.from, tc.into, i, p.IsLibrary(i))
			}
			if back := p.Prev(i, tc.into); tc.into && back != i-1 {
				t.Errorf("Prev(%d, into) = %d", i, back)
			}
		})
	}
	// Stepping over visits exactly the scenario's own lines, in order.
	var over []int
	for i := 0; ; {
		over = append(over, i)
		j := p.Next(i, false)
		if j == i {
			break
		}
		i = j
	}
	var own []int
	for i := 0; i < p.Len(); i++ {
		if !p.IsLibrary(i) {
			own = append(own, i)
		}
	}
	if fmt.Sprint(over) != fmt.Sprint(own) {
		t.Errorf("step over visits %d steps, the scenario has %d own lines", len(over), len(own))
	}
	last := p.Len() - 1
	if got := p.Next(last, true); got != last {
		t.Errorf("Next at the last step = %d, want %d", got, last)
	}
	if got := p.Prev(0, true); got != 0 {
		t.Errorf("Prev at step 0 = %d", got)
	}
}

func TestCheckpointAndTime(t *testing.T) {
	p := load(t, "seed-loop", sim.Overrides{})
	if _, ok := p.Checkpoint("before-start#2"); !ok || p.Done() {
		t.Fatalf("a lazy player finds a later checkpoint by running on (found %v, done %v)", ok, p.Done())
	}
	first, ok1 := p.Checkpoint("before-start")
	second, ok2 := p.Checkpoint("before-start#2")
	if !ok1 || !ok2 || second <= first {
		t.Fatalf("checkpoints: %d %v, %d %v", first, ok1, second, ok2)
	}
	s := p.Seek(second)
	if s.PID != p.sys.Main() || s.Line.Line != 30 {
		t.Errorf("checkpoint step is pid %d line %d, want main at line 30", s.PID, s.Line.Line)
	}
	if _, ok := p.Checkpoint("nope"); ok {
		t.Error("unknown label found")
	}
	for _, at := range []kernel.Duration{0, kernel.Second, 2500 * kernel.Millisecond} {
		i := p.AtTime(at)
		if p.Time(i) < at || i > 0 && p.Time(i-1) >= at {
			t.Errorf("AtTime(%v) = %d at %v", at, i, p.Time(i))
		}
	}
}

// TestSeedLoopOneZombie: the lesson of the seed loop, seen through the
// snapshots: never two zombies, and exactly one whenever start() is about
// to run again.
func TestSeedLoopOneZombie(t *testing.T) {
	p := load(t, "seed-loop", sim.Overrides{})
	p.RunToEnd()
	zombies := func(i int) int {
		n := 0
		for _, pr := range p.Seek(i).Procs {
			if pr.State == kernel.StateZombie {
				n++
			}
		}
		return n
	}
	for i := 0; i < p.Len(); i += 3 {
		if n := zombies(i); n > 1 {
			t.Fatalf("step %d: %d zombies", i, n)
		}
	}
	labels, steps := p.Checkpoints()
	for k, i := range steps[1:] {
		if n := zombies(i); n != 1 {
			t.Errorf("checkpoint %s (step %d): %d zombies, want 1", labels[k+1], i, n)
		}
	}
}
