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
//
// Speed: every op draws from one source image, the paint atlas
// (textcache.go): shapes are triangles from its white pixel with the
// fill-all rule (all our filled shapes are convex; the non-zero rule would
// need a stencil pass per shape), and text lines are quads from the lines
// it holds, so that ebiten batches a frame into a few draw calls. Vertex
// and index slices are reused from frame to frame.

package main

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/opentype"

	"zombielab/web/view"
)

const antialias = false

// mono is the canvas font: Go Mono, small and with every ASCII glyph. The
// wide characters web/view lets through (Chinese output and comments) are
// drawn with cjk, a subset of WenQuanYi Micro Hei that the page loads the
// first time such text appears (cjk.go); until then they are blank.
var mono = mustFont(gomono.TTF)

func mustFont(ttf []byte) *opentype.Font {
	f, err := opentype.Parse(ttf)
	if err != nil {
		panic("gomono: " + err.Error())
	}
	return f
}

// xface is src at size px, hinted as the canvas wants; nil if src cannot
// make one.
func xface(src *opentype.Font, size float32) text.Face {
	f, err := opentype.NewFace(src, &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	return text.NewGoXFace(f)
}

// faces caches one face per text size (emptied when cjk arrives).
var faces = map[float32]text.Face{}

func face(size float32) text.Face {
	if f, ok := faces[size]; ok {
		return f
	}
	f := xface(mono, size)
	if cjk != nil {
		// A glyph Go Mono lacks comes from the CJK font.
		if c := xface(cjk, size); c != nil {
			if m, err := text.NewMultiFace(f, c); err == nil {
				f = m
			}
		}
	}
	faces[size] = f
	return f
}

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
	atlas.ensure()
	t := fitTo(screen, d.W, d.H)
	t.dark = dark
	paper := view.Paper
	if dark {
		paper = view.Dark(paper)
	}
	screen.Fill(rgba(paper))
	b := &frameBatch
	b.dst = screen
	for i := range d.Ops {
		op := t.op(d.Ops[i])
		switch op.Kind {
		case view.OpClip:
			b.flush()
			r := op.Rect
			b.dst = screen.SubImage(image.Rect(int(r.X), int(r.Y), int(math.Ceil(float64(r.X+r.W))), int(math.Ceil(float64(r.Y+r.H))))).(*ebiten.Image)
		case view.OpUnclip:
			b.flush()
			b.dst = screen
		default:
			b.op(&op)
		}
	}
	b.flush()
}

// batch gathers the triangles of consecutive ops, all from the paint
// atlas, and draws them with one call when the destination changes (a
// clip), the atlas is about to be cleared, or the frame ends.
type batch struct {
	dst *ebiten.Image
	vs  []ebiten.Vertex
	is  []uint16
}

// frameBatch's buffers are reused from frame to frame.
var frameBatch batch

// batchOptions are the same for every call. Every filled shape is convex,
// so the fill-all rule is right (non-zero would need a stencil pass);
// vertex colours are premultiplied.
var batchOptions = &ebiten.DrawTrianglesOptions{AntiAlias: antialias, FillRule: ebiten.FillRuleFillAll,
	ColorScaleMode: ebiten.ColorScaleModePremultipliedAlpha}

func (b *batch) flush() {
	if len(b.is) > 0 {
		b.dst.DrawTriangles(b.vs, b.is, atlas.img, batchOptions)
	}
	b.vs, b.is = b.vs[:0], b.is[:0]
}

// room flushes when n more vertices would not fit 16-bit indices.
func (b *batch) room(n int) {
	if len(b.vs)+n > math.MaxUint16 {
		b.flush()
	}
}

func (b *batch) op(op *view.Op) {
	r, c := op.Rect, op.Color
	switch op.Kind {
	case view.OpFillRect:
		b.fill(rectPath(r), c)
	case view.OpStrokeRect:
		b.stroke(rectPath(r), op.Width, c)
	case view.OpFillRoundRect:
		b.fill(roundRect(r, op.Radius), c)
	case view.OpStrokeRoundRect:
		b.stroke(roundRect(r, op.Radius), op.Width, c)
	case view.OpDashedRect:
		b.dashedRect(r, op.Dash, op.Width, c)
	case view.OpLine:
		b.line(op.From.X, op.From.Y, op.To.X, op.To.Y, op.Width, c)
	case view.OpArrow:
		b.arrow(op)
	case view.OpCircle:
		var p vector.Path
		p.Arc(r.X+r.W/2, r.Y+r.H/2, op.Radius, 0, 2*math.Pi, vector.Clockwise)
		p.Close()
		b.fill(&p, c)
	case view.OpText:
		b.text(op)
	}
}

func rectPath(r view.Rect) *vector.Path {
	var p vector.Path
	p.MoveTo(r.X, r.Y)
	p.LineTo(r.X+r.W, r.Y)
	p.LineTo(r.X+r.W, r.Y+r.H)
	p.LineTo(r.X, r.Y+r.H)
	p.Close()
	return &p
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

// fill adds a convex path (a fan of triangles that do not overlap).
func (b *batch) fill(p *vector.Path, c view.Color) {
	b.room(shapeVertices)
	n := len(b.vs)
	b.vs, b.is = p.AppendVerticesAndIndicesForFilling(b.vs, b.is)
	b.shaded(n, c)
}

func (b *batch) stroke(p *vector.Path, width float32, c view.Color) {
	b.room(shapeVertices)
	n := len(b.vs)
	b.vs, b.is = p.AppendVerticesAndIndicesForStroke(b.vs, b.is, &vector.StrokeOptions{Width: width, LineJoin: vector.LineJoinRound})
	b.shaded(n, c)
}

func (b *batch) line(x0, y0, x1, y1, width float32, c view.Color) {
	var p vector.Path
	p.MoveTo(x0, y0)
	p.LineTo(x1, y1)
	b.room(shapeVertices)
	n := len(b.vs)
	b.vs, b.is = p.AppendVerticesAndIndicesForStroke(b.vs, b.is, &vector.StrokeOptions{Width: width})
	b.shaded(n, c)
}

// shapeVertices is more than any one of our shapes makes (a rounded
// rectangle's stroke is the largest); vector's paths number their
// vertices from the batch's length, which must stay within 16 bits.
const shapeVertices = 2048

// shaded colours the vertices from n on with c, sampling the atlas's white
// pixel.
func (b *batch) shaded(n int, c view.Color) {
	r, g, bl, a := premultiplied(c)
	wx, wy := float32(whiteAt)+0.5, float32(whiteAt)+0.5
	for i := n; i < len(b.vs); i++ {
		v := &b.vs[i]
		v.SrcX, v.SrcY = wx, wy
		v.ColorR, v.ColorG, v.ColorB, v.ColorA = r, g, bl, a
	}
}

// dashedRect strokes r's outline in dashes of length dash.
func (b *batch) dashedRect(r view.Rect, dash, width float32, c view.Color) {
	if dash <= 0 {
		dash = 4
	}
	x0, y0, x1, y1 := r.X, r.Y, r.X+r.W, r.Y+r.H
	corners := [5][2]float32{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}
	for k := 0; k < 4; k++ {
		a, e := corners[k], corners[k+1]
		dx, dy := e[0]-a[0], e[1]-a[1]
		length := float32(math.Hypot(float64(dx), float64(dy)))
		for s := float32(0); s < length; s += 2 * dash {
			t := min(s+dash, length)
			b.line(a[0]+dx*s/length, a[1]+dy*s/length, a[0]+dx*t/length, a[1]+dy*t/length, width, c)
		}
	}
}

// arrow is a line with a filled head at To.
func (b *batch) arrow(op *view.Op) {
	b.line(op.From.X, op.From.Y, op.To.X, op.To.Y, op.Width, op.Color)
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
	b.fill(&p, op.Color)
}

// text adds the op's line as one quad from the atlas, aligned as text/v2
// aligns it (horizontally by the op, vertically centred on the op's box),
// at whole device pixels so that a line looks the same wherever it is.
func (b *batch) text(op *view.Op) {
	t := atlas.line(op.Text, op.Size, b.flush)
	if t.w == 0 {
		if t.advance > 0 {
			b.flush()
			drawTextDirect(b.dst, op) // wider than the atlas
		}
		return
	}
	r := op.Rect
	x := float64(r.X)
	switch op.Align {
	case view.AlignCenter:
		x = float64(r.X+r.W/2) - t.advance/2
	case view.AlignRight:
		x = float64(r.X+r.W) - t.advance
	}
	y := float64(r.Y+r.H/2) - t.height/2
	dx, dy := float32(math.Round(x)-textPad), float32(math.Round(y)-textPad)
	w, h := float32(t.w), float32(t.h)
	sx, sy := float32(t.x), float32(t.y)
	cr, cg, cb, ca := premultiplied(op.Color)
	b.room(4)
	n := uint16(len(b.vs))
	for _, q := range [4][4]float32{{0, 0}, {w, 0}, {0, h}, {w, h}} {
		b.vs = append(b.vs, ebiten.Vertex{DstX: dx + q[0], DstY: dy + q[1], SrcX: sx + q[0], SrcY: sy + q[1],
			ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca})
	}
	b.is = append(b.is, n, n+1, n+2, n+1, n+3, n+2)
}

// drawTextDirect draws a line glyph by glyph.
func drawTextDirect(dst *ebiten.Image, op *view.Op) {
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
