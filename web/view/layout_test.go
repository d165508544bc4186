// Hit-testing, the layout of 1,000 processes, transitions and the mirror.

package view

import (
	"fmt"
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
	"zombielab/sim/pyvm"
)

func TestHitTest(t *testing.T) {
	p := open(t, "seed-loop", sim.Overrides{})
	in := input(p, 400, UI{})
	d := Build(in)
	l := NewLayout(0, 0, false)
	tree := Nodes(l, in.Snap, in.Lanes)
	main := tree[2].Box // init, shell, main
	tests := []struct {
		name string
		x, y float32
		want string // Action.String(), "" for no hit
	}{
		{"process node", main.X + 5, main.Y + 5, "focus 1001"},
		{"timeline lane label", 0, 0, "focus 1001"},
		{"nothing on the narration", l.W / 2, 10, ""},
		{"nothing at the bottom edge (no controls on the canvas)", l.W / 2, l.H - 1, ""},
	}
	for _, h := range d.Hits {
		if h.Action.Kind == ActFocus && h.Action.PID == 1001 && h.Rect.Y >= l.Timeline.Y {
			tests[1].x, tests[1].y = h.Rect.X+2, h.Rect.Y+h.Rect.H/2
		}
	}
	if tests[1].x == 0 {
		t.Fatal("no lane label for pid 1001 on the timeline")
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := d.HitTest(tc.x, tc.y)
			got := ""
			if ok {
				got = a.String()
			}
			if got != tc.want {
				t.Errorf("HitTest(%v, %v) = %q, want %q", tc.x, tc.y, got, tc.want)
			}
		})
	}
	// The timeline maps x linearly onto time: its left edge is the
	// earliest time shown, its right edge the latest.
	var lanes Hit
	for _, h := range d.Hits {
		if h.Action.Kind == ActSeekTime {
			lanes = h
		}
	}
	if !lanes.Range || lanes.Hi <= lanes.Lo {
		t.Fatalf("no timeline hit: %v", lanes)
	}
	mid, _ := d.HitTest(lanes.Rect.X+lanes.Rect.W/2, lanes.Rect.Y+2)
	if want := kernel.Duration((lanes.Lo + lanes.Hi + 1) / 2); mid.Kind != ActSeekTime || mid.Time-want > 1e6 || want-mid.Time > 1e6 {
		t.Errorf("middle of the timeline: %v, want about %v", mid, want)
	}
}

// bigSnapshot is a table of n processes: init, the shell, main and n-3
// children of main, every third a zombie, every third asleep; main's
// _children names all of them and a few already reaped pids.
func bigSnapshot(n int) (*playback.Snapshot, []playback.Lane) {
	s := &playback.Snapshot{Step: 5000, Total: 10000, Final: true, Time: 10 * kernel.Second, TimeText: "10.000000s", PID: 1001}
	stack := []pyvm.FrameInfo{{File: "big.py", Func: "<module>", Line: 3}}
	s.Procs = append(s.Procs,
		playback.Proc{PID: 1, State: kernel.StateSleeping, Sleep: kernel.SleepWait, Stat: "S", Cmdline: "init", Comm: "init", Init: true},
		playback.Proc{PID: 1000, PPID: 1, State: kernel.StateSleeping, Sleep: kernel.SleepWait, Stat: "S", Cmdline: "bash", Comm: "bash", Shell: true},
		playback.Proc{PID: 1001, PPID: 1000, State: kernel.StateRunning, Stat: "R", Cmdline: "python3 big.py", Comm: "python3", Role: "main", Stack: stack},
	)
	main := &s.Procs[2]
	main.Children = []kernel.PID{990, 991}
	var lanes []playback.Lane
	for k := 3; k < n; k++ {
		pid := kernel.PID(1000 + k - 1)
		p := playback.Proc{PID: pid, PPID: 1001, Cmdline: "python3 big.py", Comm: "python3", Role: fmt.Sprintf("p%d", k-2)}
		switch k % 3 {
		case 0:
			p.State, p.Stat, p.Status = kernel.StateZombie, "Z", kernel.Exited(0)
		case 1:
			p.State, p.Sleep, p.Stat, p.Stack = kernel.StateSleeping, kernel.SleepTimer, "S", stack
		default:
			p.State, p.Stat, p.Stack = kernel.StateRunning, "R", stack
		}
		s.Procs = append(s.Procs, p)
		s.Procs[2].Children = append(s.Procs[2].Children, pid)
		lanes = append(lanes, playback.Lane{PID: pid, Role: p.Role, Comm: "python3", Spans: []playback.Span{
			{State: kernel.StateRunning, From: kernel.Duration(k) * kernel.Millisecond, To: 10 * kernel.Second, FromStep: k, ToStep: 5000},
		}})
	}
	return s, lanes
}

// TestThousandProcesses: every process gets a node inside the tree, no two
// nodes overlap, and every zombie is drawn dashed.
func TestThousandProcesses(t *testing.T) {
	for _, compact := range []bool{false, true} {
		t.Run(fmt.Sprintf("compact=%v", compact), func(t *testing.T) {
			s, lanes := bigSnapshot(1000)
			l := NewLayout(0, 0, compact)
			nodes := Nodes(l, s, lanes)
			if len(nodes) != 1000 {
				t.Fatalf("%d nodes", len(nodes))
			}
			for k, n := range nodes {
				b := n.Box
				if b.W <= 0 || b.H <= 0 || b.X < l.Tree.X || b.Y < l.Tree.Y || b.X+b.W > l.Tree.X+l.Tree.W+0.01 || b.Y+b.H > l.Tree.Y+l.Tree.H+0.01 {
					t.Fatalf("node %d (pid %d) at %v, outside the tree %v", k, n.PID, b, l.Tree)
				}
			}
			byX := map[float32][]Rect{} // column x → boxes, looked up only
			for _, n := range nodes {
				for _, o := range byX[n.Box.X] {
					if n.Box.Y < o.Y+o.H && o.Y < n.Box.Y+n.Box.H {
						t.Fatalf("pid %d at %v overlaps %v", n.PID, n.Box, o)
					}
				}
				byX[n.Box.X] = append(byX[n.Box.X], n.Box)
			}
			d := Build(Input{Snap: s, Lanes: lanes, UI: UI{Compact: compact}})
			dashed := 0
			for _, o := range d.Ops {
				if o.Kind == OpDashedRect && strings.HasPrefix(o.ID, "proc:") {
					dashed++
				}
			}
			if want := 333; dashed != want {
				t.Errorf("%d dashed process boxes, want %d (one per zombie)", dashed, want)
			}
		})
	}
}

// BenchmarkBuildThousand builds the whole frame for 1,000 processes.
func BenchmarkBuildThousand(b *testing.B) {
	s, lanes := bigSnapshot(1000)
	for b.Loop() {
		Build(Input{Snap: s, Lanes: lanes})
	}
}

// TestStateShapes: each state is told by shape or label as well as colour.
func TestStateShapes(t *testing.T) {
	s, lanes := bigSnapshot(6)
	d := Build(Input{Snap: s, Lanes: lanes})
	ops := map[kernel.PID]string{}
	for _, o := range d.Ops {
		var pid int
		if _, err := fmt.Sscanf(o.ID, "proc:%d", &pid); err == nil {
			ops[kernel.PID(pid)] += o.String() + "\n"
		}
	}
	tests := []struct {
		name string
		pid  kernel.PID
		want []string
	}{
		{"running: solid box and R", 1004, []string{"fill-round", `"R"`}},
		{"sleeping: box and sleep tag", 1003, []string{"fill-round", `"S sleep"`}},
		{"zombie: grey dashed, defunct and Z badge", 1002, []string{"dashed", "#999999", "<defunct>", "circle", `"Z"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.want {
				if !strings.Contains(ops[tc.pid], w) {
					t.Errorf("pid %d lacks %q:\n%s", tc.pid, w, ops[tc.pid])
				}
			}
		})
	}
}

// TestInterpolate: positions glide, states switch at once, what left fades.
func TestInterpolate(t *testing.T) {
	a := &DisplayList{W: 10, H: 10, Ops: []Op{
		{Kind: OpFillRoundRect, Rect: Rect{0, 0, 10, 10}, Color: ColorRunning, ID: "proc:5"},
		{Kind: OpFillRect, Rect: Rect{50, 50, 10, 10}, Color: ColorZombie, ID: "proc:6"},
	}}
	b := &DisplayList{W: 10, H: 10, Ops: []Op{
		{Kind: OpFillRoundRect, Rect: Rect{100, 0, 10, 10}, Color: ColorSleeping, ID: "proc:5"},
		{Kind: OpText, Rect: Rect{0, 0, 1, 1}, Text: "new", ID: "proc:7"},
	}, Hits: []Hit{{Action: Action{Kind: ActPlay}}}}
	got := Interpolate(a, b, 0.25)
	if len(got.Ops) != 3 {
		t.Fatalf("%d ops:\n%s", len(got.Ops), got)
	}
	if r := got.Ops[0].Rect; r.X != 25 || got.Ops[0].Color != ColorSleeping {
		t.Errorf("moving op: %v, want x=25 in the new colour", got.Ops[0])
	}
	if got.Ops[1].Text != "new" || got.Ops[1].Rect.X != 0 {
		t.Errorf("new op: %v", got.Ops[1])
	}
	if c := got.Ops[2].Color; c.A != 191 || got.Ops[2].ID != "proc:6" {
		t.Errorf("leaving op: %v, want alpha 191", got.Ops[2])
	}
	if len(got.Hits) != 1 {
		t.Errorf("hits are the new frame's: %v", got.Hits)
	}
	if Interpolate(a, b, 1) != b {
		t.Error("t=1 is the new frame")
	}
}

func TestMirror(t *testing.T) {
	p := open(t, "seed-loop", sim.Overrides{})
	i, _ := p.Checkpoint("before-start#2")
	s := p.Seek(i)
	tests := []struct {
		lang             lang.Lang
		step, zombies, n string
	}{
		// The checkpoint's step and time move with the model; the
		// wording around them is what is checked.
		{lang.EN, fmt.Sprintf("step %d of 0–%d, t=%s", s.Step, s.Total-1, s.TimeText), "zombies: 1002", s.Narration.EN},
		{lang.ZH, fmt.Sprintf("第 %d 步（0–%d），t=%s", s.Step, s.Total-1, s.TimeText), "僵尸进程：1002", s.Narration.ZH},
	}
	for _, tc := range tests {
		t.Run(tc.lang.String(), func(t *testing.T) {
			m := Mirror(s, tc.lang)
			if m.Lang != tc.lang || m.Step != tc.step || m.Zombies != tc.zombies || m.Narration != tc.n || m.PS != s.PS {
				t.Errorf("Mirror = %+v", m)
			}
		})
	}
}

func TestCanvasText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"pid 1 → 2", "pid 1 -> 2"},
		{"# lesson.zh: 每次调用 Process.start()", "# lesson.zh: 每次调用 Process.start()"},
		{"print('子进程退出了')", "print('子进程退出了')"},
		{"café ☃ ok", "caf... ... ok"},
		{"plain", "plain"},
	}
	for _, tc := range tests {
		if got := canvasText(tc.in); got != tc.want {
			t.Errorf("canvasText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// A wide character takes two columns: fitting never cuts one in half.
	if got := fit("子进程退出了", 7*12*CharAdvance, 12); got != "子进.." {
		t.Errorf("fit = %q, want 子进..", got)
	}
	if got := wrap("退出了 退出了 退出了", 8*12*CharAdvance, 12, 3); len(got) != 3 || got[0] != "退出了" {
		t.Errorf("wrap = %q", got)
	}
}

// TestCodePanel: stepping over shows every process at its line of the
// scenario, one marker per pid; stepping into shows the current process in
// multiprocessing's code.
func TestCodePanel(t *testing.T) {
	p := open(t, "seed-loop", sim.Overrides{})
	step := stepWhere(t, p, 0, func(s *playback.Snapshot) bool { return s.PID == 1002 && s.Library })
	tests := []struct {
		name    string
		into    bool
		title   string
		markers []string
	}{
		{"step over", false, "seed-loop.py:30", []string{"marker:1001", "marker:1002"}},
		{"step into", true, "multiprocessing/", []string{"marker:1002"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Build(input(p, step, UI{Into: tc.into}))
			var title string
			ids := map[string]bool{}
			for _, o := range d.Ops {
				if o.Kind == OpText && title == "" && o.Rect.X > NewLayout(0, 0, false).Code.X && strings.Contains(o.Text, "(pid ") {
					title = o.Text
				}
				ids[o.ID] = true
			}
			if !strings.HasPrefix(title, tc.title) {
				t.Errorf("code panel title %q, want prefix %q", title, tc.title)
			}
			for _, m := range tc.markers {
				if !ids[m] {
					t.Errorf("no %s", m)
				}
			}
		})
	}
}
