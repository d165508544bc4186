// Golden display lists for telling snapshots, hit-testing, the 1,000
// process layout, and the transition rules.

package view

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"zombielab/internal/golden"
	"zombielab/sim"
	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

func open(t testing.TB, name string, o sim.Overrides) *playback.Player {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("../../content/scenarios", name+".py"))
	if err != nil {
		t.Fatal(err)
	}
	o.Locals = true // as the player runs it
	p, err := playback.Load(name+".py", src, o)
	if err != nil {
		t.Fatal(err)
	}
	p.RunToEnd()
	return p
}

func input(p *playback.Player, step int, ui UI) Input {
	s := p.Seek(step)
	return Input{Snap: s, Lanes: p.Timeline(s.Step), Sources: p, File: p.File(), UI: ui}
}

// stepWhere is the first step from `from` whose snapshot satisfies ok.
func stepWhere(t *testing.T, p *playback.Player, from int, ok func(*playback.Snapshot) bool) int {
	t.Helper()
	for i := from; i < p.Len(); i++ {
		if ok(p.Seek(i)) {
			return i
		}
	}
	t.Fatal("no such step")
	return 0
}

func hasEvent(kind kernel.EventKind) func(*playback.Snapshot) bool {
	return func(s *playback.Snapshot) bool {
		for _, e := range s.Events {
			if e.Kind == kind {
				return true
			}
		}
		return false
	}
}

// TestGoldenDisplayLists dumps the frames the lessons turn on.
func TestGoldenDisplayLists(t *testing.T) {
	zombieChild := func(s *playback.Snapshot) bool {
		for _, p := range s.Procs {
			if p.State == kernel.StateZombie {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name     string
		scenario string
		o        sim.Overrides
		pick     func(t *testing.T, p *playback.Player) int
		ui       UI
	}{
		{"seed-loop-zombie", "seed-loop", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			i, _ := p.Checkpoint("before-start#2")
			return i
		}, UI{}},
		{"seed-loop-reaped", "seed-loop", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			return stepWhere(t, p, 0, hasEvent(kernel.EventReap))
		}, UI{Into: true}},
		{"seed-loop-compact-zh", "seed-loop", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			i, _ := p.Checkpoint("before-start#3")
			return i
		}, UI{Compact: true, Lang: lang.ZH}},
		{"forkserver-tree", "forkserver", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			return stepWhere(t, p, 0, zombieChild)
		}, UI{}},
		{"sigchld-ignore-children", "sigchld-ignore", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			i, _ := p.Checkpoint("after-sleep#3")
			return i
		}, UI{}},
		{"sigchld-blocked-pending", "sigchld-blocked", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			i, _ := p.Checkpoint("three-zombies#1")
			return i
		}, UI{}},
		{"sigchld-blocked-pending-zh", "sigchld-blocked", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			i, _ := p.Checkpoint("three-zombies#1")
			return i
		}, UI{Lang: lang.ZH}},
		{"parent-killed-adopted", "parent-killed", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			return stepWhere(t, p, 0, hasEvent(kernel.EventReparent))
		}, UI{}},
		{"seed-loop-phone", "seed-loop", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			i, _ := p.Checkpoint("before-start#2")
			return i
		}, UI{W: 390, H: 844}},
		{"seed-loop-projector", "seed-loop", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			i, _ := p.Checkpoint("before-start#2")
			return i
		}, UI{W: 1024, H: 768}},
		{"pid1-never-reaps-figure", "pid1-never-reaps", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			return p.Len() - 1
		}, UI{W: 640, H: 400, Compact: true}},
		{"fork-waitpid-vars", "fork-waitpid", sim.Overrides{}, func(t *testing.T, p *playback.Player) int {
			return stepWhere(t, p, 0, bothForkResults)
		}, UI{W: 1366, H: 768}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := open(t, tc.scenario, tc.o)
			in := input(p, tc.pick(t, p), tc.ui)
			d := Build(in)
			m := Mirror(in.Snap, tc.ui.Lang)
			got := fmt.Sprintf("# %s step %d\n# mirror: %s | %s | %s\n%s", tc.scenario, in.Snap.Step, m.Step, m.Narration, m.Zombies, d)
			golden.CheckString(t, filepath.Join("testdata", tc.name+".golden"), got)
		})
	}
}
