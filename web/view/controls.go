// The control bar: first, back, play/pause, forward, last, speed, the
// scrubber with its step label, and the settings button (version, start
// method, step into: the page's menu changes them); each a hit at
// least Button tall, on one row, or two when the frame is narrow (portrait).
// The figure layout of a narrow column keeps first … last and the scrubber.

package view

import (
	"strconv"
	"strings"

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

// smallButton is a button with a longer label in the small size.
func smallButton(d *DisplayList, r Rect, label string, a Action, l Layout) {
	id := "button:" + a.Kind.String()
	d.add(Op{Kind: OpFillRoundRect, Rect: r, Radius: 4, Color: White, ID: id})
	d.add(Op{Kind: OpStrokeRoundRect, Rect: r, Radius: 4, Color: ColorMuted, Width: 1, ID: id})
	d.text(r, label, l.Small, ColorText, AlignCenter, id)
	d.hit(Hit{Rect: r, Action: a})
}

func drawControls(d *DisplayList, l Layout, in Input) {
	r := l.Controls
	d.fill(r, Paper, "")
	s, ui := in.Snap, in.UI
	const bh = Button
	bw, gap := float32(Button+4), float32(6)
	if l.W < 400 {
		bw, gap = Button, 4
	}
	y := r.Y + (controlRowH-bh)/2
	x := r.X + 8
	play := "Play"
	if ui.Playing {
		play = "Pause"
	}
	type spec struct {
		label string
		w     float32
		kind  ActionKind
		on    bool
	}
	buttons := []spec{
		{"|<", bw, ActFirst, false},
		{"<", bw, ActBack, false},
		{play, bw + 16, ActPlay, ui.Playing},
		{">", bw, ActForward, false},
		{">|", bw, ActLast, false},
	}
	extras := l.Kind != LayoutFigure || r.W >= 760
	if extras {
		buttons = append(buttons, spec{speedText(ui.Speed), bw, ActSpeed, false})
	}
	for _, b := range buttons {
		button(d, Rect{x, y, b.w, bh}, b.label, b.on, Action{Kind: b.kind}, l)
		x += b.w + gap
	}
	// The settings button says which CPython and start method run, and
	// whether steps go into library code; it opens the page's menu.
	into := strings.TrimSpace(ui.Python + " " + ui.Method)
	if ui.Into {
		into += " into"
	}
	if into == "" {
		into = "settings"
	}
	intoW := max(textWidth("3.13 forkserver", l.Small), textWidth(into, l.Small)) + 16
	label := StepLabel(s, lang.EN)
	if l.ControlRows == 2 {
		// The settings button ends the first row, in what room is left
		// (at least a touch target); the scrubber has the second.
		if w := min(intoW, r.X+r.W-8-x); w >= Button {
			smallButton(d, Rect{r.X + r.W - 8 - w, y, w, bh}, into, Action{Kind: ActSettings}, l)
		}
		y += controlRowH
		drawScrubber(d, Rect{r.X + 16, y, r.W - 32, bh}, s.Step, s.Total, label, l)
		return
	}
	right := r.X + r.W - 8
	smallButton(d, Rect{right - intoW, y, intoW, bh}, into, Action{Kind: ActSettings}, l)
	right -= intoW + 16
	drawScrubber(d, Rect{x + 8, y, right - x - 8, bh}, s.Step, s.Total, label, l)
}

// drawScrubber is a bar with a knob at the current step and its label
// (StepLabel); a press anywhere on it (the whole height of a button) seeks.
func drawScrubber(d *DisplayList, r Rect, step, total int, label string, l Layout) {
	textW := min(textWidth(label, l.Small)+12, r.W*2/3)
	bar := Rect{r.X, r.Y + r.H/2 - 3, r.W - textW, 6}
	d.fill(bar, LightGrey, "")
	f := float32(0)
	if total > 1 {
		f = float32(step) / float32(total-1)
	}
	d.fill(Rect{bar.X, bar.Y, bar.W * f, bar.H}, Blue, "scrubber")
	d.add(Op{Kind: OpCircle, Rect: Rect{bar.X + bar.W*f - 8, bar.Y - 5, 16, 16}, Radius: 8, Color: Blue, ID: "scrubber"})
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
