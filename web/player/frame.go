//go:build js && wasm

// The frame: web/view's display list for the current step and UI state, or,
// when the scenario could not load, a list that says what went wrong and
// where (the HTML editor shows the line), never a blank canvas.

package main

import (
	"fmt"
	"strings"

	"zombielab/web/contract"
	"zombielab/web/view"
)

// layout is the view's layout for the frame's size.
func (g *game) layout() view.Layout { return view.NewLayout(g.cssW, g.cssH, g.params.Compact) }

func (g *game) build() *view.DisplayList {
	if g.pl == nil {
		return errorFrame(g.loadErr, g.layout())
	}
	return view.Build(view.Input{
		Snap:    g.snap,
		Lanes:   g.pl.Timeline(g.snap.Step),
		Sources: g.pl,
		File:    g.pl.File(),
		UI: view.UI{
			Into: g.params.Into, Compact: g.params.Compact, Lang: g.params.Lang, Focus: g.focus,
			W: g.cssW, H: g.cssH,
		},
	})
}

// errorFrame shows the load error's message, wrapped to the canvas.
func errorFrame(le *contract.LoadError, l view.Layout) *view.DisplayList {
	d := &view.DisplayList{W: l.W, H: l.H}
	size := l.Font + 2
	lines := []string{"This scenario cannot run."}
	if le != nil {
		if le.Line > 0 {
			lines = append(lines, fmt.Sprintf("Line %d, column %d (marked in the editor):", le.Line, le.Col))
		}
		// Go Mono's advance is 0.6 em.
		lines = append(lines, wrap(asciiOnly(le.Message), int((l.W-48)/(0.6*size)))...)
	}
	d.Ops = append(d.Ops, view.Op{Kind: view.OpFillRect, Rect: view.Rect{W: l.W, H: l.H}, Color: view.Paper})
	for k, s := range lines {
		c := view.ColorText
		if k == 0 {
			c = view.ColorBadge
		}
		d.Ops = append(d.Ops, view.Op{Kind: view.OpText, Rect: view.Rect{X: 24, Y: 24 + float32(k)*size*1.5, W: l.W - 48, H: size * 1.5}, Text: s, Size: size, Color: c})
	}
	return d
}

// wrap breaks s into lines of at most width characters, at spaces when it
// can.
func wrap(s string, width int) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		for len(para) > width {
			cut := strings.LastIndexByte(para[:width], ' ')
			if cut <= 0 {
				cut = width
			}
			lines = append(lines, para[:cut])
			para = strings.TrimLeft(para[cut:], " ")
		}
		lines = append(lines, para)
	}
	return lines
}

// asciiOnly keeps the message in the canvas font's range.
func asciiOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 {
			return r
		}
		return '?'
	}, s)
}
