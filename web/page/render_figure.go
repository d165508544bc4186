// The Figure renderer: a <figure class="zl-figure"> whose data- attributes
// tell the page's script which scenario and step to show in the sticky
// player, with a plain link into the player for readers without script,
// the caption, and for a question a small form. Everything is escaped.

package page

import (
	"fmt"
	"html"
	"strconv"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"zombielab/sim/lang"
)

// figureRenderer draws Figure nodes for a page in one language.
type figureRenderer struct {
	lang lang.Lang
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r *figureRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindFigure, r.render)
}

func (r *figureRenderer) render(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	fig := node.(*Figure)
	s := fig.Spec
	t := textFor(r.lang)
	fmt.Fprintf(w, "<figure class=\"zl-figure\" id=\"%s\"", fig.ID())
	attr := func(name, value string) {
		if value != "" {
			fmt.Fprintf(w, " data-%s=\"%s\"", name, html.EscapeString(value))
		}
	}
	attr("scenario", s.Scenario)
	attr("step", strconv.Itoa(s.Step))
	attr("python", s.Python)
	attr("method", s.Method)
	attr("lang", s.Lang.String())
	if s.HasQuestion() {
		attr("reveal", strconv.Itoa(s.Reveal))
		attr("answer", s.Answer)
	}
	w.WriteString(">\n")
	fmt.Fprintf(w, "<a class=\"zl-open\" href=\"%s\">%s</a>\n",
		html.EscapeString(playerURL(r.lang, s.Params())),
		html.EscapeString(fmt.Sprintf(t.OpenPlayer, s.Scenario, s.Step)))
	if s.HasQuestion() {
		r.question(w, fig, t)
	}
	fmt.Fprintf(w, "<figcaption><span class=\"zl-fignum\">%s %d</span> %s</figcaption>\n",
		html.EscapeString(t.Figure), fig.Index, html.EscapeString(s.Caption))
	w.WriteString("</figure>\n")
	return ast.WalkSkipChildren, nil
}

// question draws the predict-then-reveal form. Its button is not a submit
// button: nothing is sent anywhere (the CSP says form-action 'none').
func (r *figureRenderer) question(w util.BufWriter, fig *Figure, t uiText) {
	s := fig.Spec
	name := fig.ID() + "-answer"
	w.WriteString("<form class=\"zl-question\">\n<fieldset>\n")
	fmt.Fprintf(w, "<legend>%s</legend>\n", html.EscapeString(s.Question))
	for i, a := range s.Answers {
		id := fmt.Sprintf("%s-%d", name, i)
		fmt.Fprintf(w, "<label for=\"%s\"><input type=\"radio\" id=\"%s\" name=\"%s\" value=\"%s\"> %s</label>\n",
			id, id, name, html.EscapeString(a), html.EscapeString(a))
	}
	fmt.Fprintf(w, "<button type=\"button\" class=\"zl-reveal\" data-right=\"%s\" data-wrong=\"%s\" data-choose=\"%s\">%s</button>\n",
		html.EscapeString(t.Right), html.EscapeString(fmt.Sprintf(t.Wrong, s.Answer)),
		html.EscapeString(t.Choose), html.EscapeString(t.Reveal))
	w.WriteString("<p class=\"zl-verdict\" aria-live=\"polite\"></p>\n</fieldset>\n</form>\n")
}
