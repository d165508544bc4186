//go:build js && wasm

// The paint atlas: one image that holds a white pixel for the shapes and
// every line of text the frames draw, each rasterised once. Every op then
// draws from this one source image, so that ebiten can send a frame as a
// few batches of triangles instead of one draw call per glyph or per shape:
// a ps table of 65 processes is some 3,000 glyphs, and a draw call in the
// wasm costs microseconds. (Small images of their own would not do: ebiten
// gives an image that is drawn into a texture of its own, so every line
// would be another draw call.)
//
// Lines are packed in rows (shelves) and found again by their text and
// size on the device; when the atlas is full it is cleared and filled
// again by the frames that follow. Commands run in order, so the lines a
// frame drew before the clearing are not affected.

package main

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

const (
	atlasW, atlasH = 4096, 1024
	// textPad is the margin around a line's box in its slot: glyphs may
	// reach a little outside the box text/v2 aligns by.
	textPad = 2
)

type textKey struct {
	s    string
	size float32 // on the device
}

// textSlot is where a line is in the atlas: x, y, w, h in its pixels
// (w 0: nothing to draw, or too wide for the atlas).
type textSlot struct {
	x, y, w, h int
	advance    float64 // the line's width, as text/v2 aligns it
	height     float64 // its box's height (ascent and descent)
}

// whiteAt is the atlas's white pixel, (whiteAt, whiteAt), in the middle of
// a white 3×3 block so that sampling never reaches another colour.
const whiteAt = 1

type paintAtlas struct {
	img        *ebiten.Image
	lines      map[textKey]textSlot
	x, y, rowH int // the shelf being filled: its left free column, top and height
	clearings  int // how often the atlas filled up (the probe's)
}

var atlas paintAtlas

// ensure makes the atlas, once.
func (a *paintAtlas) ensure() {
	if a.img != nil {
		return
	}
	a.img = ebiten.NewImageWithOptions(image.Rect(0, 0, atlasW, atlasH), &ebiten.NewImageOptions{Unmanaged: true})
	a.reset()
}

// reset empties the atlas but for the white pixel.
func (a *paintAtlas) reset() {
	a.img.Clear()
	a.img.SubImage(image.Rect(whiteAt-1, whiteAt-1, whiteAt+2, whiteAt+2)).(*ebiten.Image).Fill(color.White)
	a.lines = map[textKey]textSlot{}
	a.x, a.y, a.rowH = 4, 0, 4
}

// forget drops every line (the faces changed: the CJK font arrived).
func (a *paintAtlas) forget() {
	if a.img != nil {
		a.reset()
	}
}

// line returns s at size, rasterising it into the atlas the first time;
// before the atlas is cleared to make room, flush draws what still uses
// it.
func (a *paintAtlas) line(s string, size float32, flush func()) textSlot {
	a.ensure()
	k := textKey{s, size}
	if t, ok := a.lines[k]; ok {
		return t
	}
	f := face(size)
	m := f.Metrics()
	t := textSlot{advance: text.Advance(s, f), height: m.HAscent + m.HDescent}
	w, h := int(math.Ceil(t.advance))+2*textPad, int(math.Ceil(t.height))+2*textPad
	if t.advance > 0 && w <= atlasW && h <= atlasH {
		x, y, ok := a.place(w, h)
		if !ok {
			flush()
			a.clearings++
			a.reset()
			x, y, _ = a.place(w, h)
		}
		t.x, t.y, t.w, t.h = x, y, w, h
		o := &text.DrawOptions{}
		o.GeoM.Translate(float64(x+textPad), float64(y+textPad))
		text.Draw(a.img, s, f, o)
	}
	a.lines[k] = t
	return t
}

// place finds room for a w×h slot on the current shelf or a new one.
func (a *paintAtlas) place(w, h int) (x, y int, ok bool) {
	if a.x+w > atlasW || h > a.rowH && a.x > 0 {
		// A new shelf under the current one.
		a.x, a.y, a.rowH = 0, a.y+a.rowH, h
	}
	if h > a.rowH {
		a.rowH = h
	}
	if a.y+a.rowH > atlasH {
		return 0, 0, false
	}
	x, y = a.x, a.y
	a.x += w
	return x, y, true
}
