// The display list: the drawing operations a frame is made of, in logical
// pixels, with one stable text line per operation (the golden format).

package view

import (
	"fmt"
	"strconv"
	"strings"
)

// Color is an sRGB colour with alpha.
type Color struct{ R, G, B, A uint8 }

// String is "#rrggbb", or "#rrggbbaa" when not opaque.
func (c Color) String() string {
	if c.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

// Point is a position in logical pixels.
type Point struct{ X, Y float32 }

// Rect is an axis-aligned rectangle in logical pixels.
type Rect struct{ X, Y, W, H float32 }

// Contains reports whether (x, y) is inside r (left and top edges
// included).
func (r Rect) Contains(x, y float32) bool {
	return x >= r.X && y >= r.Y && x < r.X+r.W && y < r.Y+r.H
}

// Inset shrinks r by d on every side.
func (r Rect) Inset(d float32) Rect { return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d} }

func (r Rect) String() string {
	return num(r.X) + "," + num(r.Y) + " " + num(r.W) + "x" + num(r.H)
}

// OpKind says what an Op draws.
type OpKind uint8

// The operations. Rect-based ops use Op.Rect; Line and Arrow use From and
// To; Circle uses Rect's centre and Radius; Text draws Text in Rect with
// Size and Align (vertically centred); Clip limits the following ops to
// Rect until the matching Unclip.
const (
	OpFillRect OpKind = iota
	OpStrokeRect
	OpFillRoundRect
	OpStrokeRoundRect
	OpDashedRect
	OpLine
	OpArrow
	OpCircle
	OpText
	OpClip
	OpUnclip
	numOpKinds
)

var opNames = [numOpKinds]string{
	"fill", "stroke", "fill-round", "stroke-round", "dashed", "line", "arrow",
	"circle", "text", "clip", "unclip",
}

func (k OpKind) String() string {
	if k < numOpKinds {
		return opNames[k]
	}
	return "OpKind(" + strconv.Itoa(int(k)) + ")"
}

// Align is a text's horizontal alignment in its Rect.
type Align uint8

// The alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

func (a Align) String() string {
	switch a {
	case AlignLeft:
		return "left"
	case AlignCenter:
		return "center"
	case AlignRight:
		return "right"
	}
	return "Align(" + strconv.Itoa(int(a)) + ")"
}

// Op is one drawing operation. Which fields matter depends on Kind.
type Op struct {
	Kind     OpKind
	Rect     Rect
	From, To Point
	Radius   float32 // corner radius, circle radius
	Width    float32 // stroke width
	Dash     float32 // dash length for OpDashedRect
	Color    Color
	Text     string
	Size     float32 // text size in logical pixels
	Align    Align
	// ID names what the op belongs to ("proc:1003", "edge:1001>1003"), so
	// Interpolate can move it between frames; "" for static chrome.
	ID string
}

// String is the op's one stable line.
func (o Op) String() string {
	var b strings.Builder
	b.WriteString(o.Kind.String())
	switch o.Kind {
	case OpLine, OpArrow:
		fmt.Fprintf(&b, " %s,%s>%s,%s w=%s", num(o.From.X), num(o.From.Y), num(o.To.X), num(o.To.Y), num(o.Width))
	case OpCircle:
		fmt.Fprintf(&b, " %s r=%s", o.Rect, num(o.Radius))
	case OpUnclip:
	default:
		fmt.Fprintf(&b, " %s", o.Rect)
		if o.Radius != 0 {
			fmt.Fprintf(&b, " r=%s", num(o.Radius))
		}
		if o.Width != 0 {
			fmt.Fprintf(&b, " w=%s", num(o.Width))
		}
		if o.Dash != 0 {
			fmt.Fprintf(&b, " dash=%s", num(o.Dash))
		}
	}
	if o.Kind != OpClip && o.Kind != OpUnclip {
		b.WriteString(" " + o.Color.String())
	}
	if o.Kind == OpText {
		fmt.Fprintf(&b, " %s %s %q", num(o.Size), o.Align, o.Text)
	}
	if o.ID != "" {
		b.WriteString(" id=" + o.ID)
	}
	return b.String()
}

// num prints a coordinate with at most one decimal.
func num(f float32) string {
	return strconv.FormatFloat(float64(int64(f*10+sign(f)*0.5))/10, 'f', -1, 64)
}

func sign(f float32) float32 {
	if f < 0 {
		return -1
	}
	return 1
}

// DisplayList is one frame: a canvas size, ops in painting order, and the
// hit rectangles for input (later hits win over earlier ones).
type DisplayList struct {
	W, H float32
	Ops  []Op
	Hits []Hit
}

// String dumps the list, one op and then one hit per line.
func (d *DisplayList) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "canvas %sx%s\n", num(d.W), num(d.H))
	for _, o := range d.Ops {
		b.WriteString(o.String())
		b.WriteByte('\n')
	}
	for _, h := range d.Hits {
		b.WriteString(h.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// Dump is String (the golden tests' form).
func (d *DisplayList) Dump() string { return d.String() }

// The drawing helpers used by every panel.

func (d *DisplayList) add(o Op) { d.Ops = append(d.Ops, o) }

func (d *DisplayList) fill(r Rect, c Color, id string) {
	d.add(Op{Kind: OpFillRect, Rect: r, Color: c, ID: id})
}

func (d *DisplayList) stroke(r Rect, c Color, w float32, id string) {
	d.add(Op{Kind: OpStrokeRect, Rect: r, Color: c, Width: w, ID: id})
}

// CharAdvance is the width of one character in ems that the layout assumes
// (a monospace face such as Go Mono: 0.6 em); a wide character (Chinese,
// drawn with the CJK font the player loads when it appears) takes two
// columns, 1.2 em, a little more than its 1 em. Text longer than its Rect
// is cut to fit with "..".
const CharAdvance = 0.6

func (d *DisplayList) text(r Rect, s string, size float32, c Color, a Align, id string) {
	d.add(Op{Kind: OpText, Rect: r, Text: fit(canvasText(s), r.W, size), Size: size, Color: c, Align: a, ID: id})
}

// textWidth is how wide s is at size.
func textWidth(s string, size float32) float32 { return float32(columns(s)) * size * CharAdvance }

// IsWide reports whether r is drawn two columns wide: the CJK ranges the
// player's CJK font covers (ideographs, kana, hangul, CJK punctuation and
// the fullwidth forms).
func IsWide(r rune) bool {
	return r >= 0x2e80 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7a3 || r >= 0xf900 && r <= 0xfaff ||
		r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 || r >= 0xffe0 && r <= 0xffe6
}

// columns is how many columns s takes.
func columns(s string) int {
	n := 0
	for _, r := range s {
		n++
		if IsWide(r) {
			n++
		}
	}
	return n
}

// prefix is the longest prefix of s that takes at most n columns.
func prefix(s string, n int) string {
	c := 0
	for i, r := range s {
		w := 1
		if IsWide(r) {
			w = 2
		}
		if c+w > n {
			return s[:i]
		}
		c += w
	}
	return s
}

// fit cuts s to the characters that fit in width w at size.
func fit(s string, w, size float32) string {
	n := int(w / (size * CharAdvance))
	if columns(s) <= n {
		return s
	}
	if n <= 2 {
		return ""
	}
	return prefix(s, n-2) + ".."
}

// wrap splits s into at most max lines that fit in width w at size, cutting
// the last one.
func wrap(s string, w, size float32, max int) []string {
	n := int(w / (size * CharAdvance))
	var lines []string
	for columns(s) > n && len(lines) < max-1 {
		head := prefix(s, n+1)
		cut := strings.LastIndexByte(head, ' ')
		if cut <= 0 {
			cut = len(prefix(s, n))
		}
		if cut == 0 {
			break
		}
		lines = append(lines, s[:cut])
		s = strings.TrimLeft(s[cut:], " ")
	}
	return append(lines, s)
}

func (d *DisplayList) line(from, to Point, c Color, w float32, id string) {
	d.add(Op{Kind: OpLine, From: from, To: to, Color: c, Width: w, ID: id})
}

func (d *DisplayList) clip(r Rect) { d.add(Op{Kind: OpClip, Rect: r}) }
func (d *DisplayList) unclip()     { d.add(Op{Kind: OpUnclip}) }
func (d *DisplayList) hit(h Hit)   { d.Hits = append(d.Hits, h) }

// canvasText keeps canvas text in the fonts' range: arrows and dashes get
// ASCII spellings, wide (CJK) characters stay (the player draws them with
// its CJK font), and every other run of non-ASCII text becomes "...".
func canvasText(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return collapse(asciiPunct.Replace(s))
		}
	}
	return s
}

var asciiPunct = strings.NewReplacer("→", "->", "←", "<-", "…", "...", "—", "-", "–", "-")

func collapse(s string) string {
	var b strings.Builder
	run := false
	for _, r := range s {
		if r < 0x80 || IsWide(r) {
			b.WriteRune(r)
			run = false
			continue
		}
		if !run {
			b.WriteString("...")
		}
		run = true
	}
	return b.String()
}
