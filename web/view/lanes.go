// The timeline: one lane per process over logical time. Running is a full
// green bar, sleeping a half-height blue bar, a zombie a full grey bar with
// a dashed vermilion outline and a "Z": three shapes, not only three
// colours. The playhead marks the current step's time; a click on the lanes
// seeks to that time.

package view

import (
	"strconv"

	"zombielab/sim/kernel"
	"zombielab/sim/lang"
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
	if area.W == 0 {
		return // a layout without a timeline
	}
	d.fill(area, Paper, "")
	if len(in.Lanes) == 0 {
		return
	}
	inner := Rect{area.X + 4, area.Y + 4, area.W - 8, area.H - 8}
	var axis Rect
	if inner.H >= 60 {
		axis = Rect{inner.X + laneLabelW, inner.Y + inner.H - axisH, inner.W - laneLabelW, axisH}
		inner.H -= axisH
	}
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
		if ln.Owner != 0 {
			// A thread's lane sits under its process's, indented, its
			// bars thinner: the same process, another schedulable task.
			if laneH >= MinText+1 {
				d.text(Rect{inner.X + 10, y, laneLabelW - 14, laneH}, threadLaneLabel(ln, in.UI.Lang), min(laneH-1, l.Small), ColorMuted, AlignLeft, id)
				d.hit(Hit{Rect: Rect{inner.X, y, laneLabelW, laneH}, Action: Action{Kind: ActFocus, PID: ln.Owner}})
			}
			for _, sp := range ln.Spans {
				h := max((laneH-1)*0.6, 1)
				drawSpan(d, sp, Rect{x(sp.From), y + (laneH-1-h)/2, max(x(sp.To)-x(sp.From), 1), h}, id)
			}
			continue
		}
		if laneH >= MinText+1 {
			d.text(Rect{inner.X, y, laneLabelW - 4, laneH}, pidStr(ln.PID)+" "+laneName(ln), min(laneH-1, l.Small), ColorText, AlignLeft, id)
			d.hit(Hit{Rect: Rect{inner.X, y, laneLabelW, laneH}, Action: Action{Kind: ActFocus, PID: ln.PID}})
		}
		for _, sp := range ln.Spans {
			drawSpan(d, sp, Rect{x(sp.From), y, max(x(sp.To)-x(sp.From), 1), max(laneH-1, 1)}, id)
		}
	}
	if axis.H > 0 {
		drawAxis(d, axis, t0, t1, x)
	}
	px := x(in.Snap.Time)
	d.line(Point{px, inner.Y}, Point{px, inner.Y + inner.H}, ColorPlayhead, 2, "playhead")
	d.unclip()
	d.hit(Hit{Rect: bars, Action: Action{Kind: ActSeekTime}, Range: true, Lo: int64(t0), Hi: int64(t1)})
}

// axisH is the height of the timeline's time axis.
const axisH = 18

// tickSteps are the axis's candidate intervals.
var tickSteps = []kernel.Duration{
	kernel.Millisecond, 2 * kernel.Millisecond, 5 * kernel.Millisecond,
	10 * kernel.Millisecond, 20 * kernel.Millisecond, 50 * kernel.Millisecond,
	100 * kernel.Millisecond, 200 * kernel.Millisecond, 500 * kernel.Millisecond,
	kernel.Second, 2 * kernel.Second, 5 * kernel.Second, 10 * kernel.Second,
	30 * kernel.Second, 60 * kernel.Second, 300 * kernel.Second, 600 * kernel.Second,
}

// drawAxis marks round times under the lanes, as far apart as their
// labels need: "0s", "0.5s", "1s" …
func drawAxis(d *DisplayList, r Rect, t0, t1 kernel.Duration, x func(kernel.Duration) float32) {
	step := tickSteps[len(tickSteps)-1]
	for _, s := range tickSteps {
		if float64(r.W)*float64(s)/float64(t1-t0) >= 64 {
			step = s
			break
		}
	}
	d.line(Point{r.X, r.Y}, Point{r.X + r.W, r.Y}, ColorMuted, 1, "")
	first := (t0 + step - 1) / step * step
	if t0 < 0 {
		first = t0 / step * step
	}
	end := r.X - 1e9 // where the last label drawn ends
	for t := first; t <= t1; t += step {
		tx := x(t)
		d.line(Point{tx, r.Y}, Point{tx, r.Y + 4}, ColorMuted, 1, "")
		label := secondsText(t)
		w := textWidth(label, MinText) + 4
		lx := min(max(tx-w/2, r.X), r.X+r.W-w)
		if lx < end+4 {
			continue // a tick squeezed against the edge keeps its mark only
		}
		d.text(Rect{lx, r.Y + 4, w, r.H - 4}, label, MinText, ColorMuted, AlignCenter, "")
		end = lx + w
	}
}

// secondsText is a duration in seconds with no trailing zeros: "0s",
// "0.25s", "12s".
func secondsText(t kernel.Duration) string {
	return strconv.FormatFloat(float64(t)/float64(kernel.Second), 'f', -1, 64) + "s"
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

// threadLaneLabel names a thread's lane, indented under its process's:
// "thread 1003", "线程 1003" (plain characters: the canvas font has no
// box-drawing glyphs).
func threadLaneLabel(ln playback.Lane, lg lang.Lang) string {
	if lg == lang.ZH {
		return "线程 " + pidStr(ln.PID)
	}
	return "thread " + pidStr(ln.PID)
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
