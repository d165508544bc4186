// The text panels: narration, console and the ps table.

package view

import (
	"strings"

	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// drawNarration shows the English sentence; in Chinese the canvas keeps
// only the band, and the player's HTML overlay (fed by Mirror) shows the
// text, since the canvas font has no CJK glyphs.
func drawNarration(d *DisplayList, l Layout, in Input) {
	r := l.Narration
	d.fill(r, Paper, "")
	s := in.Snap
	label, box := narrationParts(l, s)
	d.text(Rect{r.X + 8, r.Y, box.X - r.X - 8, r.H}, label, l.Small, ColorMuted, AlignLeft, "")
	text := s.Narration.EN
	if in.UI.Lang == lang.ZH {
		if !in.UI.Still {
			return
		}
		text = s.Narration.ZH
	}
	lines := wrap(canvasText(text), box.W, l.Font, l.NarrationLines)
	lh := box.H / float32(len(lines))
	for k, ln := range lines {
		d.text(Rect{box.X, box.Y + float32(k)*lh, box.W, lh}, ln, l.Font, ColorText, AlignLeft, "narration")
	}
}

// narrationParts is the narration band's time label and the box its
// sentence takes. The step is on the page's scrubber, in the page's
// language; the canvas says the time.
func narrationParts(l Layout, s *playback.Snapshot) (label string, box Rect) {
	r := l.Narration
	label = "t=" + s.TimeText
	labelW := textWidth(label, l.Small) + 16
	return label, Rect{r.X + labelW + 8, r.Y + 2, r.W - labelW - 16, r.H - 4}
}

// NarrationBox is where the narration's sentence goes in layout l: the
// page lays the Chinese caption there, beside the time.
func NarrationBox(l Layout, s *playback.Snapshot) Rect {
	_, box := narrationParts(l, s)
	return box
}

// drawConsole shows the latest terminal lines, each with its pid.
func drawConsole(d *DisplayList, l Layout, in Input) {
	r := l.Console
	if r.W == 0 {
		return
	}
	d.fill(r, ColorConsole, "")
	lineH := l.Small + 4
	rows := max(int((r.H-4)/lineH), 1)
	lines := consoleLines(in.Snap.Console, rows)
	for k, ln := range lines {
		d.text(Rect{r.X + 8, r.Y + 2 + float32(k)*lineH, r.W - 16, lineH}, ln, l.Small, ColorConsoleText, AlignLeft, "")
	}
}

// consoleLines is the last n lines of output, "pid> text" (stderr
// "pid!> text").
func consoleLines(out []playback.Output, n int) []string {
	var lines []string
	for k := len(out) - 1; k >= 0 && len(lines) < n; k-- {
		o := out[k]
		mark := "> "
		if o.FD == 2 {
			mark = "!> "
		}
		parts := strings.Split(strings.TrimSuffix(o.Text, "\n"), "\n")
		for p := len(parts) - 1; p >= 0 && len(lines) < n; p-- {
			lines = append(lines, pidStr(o.PID)+mark+parts[p])
		}
	}
	for i, j := 0, len(lines)-1; i < j; i, j = i+1, j-1 {
		lines[i], lines[j] = lines[j], lines[i]
	}
	return lines
}

// drawPS shows the ps table; a zombie's row gets a grey band and a
// vermilion edge as well as its "Z" and "<defunct>".
func drawPS(d *DisplayList, l Layout, in Input) {
	r := l.PS
	if r.W == 0 {
		return
	}
	d.fill(r, ColorPanel, "")
	lineH := l.Small + 4
	rows := strings.Split(strings.TrimSuffix(in.Snap.PS, "\n"), "\n")
	fit := max(int((r.H-4)/lineH), 1)
	if len(rows) > fit {
		rows = append(rows[:1], rows[len(rows)-fit+1:]...) // header, then the last rows
	}
	d.clip(r)
	for k, row := range rows {
		y := r.Y + 2 + float32(k)*lineH
		if strings.Contains(row, "<defunct>") {
			d.fill(Rect{r.X + 4, y, r.W - 8, lineH}, LightGrey, "")
			d.fill(Rect{r.X + 4, y, 3, lineH}, ColorBadge, "")
		}
		d.text(Rect{r.X + 10, y, r.W - 16, lineH}, row, l.Small, ColorText, AlignLeft, "")
	}
	d.unclip()
}
