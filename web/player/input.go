//go:build js && wasm

// Input is its own type: it turns the keyboard, the mouse and touches into
// the view's actions (view.Action), using the display list's hit
// rectangles, so that Update only applies actions.

package main

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"zombielab/web/view"
)

// keyActions are the keyboard bindings (web/player/EMBEDDING.md).
var keyActions = []struct {
	key  ebiten.Key
	kind view.ActionKind
}{
	{ebiten.KeyHome, view.ActFirst},
	{ebiten.KeyArrowLeft, view.ActBack},
	{ebiten.KeySpace, view.ActPlay},
	{ebiten.KeyArrowRight, view.ActForward},
	{ebiten.KeyEnd, view.ActLast},
	{ebiten.KeyI, view.ActInto},
}

// input remembers a drag on a range hit (the scrubber, the timeline)
// between ticks.
type input struct {
	drag    *view.Hit
	touches []ebiten.TouchID
}

// poll returns this tick's actions against the frame on screen.
func (in *input) poll(d *view.DisplayList) []view.Action {
	var acts []view.Action
	for _, b := range keyActions {
		if inpututil.IsKeyJustPressed(b.key) || repeating(b.key) {
			acts = append(acts, view.Action{Kind: b.kind})
		}
	}
	if d == nil {
		return acts
	}
	x, y, down, justDown := in.pointer()
	switch {
	case !down:
		in.drag = nil
	case in.drag != nil:
		// Keep seeking along the range while the pointer moves, even
		// outside its rectangle.
		r := in.drag.Rect
		cx := min(max(x, r.X), r.X+r.W-0.01)
		if a, ok := d.HitTest(cx, r.Y+r.H/2); ok && a.Kind == in.drag.Action.Kind {
			acts = append(acts, a)
		}
	case justDown:
		if a, ok := d.HitTest(x, y); ok {
			acts = append(acts, a)
			if h := hitAt(d, x, y); h != nil && h.Range {
				in.drag = h
			}
		}
	}
	return acts
}

// hitAt is the hit HitTest chose (the last one containing the point).
func hitAt(d *view.DisplayList, x, y float32) *view.Hit {
	for k := len(d.Hits) - 1; k >= 0; k-- {
		if d.Hits[k].Rect.Contains(x, y) {
			h := d.Hits[k]
			return &h
		}
	}
	return nil
}

// repeating makes held arrow keys step on after a short delay, as text
// editors do.
func repeating(k ebiten.Key) bool {
	if k != ebiten.KeyArrowLeft && k != ebiten.KeyArrowRight {
		return false
	}
	d := inpututil.KeyPressDuration(k)
	return d > 30 && d%4 == 0
}

// pointer is the first touch, else the mouse: its logical position, whether
// it is down, and whether it went down this tick.
func (in *input) pointer() (x, y float32, down, justDown bool) {
	in.touches = ebiten.AppendTouchIDs(in.touches[:0])
	if len(in.touches) > 0 {
		tx, ty := ebiten.TouchPosition(in.touches[0])
		return float32(tx), float32(ty), true, inpututil.TouchPressDuration(in.touches[0]) == 1
	}
	mx, my := ebiten.CursorPosition()
	return float32(mx), float32(my), ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft),
		inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft)
}
