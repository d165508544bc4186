//go:build js && wasm

// Painting a display list: one ebiten call per op, in the list's order.
// The list is in CSS pixels; the screen is in device pixels, so every op is
// scaled (and the frame centred, when the canvas is smaller than the
// smallest layout) on the way: text is rasterised at its size on the
// device, crisp at any pixel ratio. No decisions are made here; web/view
// made them all.
//
// Shapes are drawn without ebiten's antialiasing: its offscreen buffer
// gives edge pixels that differ by a level or two depending on what was
// drawn before, and a step must look the same however it was reached
// (the browser tests compare screenshots pixel for pixel). Text is
// antialiased by its glyph images, which are stable.

package main

import (
	"bytes"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"golang.org/x/image/font/gofont/gomono"

	"zombielab/web/view"
)

const antialias = false

// mono is the canvas font: Go Mono, small and with every ASCII glyph. The
// wide characters web/view lets through (Chinese output and comments) are
// drawn with cjk, a subset of WenQuanYi Micro Hei that the page loads the
// first time such text appears (cjk.go); until then they are blank.
var mono = mustFont(gomono.TTF)

func mustFont(ttf []byte) *text.GoTextFaceSource {
	s, err := text.NewGoTextFaceSource(bytes.NewReader(ttf))
	if err != nil {
		panic("gomono: " + err.Error())
	}
	return s
}

// faces caches one face per text size (emptied when cjk arrives).
var faces = map[float32]text.Face{}

func face(size float32) text.Face {
	if f, ok := faces[size]; ok {
		return f
	}
	var f text.Face = &text.GoTextFace{Source: mono, Size: float64(size)}
	if cjk != nil {
		// A glyph Go Mono lacks comes from the CJK font.
		if m, err := text.NewMultiFace(f, &text.GoTextFace{Source: cjk, Size: float64(size)}); err == nil {
			f = m
		}
	}
	faces[size] = f
	return f
}

// white is the 1×1 source image that filled paths are drawn with.
var white = func() *ebiten.Image {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image)
}()

func rgba(c view.Color) color.RGBA { return color.RGBA{c.R, c.G, c.B, c.A} }

// premultiplied is what ebiten's vertex colours expect.
func premultiplied(c view.Color) (r, g, b, a float32) {
	a = float32(c.A) / 255
	return float32(c.R) / 255 * a, float32(c.G) / 255 * a, float32(c.B) / 255 * a, a
}

// transform maps the list's CSS pixels to the screen's device pixels, and
// its colours to the dark palette when the page prefers it.
type transform struct {
	s, ox, oy float32
	dark      bool
}

// fitTo is the transform that fits a w×h list into the screen, centred.
func fitTo(screen *ebiten.Image, w, h float32) transform {
	sw, sh := float32(screen.Bounds().Dx()), float32(screen.Bounds().Dy())
	if w <= 0 || h <= 0 {
		return transform{s: 1}
	}
	s := min(sw/w, sh/h)
	return transform{s: s, ox: (sw - w*s) / 2, oy: (sh - h*s) / 2}
}

func (t transform) rect(r view.Rect) view.Rect {
	return view.Rect{X: t.ox + r.X*t.s, Y: t.oy + r.Y*t.s, W: r.W * t.s, H: r.H * t.s}
}

func (t transform) point(p view.Point) view.Point {
	return view.Point{X: t.ox + p.X*t.s, Y: t.oy + p.Y*t.s}
}

// op is o on the device.
func (t transform) op(o view.Op) view.Op {
	o.Rect, o.From, o.To = t.rect(o.Rect), t.point(o.From), t.point(o.To)
	o.Width, o.Radius, o.Dash, o.Size = o.Width*t.s, o.Radius*t.s, o.Dash*t.s, o.Size*t.s
	if t.dark {
		o.Color = view.Dark(o.Color)
	}
	return o
}

// paint draws the whole list on screen.
func paint(screen *ebiten.Image, d *view.DisplayList, dark bool) {
	t := fitTo(screen, d.W, d.H)
	t.dark = dark
	paper := view.Paper
	if dark {
		paper = view.Dark(paper)
	}
	screen.Fill(rgba(paper))
	dst := screen
	for i := range d.Ops {
		op := t.op(d.Ops[i])
		switch op.Kind {
		case view.OpClip:
			r := op.Rect
			dst = screen.SubImage(image.Rect(int(r.X), int(r.Y), int(math.Ceil(float64(r.X+r.W))), int(math.Ceil(float64(r.Y+r.H))))).(*ebiten.Image)
		case view.OpUnclip:
			dst = screen
		default:
			paintOp(dst, &op)
		}
	}
}

func paintOp(dst *ebiten.Image, op *view.Op) {
	r, c := op.Rect, rgba(op.Color)
	switch op.Kind {
	case view.OpFillRect:
		vector.DrawFilledRect(dst, r.X, r.Y, r.W, r.H, c, false)
	case view.OpStrokeRect:
		vector.StrokeRect(dst, r.X, r.Y, r.W, r.H, op.Width, c, false)
	case view.OpFillRoundRect:
		fillPath(dst, roundRect(r, op.Radius), op.Color)
	case view.OpStrokeRoundRect:
		strokePath(dst, roundRect(r, op.Radius), op.Width, op.Color)
	case view.OpDashedRect:
		dashedRect(dst, r, op.Dash, op.Width, c)
	case view.OpLine:
		vector.StrokeLine(dst, op.From.X, op.From.Y, op.To.X, op.To.Y, op.Width, c, antialias)
	case view.OpArrow:
		arrow(dst, op)
	case view.OpCircle:
		vector.DrawFilledCircle(dst, r.X+r.W/2, r.Y+r.H/2, op.Radius, c, antialias)
	case view.OpText:
		drawText(dst, op)
	}
}

func roundRect(r view.Rect, radius float32) *vector.Path {
	radius = min(radius, r.W/2, r.H/2)
	var p vector.Path
	p.MoveTo(r.X+radius, r.Y)
	p.ArcTo(r.X+r.W, r.Y, r.X+r.W, r.Y+r.H, radius)
	p.ArcTo(r.X+r.W, r.Y+r.H, r.X, r.Y+r.H, radius)
	p.ArcTo(r.X, r.Y+r.H, r.X, r.Y, radius)
	p.ArcTo(r.X, r.Y, r.X+r.W, r.Y, radius)
	p.Close()
	return &p
}

func fillPath(dst *ebiten.Image, p *vector.Path, c view.Color) {
	vs, is := p.AppendVerticesAndIndicesForFilling(nil, nil)
	drawShape(dst, vs, is, c, ebiten.FillRuleNonZero)
}

func strokePath(dst *ebiten.Image, p *vector.Path, width float32, c view.Color) {
	vs, is := p.AppendVerticesAndIndicesForStroke(nil, nil, &vector.StrokeOptions{Width: width, LineJoin: vector.LineJoinRound})
	drawShape(dst, vs, is, c, ebiten.FillRuleFillAll)
}

func drawShape(dst *ebiten.Image, vs []ebiten.Vertex, is []uint16, c view.Color, rule ebiten.FillRule) {
	r, g, b, a := premultiplied(c)
	for i := range vs {
		vs[i].SrcX, vs[i].SrcY = 1, 1
		vs[i].ColorR, vs[i].ColorG, vs[i].ColorB, vs[i].ColorA = r, g, b, a
	}
	op := &ebiten.DrawTrianglesOptions{AntiAlias: antialias, FillRule: rule}
	dst.DrawTriangles(vs, is, white, op)
}

// dashedRect strokes r's outline in dashes of length dash.
func dashedRect(dst *ebiten.Image, r view.Rect, dash, width float32, c color.RGBA) {
	if dash <= 0 {
		dash = 4
	}
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	corners := [5][2]float32{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
	for k := 0; k < 4; k++ {
		a, b := corners[k], corners[k+1]
		dx, dy := b[0]-a[0], b[1]-a[1]
		length := float32(math.Hypot(float64(dx), float64(dy)))
		for s := float32(0); s < length; s += 2 * dash {
			e := min(s+dash, length)
			vector.StrokeLine(dst, a[0]+dx*s/length, a[1]+dy*s/length,
				a[0]+dx*e/length, a[1]+dy*e/length, width, c, false)
		}
	}
}

// arrow is a line with a filled head at To.
func arrow(dst *ebiten.Image, op *view.Op) {
	c := rgba(op.Color)
	vector.StrokeLine(dst, op.From.X, op.From.Y, op.To.X, op.To.Y, op.Width, c, antialias)
	dx, dy := float64(op.To.X-op.From.X), float64(op.To.Y-op.From.Y)
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	ux, uy := float32(dx/n), float32(dy/n)
	head := 4 + 2*op.Width
	var p vector.Path
	p.MoveTo(op.To.X, op.To.Y)
	p.LineTo(op.To.X-ux*head*1.6-uy*head, op.To.Y-uy*head*1.6+ux*head)
	p.LineTo(op.To.X-ux*head*1.6+uy*head, op.To.Y-uy*head*1.6-ux*head)
	p.Close()
	fillPath(dst, &p, op.Color)
}

func drawText(dst *ebiten.Image, op *view.Op) {
	r := op.Rect
	o := &text.DrawOptions{}
	o.SecondaryAlign = text.AlignCenter
	x := r.X
	switch op.Align {
	case view.AlignCenter:
		o.PrimaryAlign, x = text.AlignCenter, r.X+r.W/2
	case view.AlignRight:
		o.PrimaryAlign, x = text.AlignEnd, r.X+r.W
	}
	o.GeoM.Translate(float64(x), float64(r.Y+r.H/2))
	o.ColorScale.ScaleWithColor(rgba(op.Color))
	text.Draw(dst, op.Text, face(op.Size), o)
}
