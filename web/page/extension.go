// The Extender that installs the figure transformer and renderer into a
// goldmark instance, the way goldmark's own extensions do.

package page

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"zombielab/sim/lang"
)

// FigureExtension turns ```zombielab fenced blocks into live figures.
type FigureExtension struct {
	File  string       // the Markdown file, for errors
	Lang  lang.Lang    // the page's language: the figures' default
	Steps *StepCounter // checks steps against the traces (shared to cache runs)
}

// Extend implements goldmark.Extender.
func (e *FigureExtension) Extend(m goldmark.Markdown) {
	steps := e.Steps
	if steps == nil {
		steps = NewStepCounter()
	}
	m.Parser().AddOptions(parser.WithASTTransformers(
		util.Prioritized(&figureTransformer{file: e.File, lang: e.Lang, steps: steps}, 100)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(
		util.Prioritized(&figureRenderer{lang: e.Lang}, 100)))
}
