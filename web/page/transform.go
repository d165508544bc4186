// The AST transformer: every ```zombielab fenced block becomes a Figure,
// once its attributes are parsed and checked against the gallery and the
// scenario's trace. Problems are collected in the parser context with the
// Markdown file's line and column, so one build reports them all.

package page

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"zombielab/sim"
	"zombielab/sim/lang"
)

// errorsKey holds the *[]error of one parse.
var errorsKey = parser.NewContextKey()

// figureTransformer turns fenced blocks into figures.
type figureTransformer struct {
	file  string
	lang  lang.Lang // the page's
	steps *StepCounter
}

// Transform implements parser.ASTTransformer.
func (t *figureTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	var fences []*ast.FencedCodeBlock
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if f, ok := n.(*ast.FencedCodeBlock); ok && entering && string(f.Language(src)) == FenceLanguage {
			fences = append(fences, f)
		}
		return ast.WalkContinue, nil
	})
	errs, _ := pc.Get(errorsKey).(*[]error)
	for i, f := range fences {
		fig, ferrs := t.figure(f, src, i+1)
		if errs != nil {
			*errs = append(*errs, ferrs...)
		}
		f.Parent().ReplaceChild(f.Parent(), f, fig)
	}
}

// figure checks one fence and builds its node; on errors the node is still
// built (the page renders) and the errors say what to fix.
func (t *figureTransformer) figure(f *ast.FencedCodeBlock, src []byte, index int) (*Figure, []error) {
	info := f.Info.Segment
	infoText := string(info.Value(src))
	attrStart := strings.Index(infoText, FenceLanguage) + len(FenceLanguage)
	base := info.Start + attrStart
	spec, at, perrs := parseSpec(infoText[attrStart:], t.lang)
	var errs []error
	report := func(off int, format string, args ...any) {
		line, col := position(src, base+off)
		errs = append(errs, &Error{File: t.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
	}
	for _, e := range perrs {
		report(e.off, "%s", e.msg)
	}
	if len(perrs) == 0 {
		t.check(&spec, at, report)
	}
	if spec.Caption == "" {
		spec.Caption = bodyText(f, src)
	}
	fig := &Figure{Spec: spec, Index: index}
	return fig, errs
}

// check validates what needs the gallery and the simulator.
func (t *figureTransformer) check(spec *FigureSpec, at map[string]int, report func(int, string, ...any)) {
	if spec.Python != "" {
		if _, err := sim.ParseVersion(spec.Python); err != nil {
			report(at["python"], "python=%q: want a modelled CPython version such as 3.13", spec.Python)
			return
		}
	}
	n, err := t.steps.Steps(spec.Scenario, spec.Python, spec.Method)
	if err != nil {
		report(at["scenario"], "%v", err)
		return
	}
	if spec.Step >= n {
		report(at["step"], "step=%d is past the end of %s's trace: it has steps 0 to %d", spec.Step, spec.Scenario, n-1)
	}
	t.checkQuestion(spec, at, n, report)
}

// checkQuestion validates a predict-then-reveal figure.
func (t *figureTransformer) checkQuestion(spec *FigureSpec, at map[string]int, n int, report func(int, string, ...any)) {
	_, hasAnswers := at["answers"]
	_, hasAnswer := at["answer"]
	_, hasReveal := at["reveal"]
	if !spec.HasQuestion() {
		if hasAnswers || hasAnswer || hasReveal {
			report(0, "answers=, answer= and reveal= belong to a question: add question=\"…\"")
		}
		return
	}
	switch {
	case len(spec.Answers) < 2:
		report(at["question"], "a question needs answers=\"a|b|…\" with at least two choices")
	case !hasAnswer:
		report(at["question"], "a question needs answer=, one of %s", strings.Join(spec.Answers, ", "))
	case !contains(spec.Answers, spec.Answer):
		report(at["answer"], "answer=%q is not one of the answers (%s)", spec.Answer, strings.Join(spec.Answers, ", "))
	}
	switch {
	case !hasReveal:
		report(at["question"], "a question needs reveal=STEP, the step that shows the answer")
	case spec.Reveal <= spec.Step:
		report(at["reveal"], "reveal=%d must come after step=%d", spec.Reveal, spec.Step)
	case spec.Reveal >= n:
		report(at["reveal"], "reveal=%d is past the end of %s's trace: it has steps 0 to %d", spec.Reveal, spec.Scenario, n-1)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// bodyText is the fence's body as one line of plain text: the caption.
// Lines are joined with a space, except between two wide (CJK) characters,
// where Chinese puts none.
func bodyText(f *ast.FencedCodeBlock, src []byte) string {
	var out string
	for i := 0; i < f.Lines().Len(); i++ {
		seg := f.Lines().At(i)
		line := strings.Join(strings.Fields(string(seg.Value(src))), " ")
		if line == "" {
			continue
		}
		if out != "" {
			last, _ := utf8.DecodeLastRuneInString(out)
			first, _ := utf8.DecodeRuneInString(line)
			if last < 0x2E80 || first < 0x2E80 {
				out += " "
			}
		}
		out += line
	}
	return out
}
