// The control bar: first, back, play/pause, forward, last, speed, the
// scrubber with "step N of M", and the step-into toggle; each a hit.

package view

import (
	"strconv"

	"zombielab/sim/lang"
)

// button draws a labelled button and its hit.
func button(d *DisplayList, r Rect, label string, on bool, a Action, l Layout) {
	bg := LightGrey
	if on {
		bg = SkyBlue
	}
	id := "button:" + a.Kind.String()
	d.add(Op{Kind: OpFillRoundRect, Rect: r, Radius: 4, Color: bg, ID: id})
	d.add(Op{Kind: OpStrokeRoundRect, Rect: r, Radius: 4, Color: ColorMuted, Width: 1, ID: id})
	d.text(r, label, l.Font, ColorText, AlignCenter, id)
	d.hit(Hit{Rect: r, Action: a})
}

func drawControls(d *DisplayList, l Layout, in Input) {
	r := l.Controls
	d.fill(r, Paper, "")
	s, ui := in.Snap, in.UI
	bh := min(r.H-12, 32)
	y := r.Y + (r.H-bh)/2
	x := r.X + 8
	bw := bh + 8
	play := "Play"
	if ui.Playing {
		play = "Pause"
	}
	for _, b := range []struct {
		label string
		w     float32
		kind  ActionKind
		on    bool
	}{
		{"|<", bw, ActFirst, false},
		{"<", bw, ActBack, false},
		{play, bw + 20, ActPlay, ui.Playing},
		{">", bw, ActForward, false},
		{">|", bw, ActLast, false},
		{speedText(ui.Speed), bw, ActSpeed, false},
	} {
		button(d, Rect{x, y, b.w, bh}, b.label, b.on, Action{Kind: b.kind}, l)
		x += b.w + 6
	}
	intoW := float32(96)
	if l.W < FullW {
		intoW = 64
	}
	into := "into: off"
	if ui.Into {
		into = "into: on"
	}
	button(d, Rect{r.X + r.W - intoW - 8, y, intoW, bh}, into, ui.Into, Action{Kind: ActInto}, l)
	drawScrubber(d, Rect{x + 8, y, r.X + r.W - intoW - 24 - x, bh}, s.Step, s.Total, StepLabel(s, lang.EN), l)
}

// drawScrubber is a bar with a knob at the current step and its label
// (StepLabel); a click anywhere on it seeks.
func drawScrubber(d *DisplayList, r Rect, step, total int, label string, l Layout) {
	textW := float32(150)
	if l.W < FullW {
		textW = 124
	}
	bar := Rect{r.X, r.Y + r.H/2 - 3, r.W - textW, 6}
	d.fill(bar, LightGrey, "")
	f := float32(0)
	if total > 1 {
		f = float32(step) / float32(total-1)
	}
	d.fill(Rect{bar.X, bar.Y, bar.W * f, bar.H}, Blue, "scrubber")
	d.add(Op{Kind: OpCircle, Rect: Rect{bar.X + bar.W*f - 7, bar.Y - 4, 14, 14}, Radius: 7, Color: Blue, ID: "scrubber"})
	d.text(Rect{bar.X + bar.W + 8, r.Y, textW - 8, r.H}, label, l.Small, ColorText, AlignLeft, "")
	d.hit(Hit{Rect: Rect{bar.X, r.Y, bar.W, r.H}, Action: Action{Kind: ActSeek}, Range: true, Lo: 0, Hi: int64(max(total-1, 0))})
}

func speedText(v float64) string {
	if v == 0 {
		v = 1
	}
	return strconv.FormatFloat(v, 'g', 3, 64) + "x"
}

func itoa(n int) string { return strconv.Itoa(n) }
