// A display list as SVG: the same frame the player paints, for pictures
// made without a browser (the gallery's key frames, built with the site).

package view

import (
	"fmt"
	"html"
	"strings"
)

// SVG writes d as a standalone SVG document of d.W×d.H pixels, in the
// light palette and a monospace font.
func SVG(d *DisplayList) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="ui-monospace, Menlo, Consolas, monospace" xml:space="preserve" style="white-space: pre">`+"\n",
		num(d.W), num(d.H), num(d.W), num(d.H))
	clips, open := 0, false
	for _, o := range d.Ops {
		r := o.Rect
		box := fmt.Sprintf(`x="%s" y="%s" width="%s" height="%s"`, num(r.X), num(r.Y), num(max(r.W, 0)), num(max(r.H, 0)))
		switch o.Kind {
		case OpFillRect:
			fmt.Fprintf(&b, `<rect %s fill="%s"/>`+"\n", box, svgColor(o.Color))
		case OpStrokeRect:
			fmt.Fprintf(&b, `<rect %s fill="none" stroke="%s" stroke-width="%s"/>`+"\n", box, svgColor(o.Color), num(o.Width))
		case OpFillRoundRect:
			fmt.Fprintf(&b, `<rect %s rx="%s" fill="%s"/>`+"\n", box, num(o.Radius), svgColor(o.Color))
		case OpStrokeRoundRect:
			fmt.Fprintf(&b, `<rect %s rx="%s" fill="none" stroke="%s" stroke-width="%s"/>`+"\n", box, num(o.Radius), svgColor(o.Color), num(o.Width))
		case OpDashedRect:
			fmt.Fprintf(&b, `<rect %s fill="none" stroke="%s" stroke-width="%s" stroke-dasharray="%s"/>`+"\n", box, svgColor(o.Color), num(o.Width), num(max(o.Dash, 1)))
		case OpLine, OpArrow:
			fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"/>`+"\n",
				num(o.From.X), num(o.From.Y), num(o.To.X), num(o.To.Y), svgColor(o.Color), num(o.Width))
		case OpCircle:
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="%s" fill="%s"/>`+"\n", num(r.X+r.W/2), num(r.Y+r.H/2), num(o.Radius), svgColor(o.Color))
		case OpText:
			if o.Text == "" {
				continue
			}
			x, anchor := r.X, "start"
			switch o.Align {
			case AlignCenter:
				x, anchor = r.X+r.W/2, "middle"
			case AlignRight:
				x, anchor = r.X+r.W, "end"
			}
			fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%s" fill="%s" text-anchor="%s" dominant-baseline="central">%s</text>`+"\n",
				num(x), num(r.Y+r.H/2), num(o.Size), svgColor(o.Color), anchor, svgText(o.Text))
		case OpClip:
			if open {
				b.WriteString("</g>\n")
			}
			clips++
			fmt.Fprintf(&b, `<clipPath id="c%d"><rect %s/></clipPath><g clip-path="url(#c%d)">`+"\n", clips, box, clips)
			open = true
		case OpUnclip:
			if open {
				b.WriteString("</g>\n")
				open = false
			}
		}
	}
	if open {
		b.WriteString("</g>\n")
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

// svgText escapes s and makes its spaces no-break spaces: browsers
// collapse runs of ordinary spaces in SVG text whatever xml:space says
// (Chrome does), and the ps table's columns are aligned by runs of them.
func svgText(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), " ", "&#160;")
}

func svgColor(c Color) string {
	if c.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	return fmt.Sprintf("rgba(%d,%d,%d,%.3f)", c.R, c.G, c.B, float64(c.A)/255)
}
