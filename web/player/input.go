//go:build js && wasm

// Input is its own type: the page's keyboard and pointer events, queued by
// their DOM listeners as they happen and turned into the view's actions
// (view.Action) at the next Update, using the display list's hit
// rectangles. Nothing is sampled per tick, so no press, click or tap is lost
// however slowly frames come (a software-WebGL machine may give a few a
// second): ten clicks between two Updates are ten actions. A held arrow key
// steps on with the system's own key repeat.

package main

import (
	"sync"
	"syscall/js"

	"zombielab/web/view"
)

// keyActions are the keyboard bindings (web/player/EMBEDDING.md), by the
// DOM's KeyboardEvent.key.
var keyActions = map[string]view.ActionKind{
	"Home":       view.ActFirst,
	"ArrowLeft":  view.ActBack,
	" ":          view.ActPlay,
	"ArrowRight": view.ActForward,
	"End":        view.ActLast,
	"i":          view.ActInto,
	"I":          view.ActInto,
}

// evKind is what a queued event is.
type evKind uint8

const (
	evKey  evKind = iota // a key went down (or repeated)
	evDown               // a pointer went down on the canvas
	evMove               // a pressed pointer moved
	evUp                 // a pointer was let go or cancelled
)

// inputEvent is one DOM event, in CSS pixels of the page, with the
// canvas's box at the time (the page may have been resized since).
type inputEvent struct {
	kind   evKind
	action view.ActionKind // evKey
	x, y   float64
	box    [4]float64 // the canvas's client rect: left, top, width, height
}

// input owns the listeners and the queue they fill.
type input struct {
	mu    sync.Mutex
	queue []inputEvent
	funcs []js.Func
	down  bool // a pointer is pressed (only then do moves matter)

	drag *view.Hit // the range (scrubber, timeline) a press started on

	// Counters for the probe: events the game has handled (keys, pointer
	// presses on the canvas, presses of the page's buttons).
	keys, presses, buttons int

	// The page's colour scheme, when it changed since the last look.
	dark, schemeChanged bool
}

// scheme returns the page's new colour scheme, if it changed.
func (in *input) scheme() (dark, changed bool) {
	in.mu.Lock()
	defer in.mu.Unlock()
	dark, changed = in.dark, in.schemeChanged
	in.schemeChanged = false
	return dark, changed
}

// listen installs the DOM listeners. Keys are taken from the whole
// document except those an editable field or a native control with the
// focus takes itself (a field types, a slider or menu moves, a button
// clicks with space or Enter).
func (in *input) listen() {
	doc := js.Global().Get("document")
	in.on(doc, "keydown", func(ev js.Value) {
		key := ev.Get("key").String()
		if ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool() || ev.Get("altKey").Bool() || ownsKey(ev.Get("target"), key) {
			return
		}
		kind, ok := keyActions[key]
		if !ok {
			return
		}
		ev.Call("preventDefault")
		in.push(inputEvent{kind: evKey, action: kind})
	})
	in.on(doc, "pointerdown", func(ev js.Value) {
		t := ev.Get("target")
		if t.Get("tagName").String() != "CANVAS" || ev.Get("button").Int() != 0 {
			return
		}
		in.down = true
		in.push(pointerEvent(evDown, ev, t))
	})
	in.on(doc, "pointermove", func(ev js.Value) {
		if in.down {
			in.push(pointerEvent(evMove, ev, canvas()))
		}
	})
	for _, name := range []string{"pointerup", "pointercancel"} {
		in.on(doc, name, func(ev js.Value) {
			if in.down {
				in.down = false
				in.push(pointerEvent(evUp, ev, canvas()))
			}
		})
	}
}

func (in *input) on(target js.Value, name string, f func(js.Value)) {
	jf := js.FuncOf(func(_ js.Value, args []js.Value) any {
		f(args[0])
		return nil
	})
	in.funcs = append(in.funcs, jf)
	target.Call("addEventListener", name, jf)
}

// push queues an event; consecutive moves collapse into the latest.
func (in *input) push(e inputEvent) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if n := len(in.queue); e.kind == evMove && n > 0 && in.queue[n-1].kind == evMove {
		in.queue[n-1] = e
		return
	}
	in.queue = append(in.queue, e)
}

func (in *input) take() []inputEvent {
	in.mu.Lock()
	defer in.mu.Unlock()
	q := in.queue
	in.queue = nil
	return q
}

// ownsKey is true when the element with the focus uses key itself: text
// fields, menus and sliders all keys, buttons space and Enter (an arrow on
// a focused button still steps).
func ownsKey(el js.Value, key string) bool {
	if el.Type() != js.TypeObject || el.Get("tagName").Type() != js.TypeString {
		return false
	}
	switch el.Get("tagName").String() {
	case "INPUT", "TEXTAREA", "SELECT":
		return true
	case "BUTTON", "SUMMARY":
		return key == " " || key == "Enter"
	}
	return el.Get("isContentEditable").Truthy()
}

// canvas is ebiten's canvas (the page has one).
func canvas() js.Value { return js.Global().Get("document").Call("querySelector", "canvas") }

func pointerEvent(kind evKind, ev, c js.Value) inputEvent {
	e := inputEvent{kind: kind, x: ev.Get("clientX").Float(), y: ev.Get("clientY").Float()}
	if c.Truthy() {
		r := c.Call("getBoundingClientRect")
		e.box = [4]float64{r.Get("left").Float(), r.Get("top").Float(), r.Get("width").Float(), r.Get("height").Float()}
	}
	return e
}

// logical maps an event's page position to the display list's logical
// pixels: ebiten scales the logical screen to fit the canvas, centred.
func (e inputEvent) logical(d *view.DisplayList) (float32, float32) {
	w, h := float64(d.W), float64(d.H)
	bw, bh := e.box[2], e.box[3]
	if bw <= 0 || bh <= 0 || w <= 0 || h <= 0 {
		return float32(e.x), float32(e.y)
	}
	s := min(bw/w, bh/h)
	ox, oy := e.box[0]+(bw-w*s)/2, e.box[1]+(bh-h*s)/2
	return float32((e.x - ox) / s), float32((e.y - oy) / s)
}

// actions turns the queued events into actions against the frame on
// screen, in the order they happened.
func (in *input) actions(d *view.DisplayList) []view.Action {
	var acts []view.Action
	for _, e := range in.take() {
		switch e.kind {
		case evKey:
			in.keys++
			acts = append(acts, view.Action{Kind: e.action})
		case evDown:
			in.presses++
			if d == nil {
				continue
			}
			x, y := e.logical(d)
			if a, ok := d.HitTest(x, y); ok {
				acts = append(acts, a)
				if h := hitAt(d, x, y); h != nil && h.Range {
					in.drag = h
				}
			}
		case evMove:
			if in.drag == nil || d == nil {
				continue
			}
			// Keep seeking along the range while the pointer moves, even
			// outside its rectangle.
			x, _ := e.logical(d)
			r := in.drag.Rect
			cx := min(max(x, r.X), r.X+r.W-0.01)
			if a, ok := d.HitTest(cx, r.Y+r.H/2); ok && a.Kind == in.drag.Action.Kind {
				acts = append(acts, a)
			}
		case evUp:
			in.drag = nil
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
