package view

import (
	"slices"
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// bothForkResults: the parent holds the child's pid and the child 0.
func bothForkResults(s *playback.Snapshot) bool {
	zero, other := false, false
	for _, p := range s.Procs {
		for _, v := range p.Locals.Vars {
			if v.Name == "pid" {
				zero = zero || v.Value == "0"
				other = other || v.Value != "0"
			}
		}
	}
	return zero && other
}

// TestVarsAfterFork: right after os.fork() the panel shows the focused
// process's variables first and the other process's under them, in both
// languages, and every layout family has room for the panel.
func TestVarsAfterFork(t *testing.T) {
	p := open(t, "fork-waitpid", sim.Overrides{})
	step := stepWhere(t, p, 0, bothForkResults)
	for _, l := range []lang.Lang{lang.EN, lang.ZH} {
		in := input(p, step, UI{W: 1366, H: 768, Lang: l})
		got := VarsText(in)
		focusPID := pidStr(in.Snap.PID)
		if len(got) < 4 || !strings.Contains(got[0], focusPID) {
			t.Fatalf("%v: the focused process %s should come first:\n%s", l, focusPID, strings.Join(got, "\n"))
		}
		want := "  pid = 0"
		if in.Snap.PID == in.Snap.Main {
			want = "  pid = " + pidStr(in.Snap.Main+1)
		}
		if got[1] != want || !slices.Contains(got, "  pid = 0") || !slices.Contains(got, "  pid = "+pidStr(in.Snap.Main+1)) {
			t.Errorf("%v: want both fork results, %q first:\n%s", l, want, strings.Join(got, "\n"))
		}
		if m := Mirror(in.Snap, l); m.Vars != strings.Join(got, "\n") {
			t.Errorf("%v: the mirror says %q", l, m.Vars)
		}
	}
	for _, ui := range []UI{{W: 1366, H: 768}, {W: 640, H: 360, Compact: true}, {W: 390, H: 844}, {W: 1024, H: 768}, {W: 1920, H: 1080}} {
		l := NewLayout(ui.W, ui.H, ui.Compact)
		if l.Vars.H < 3*(l.Small+4) {
			t.Errorf("%v×%v %v: the variables panel is %v px high, under three lines", ui.W, ui.H, l.Kind, l.Vars.H)
		}
		d := Build(input(p, step, ui))
		n := 0
		for _, o := range d.Ops {
			if o.ID == "vars" {
				n++
			}
		}
		if n < 2 {
			t.Errorf("%v×%v %v: %d lines of variables drawn", ui.W, ui.H, l.Kind, n)
		}
	}
}
