// The Figure node: a ```zombielab fenced block after the transformer has
// checked it, as goldmark's AST carries it to the renderer.

package page

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
)

// KindFigure is the node kind of a Figure.
var KindFigure = ast.NewNodeKind("ZombielabFigure")

// Figure is one live figure of a page.
type Figure struct {
	ast.BaseBlock
	Spec  FigureSpec
	Index int // 1-based, in document order
}

// Kind implements ast.Node.
func (n *Figure) Kind() ast.NodeKind { return KindFigure }

// IsRaw implements ast.Node: the figure has no inline children.
func (n *Figure) IsRaw() bool { return true }

// Dump implements ast.Node.
func (n *Figure) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{
		"Scenario": n.Spec.Scenario,
		"Step":     strconv.Itoa(n.Spec.Step),
		"Index":    strconv.Itoa(n.Index),
	}, nil)
}

// ID is the figure's element id.
func (n *Figure) ID() string { return "fig-" + strconv.Itoa(n.Index) }
