// Render: one Markdown file to a Page — its HTML body, the table of
// contents (the level-2 sections, whose ids are shared by both languages so
// that switching language keeps the reader's place) and its figures, in
// order, each with the section it belongs to (for the scroll-driven player).

package page

import (
	"bytes"
	"errors"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"zombielab/sim/lang"
)

// Page is one rendered Markdown file.
type Page struct {
	Lang     lang.Lang
	Title    string        // the first level-1 heading, as plain text
	HTML     template.HTML // the body without that heading; raw HTML in the source is omitted
	Sections []Section     // the level-2 headings, in order
	Figures  []FigureRef   // the live figures, in order
}

// Section is one entry of the table of contents.
type Section struct {
	ID, Title string
	Figures   []int // indices into Page.Figures
}

// FigureRef is one figure of a page and where it is.
type FigureRef struct {
	ID      string // the <figure>'s id
	Section string // the id of the section it is in ("" before the first)
	Spec    FigureSpec
}

// Render renders Markdown written in l on its own, checking its figures
// against freshly run traces. Errors name the file as "<markdown>";
// RenderFile names it and shares a StepCounter.
func Render(l lang.Lang, md []byte) (Page, error) {
	return RenderFile("<markdown>", l, md, NewStepCounter())
}

// RenderFile renders the Markdown file called file. The Page is returned
// even when some figures are wrong; the error then lists every problem,
// one per line, as file:line:col: message.
func RenderFile(file string, l lang.Lang, md []byte, steps *StepCounter) (Page, error) {
	exts := []goldmark.Extender{extension.Table, extension.Strikethrough,
		&FigureExtension{File: file, Lang: l, Steps: steps}}
	if l == lang.ZH {
		// A line break between two Chinese characters is no space: drop
		// it as CSS Text 3's segment break rules would (browsers other
		// than Firefox render it as a space).
		exts = append(exts, extension.NewCJK(
			extension.WithEastAsianLineBreaks(extension.EastAsianLineBreaksCSS3Draft),
			extension.WithEscapedSpace()))
	}
	m := goldmark.New(
		goldmark.WithExtensions(exts...),
		goldmark.WithParserOptions(parser.WithAttribute(), parser.WithAutoHeadingID()),
	)
	var errs []error
	pc := parser.NewContext()
	pc.Set(errorsKey, &errs)
	doc := m.Parser().Parse(text.NewReader(md), parser.WithContext(pc))
	p := outline(doc, md)
	p.Lang = l
	removeTitle(doc)
	var buf bytes.Buffer
	if err := m.Renderer().Render(&buf, md, doc); err != nil {
		errs = append(errs, err)
	}
	// goldmark's output, raw HTML omitted. Code listings can be wider than
	// the column and scroll sideways: tabindex makes them reachable from the
	// keyboard (axe: scrollable-region-focusable).
	p.HTML = template.HTML(strings.ReplaceAll(buf.String(), "<pre>", `<pre tabindex="0">`))
	return p, errors.Join(errs...)
}

// removeTitle takes the first level-1 heading out of the body: the layout
// prints the title itself, above the table of contents.
func removeTitle(doc ast.Node) {
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			doc.RemoveChild(doc, h)
			return
		}
	}
}

// outline collects the title, the sections and the figures.
func outline(doc ast.Node, src []byte) Page {
	var p Page
	section := ""
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if n.Level == 1 && p.Title == "" {
				p.Title = plainText(n, src)
			}
			if n.Level == 2 {
				id, _ := n.AttributeString("id")
				idText, _ := id.([]byte)
				section = string(idText)
				p.Sections = append(p.Sections, Section{ID: section, Title: plainText(n, src)})
			}
			return ast.WalkSkipChildren, nil
		case *Figure:
			p.Figures = append(p.Figures, FigureRef{ID: n.ID(), Section: section, Spec: n.Spec})
			if len(p.Sections) > 0 {
				last := &p.Sections[len(p.Sections)-1]
				last.Figures = append(last.Figures, len(p.Figures)-1)
			}
		}
		return ast.WalkContinue, nil
	})
	return p
}

// plainText is a node's text without markup.
func plainText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
