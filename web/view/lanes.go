// The timeline: one lane per process over logical time. Running is a full
// green bar, sleeping a half-height blue bar, a zombie a full grey bar with
// a dashed vermilion outline and a "Z": three shapes, not only three
// colours. The playhead marks the current step's time; a click on the lanes
// seeks to that time.

package view

import (
	"zombielab/sim/kernel"
	"zombielab/sim/playback"
)

const (
	laneLabelW = 104
	laneMaxH   = 18
	laneMinH   = 2
)

// pickLanes keeps what fits: every lane if possible, else the lanes of
// processes in the table and then the most recent others, in birth order.
func pickLanes(lanes []playback.Lane, s *playback.Snapshot, capacity int) []playback.Lane {
	if len(lanes) <= capacity {
		return lanes
	}
	live := make(map[kernel.PID]bool, len(s.Procs))
	for _, p := range s.Procs {
		live[p.PID] = true
	}
	keep := make([]bool, len(lanes))
	n := 0
	for k := len(lanes) - 1; k >= 0 && n < capacity; k-- {
		if live[lanes[k].PID] && lanes[k].Spans[len(lanes[k].Spans)-1].ToStep >= s.Step {
			keep[k], live[lanes[k].PID] = true, false
			n++
		}
	}
	for k := len(lanes) - 1; k >= 0 && n < capacity; k-- {
		if !keep[k] {
			keep[k] = true
			n++
		}
	}
	out := make([]playback.Lane, 0, n)
	for k, ln := range lanes {
		if keep[k] {
			out = append(out, ln)
		}
	}
	return out
}

func drawTimeline(d *DisplayList, l Layout, in Input) {
	area := l.Timeline
	d.fill(area, Paper, "")
	if len(in.Lanes) == 0 {
		return
	}
	inner := Rect{area.X + 4, area.Y + 4, area.W - 8, area.H - 8}
	capacity := max(int(inner.H/laneMinH), 1)
	lanes := pickLanes(in.Lanes, in.Snap, capacity)
	laneH := min(inner.H/float32(len(lanes)), laneMaxH)
	t0, t1 := timeRange(lanes, in.Snap.Time)
	bars := Rect{inner.X + laneLabelW, inner.Y, inner.W - laneLabelW, inner.H}
	x := func(t kernel.Duration) float32 {
		return bars.X + bars.W*float32(float64(t-t0)/float64(t1-t0))
	}
	d.clip(area)
	for k, ln := range lanes {
		y := inner.Y + float32(k)*laneH
		id := "lane:" + pidStr(ln.PID)
		if laneH >= MinText+1 {
			d.text(Rect{inner.X, y, laneLabelW - 4, laneH}, pidStr(ln.PID)+" "+laneName(ln), min(laneH-1, l.Small), ColorText, AlignLeft, id)
			d.hit(Hit{Rect: Rect{inner.X, y, laneLabelW, laneH}, Action: Action{Kind: ActFocus, PID: ln.PID}})
		}
		for _, sp := range ln.Spans {
			drawSpan(d, sp, Rect{x(sp.From), y, max(x(sp.To)-x(sp.From), 1), max(laneH-1, 1)}, id)
		}
	}
	px := x(in.Snap.Time)
	d.line(Point{px, inner.Y}, Point{px, inner.Y + inner.H}, ColorPlayhead, 2, "playhead")
	d.unclip()
	d.hit(Hit{Rect: bars, Action: Action{Kind: ActSeekTime}, Range: true, Lo: int64(t0), Hi: int64(t1)})
}

// timeRange is the span of time the lanes cover, never empty.
func timeRange(lanes []playback.Lane, now kernel.Duration) (kernel.Duration, kernel.Duration) {
	t0, t1 := now, now
	for _, ln := range lanes {
		for _, sp := range ln.Spans {
			t0, t1 = min(t0, sp.From), max(t1, sp.To)
		}
	}
	if t1 <= t0 {
		t1 = t0 + kernel.Millisecond
	}
	return t0, t1
}

func laneName(ln playback.Lane) string {
	if ln.Role != "" {
		return ln.Role
	}
	if ln.PID == 1 {
		return "init"
	}
	return ln.Comm
}

func drawSpan(d *DisplayList, sp playback.Span, r Rect, id string) {
	switch sp.State {
	case kernel.StateRunning:
		d.fill(r, ColorRunning, id)
	case kernel.StateSleeping:
		d.fill(Rect{r.X, r.Y + r.H/4, r.W, r.H / 2}, ColorSleeping, id)
	default:
		d.fill(r, ColorZombie, id)
		if r.H >= 4 {
			d.add(Op{Kind: OpDashedRect, Rect: r, Color: ColorBadge, Width: 1, Dash: 3, ID: id})
		}
		if r.W >= MinText && r.H >= MinText+1 {
			d.text(r, "Z", MinText, White, AlignCenter, id)
		}
	}
}
