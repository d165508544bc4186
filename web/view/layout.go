// The canvas and its regions, chosen by the frame's size. A logical pixel
// is a CSS pixel of the frame (the player draws it at the device pixel
// ratio), so a text size here is its size on screen: nothing is drawn under
// MinText. The player's controls are HTML around the canvas, not in it.
//
// Three families: wide (a page of its own or a large embed: tree and code
// with the variables under it side by side, timeline and ps under them,
// console, controls), figure (a teaching page's column: tree, ps with the
// _children sets, variables, narration, controls, and the timeline when
// there is height for it) and portrait (a phone held upright: the panels
// stacked).

package view

import "strconv"

// LayoutKind names a family of layouts.
type LayoutKind uint8

// The families.
const (
	LayoutWide LayoutKind = iota
	LayoutFigure
	LayoutPortrait
)

func (k LayoutKind) String() string {
	switch k {
	case LayoutWide:
		return "wide"
	case LayoutFigure:
		return "figure"
	case LayoutPortrait:
		return "portrait"
	}
	return "LayoutKind(" + strconv.Itoa(int(k)) + ")"
}

// Layout places the regions on the canvas; an empty Rect means the region
// is not shown.
type Layout struct {
	Kind      LayoutKind
	W, H      float32
	Tree      Rect
	Timeline  Rect
	Code      Rect
	Console   Rect
	PS        Rect
	Vars      Rect // the variables panel
	Narration Rect
	// Text sizes: body and small (never under MinText).
	Font, Small float32
	// NarrationLines is how many lines the narration may wrap to.
	NarrationLines int
}

// Sizes, in CSS pixels.
const (
	// FullW×FullH is the frame a page of its own assumes when it knows no
	// size; CompactW×CompactH the small embed's.
	FullW, FullH       = 1280, 720
	CompactW, CompactH = 640, 360
	// MinW×MinH is the smallest frame laid out; a smaller one is scaled
	// down (and its text then falls under MinText).
	MinW, MinH = 320, 240
	// MinText is the smallest text drawn; Button the smallest a control
	// may be, wide and tall (a touch target): the process nodes and lanes
	// are pictures, the controls are the page's HTML (player.css).
	MinText = 12
	Button  = 44
)

// NewLayout lays out a frame of w×h CSS pixels (0×0: FullW×FullH, or
// CompactW×CompactH when compact). compact asks for the figure family
// whatever the width, as the teaching page's figures do.
func NewLayout(w, h float32, compact bool) Layout {
	if w <= 0 || h <= 0 {
		w, h = FullW, FullH
		if compact {
			w, h = CompactW, CompactH
		}
	}
	w, h = max(w, MinW), max(h, MinH)
	switch {
	case h > w*1.15:
		return portrait(w, h)
	case compact || w < 960 || h < 540:
		return figure(w, h)
	}
	return wide(w, h)
}

// textH is the height of n lines of text of size s with their margins.
func textH(n int, s float32) float32 { return float32(n)*s*1.3 + 8 }

func wide(w, h float32) Layout {
	l := Layout{Kind: LayoutWide, W: w, H: h, Font: 14, Small: MinText, NarrationLines: 2}
	if w >= 1600 {
		l.Font, l.Small = 16, 14
	}
	narr := textH(2, l.Font)
	console := textH(5, l.Small)
	mid := h - narr - console
	left := float32(int(w * 0.61))
	top := float32(int(mid * 0.68))
	l.Narration = Rect{0, 0, w, narr}
	l.Tree = Rect{0, narr, left, top}
	code := float32(int(top * 0.6))
	l.Code = Rect{left, narr, w - left, code}
	l.Vars = Rect{left, narr + code, w - left, top - code}
	l.Timeline = Rect{0, narr + top, left, mid - top}
	l.PS = Rect{left, narr + top, w - left, mid - top}
	l.Console = Rect{0, narr + mid, w, console}
	return l
}

func figure(w, h float32) Layout {
	l := Layout{Kind: LayoutFigure, W: w, H: h, Font: 14, Small: MinText, NarrationLines: 2}
	narr := textH(2, l.Font)
	mid := h - narr
	l.Narration = Rect{0, 0, w, narr}
	if w < 480 {
		// A phone's column: the tree over the ps table and the
		// variables.
		top := float32(int(mid * 0.5))
		ps := float32(int(mid * 0.28))
		l.Tree = Rect{0, narr, w, top}
		l.PS = Rect{0, narr + top, w, ps}
		l.Vars = Rect{0, narr + top + ps, w, mid - top - ps}
		return l
	}
	left := float32(int(w * 0.58))
	ps := float32(int(mid * 0.6))
	l.PS = Rect{left, narr, w - left, ps}
	l.Vars = Rect{left, narr + ps, w - left, mid - ps}
	if mid >= 330 {
		top := float32(int(mid * 0.72))
		l.Tree = Rect{0, narr, left, top}
		l.Timeline = Rect{0, narr + top, left, mid - top}
	} else {
		l.Tree = Rect{0, narr, left, mid}
	}
	return l
}

func portrait(w, h float32) Layout {
	l := Layout{Kind: LayoutPortrait, W: w, H: h, Font: 14, Small: MinText, NarrationLines: 3}
	narr := textH(3, l.Font)
	rest := h - narr
	y := narr
	take := func(f float32) Rect {
		r := Rect{0, y, w, float32(int(rest * f))}
		y += r.H
		return r
	}
	l.Narration = Rect{0, 0, w, narr}
	l.Tree = take(0.3)
	l.Code = take(0.17)
	l.Vars = take(0.14)
	l.PS = take(0.17)
	l.Timeline = take(0.1)
	l.Console = Rect{0, y, w, h - y}
	return l
}
