// Build: a whole frame from a snapshot and the UI state.

package view

// Build paints one frame in the layout for the UI's frame size: the
// simulation only; the player's controls are HTML around the canvas
// (web/player/static/player.html).
func Build(in Input) *DisplayList {
	l := NewLayout(in.UI.W, in.UI.H, in.UI.Compact)
	d := &DisplayList{W: l.W, H: l.H}
	if in.Snap != nil {
		// Dense tables draw about two ops per process and lane, sparse ones
		// more but few: growing the slice would copy it again and again.
		n := len(in.Snap.Procs) + len(in.Lanes)
		d.Ops, d.Hits = make([]Op, 0, 2*n+256), make([]Hit, 0, n+64)
	}
	d.fill(Rect{0, 0, l.W, l.H}, Paper, "")
	if in.Snap == nil {
		d.text(Rect{0, 0, l.W, l.H}, "no steps", l.Font, ColorMuted, AlignCenter, "")
		return d
	}
	t := layoutTree(l.Tree, in.Snap.Procs, births(in.Lanes))
	drawTree(d, l, in, t)
	drawTimeline(d, l, in)
	drawCode(d, l, in)
	drawPS(d, l, in)
	drawVars(d, l, in)
	drawConsole(d, l, in)
	drawNarration(d, l, in)
	return d
}
