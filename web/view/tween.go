// Transitions between two frames: ops with the same ID move (rectangles and
// line ends are interpolated), ops only in the new frame appear at once,
// ops only in the old frame fade out. Colours, text and shapes are always
// the new frame's: a state is never shown wrong, only positions glide.

package view

// Interpolate returns the frame t of the way (0..1) from a to b. Hits are
// b's.
func Interpolate(a, b *DisplayList, t float32) *DisplayList {
	t = min(max(t, 0), 1)
	if t == 1 || a == nil {
		return b
	}
	from := map[string][]Op{} // ID → a's ops, looked up only
	for _, o := range a.Ops {
		if o.ID != "" {
			from[o.ID] = append(from[o.ID], o)
		}
	}
	used := map[string]int{}
	out := &DisplayList{W: b.W, H: b.H, Hits: b.Hits, Ops: make([]Op, 0, len(b.Ops))}
	present := map[string]bool{}
	for _, o := range b.Ops {
		if o.ID != "" {
			present[o.ID] = true
			if olds := from[o.ID]; used[o.ID] < len(olds) {
				o = moveOp(olds[used[o.ID]], o, t)
				used[o.ID]++
			}
		}
		out.Ops = append(out.Ops, o)
	}
	// What left (a reaped process, its edge, its chips) fades out on top.
	for _, o := range a.Ops {
		if o.ID != "" && !present[o.ID] && o.Kind != OpClip && o.Kind != OpUnclip {
			o.Color = fade(o.Color, 1-t)
			out.Ops = append(out.Ops, o)
		}
	}
	return out
}

// moveOp puts b's op at the interpolated geometry between a and b when both
// are the same kind of op; otherwise b as it is.
func moveOp(a, b Op, t float32) Op {
	if a.Kind != b.Kind {
		return b
	}
	b.Rect = Rect{lerp(a.Rect.X, b.Rect.X, t), lerp(a.Rect.Y, b.Rect.Y, t), lerp(a.Rect.W, b.Rect.W, t), lerp(a.Rect.H, b.Rect.H, t)}
	b.From = Point{lerp(a.From.X, b.From.X, t), lerp(a.From.Y, b.From.Y, t)}
	b.To = Point{lerp(a.To.X, b.To.X, t), lerp(a.To.Y, b.To.Y, t)}
	return b
}

func lerp(a, b, t float32) float32 { return a + (b-a)*t }
