// This file implements Inspect, the one generic walk of the syntax tree that
// every pass shares (go/ast.Inspect; starlark-go's syntax/walk.go). Children
// are visited in source order, which is also the order in which the
// validator reports "the first" unsupported construct.

package pyast

// Position and EndPosition make a *Module a Node, so that a whole file can
// be inspected. CPython's Module has no position; the span used here runs
// from the start of the file to the end of its last statement.
func (m *Module) Position() Pos { return Pos{Line: 1, Col: 1} }

func (m *Module) EndPosition() Pos {
	if len(m.Body) == 0 {
		return m.Position()
	}
	return m.Body[len(m.Body)-1].EndPosition()
}

// Inspect traverses the tree rooted at node in depth-first, source order:
// it calls f(node); if f returns true, Inspect visits each non-nil child of
// node, then calls f(nil), as go/ast.Inspect does (so f can keep a stack).
//
// The children of a node are its statements and expressions, including
// decorators, parameter defaults and annotations, return annotations, class
// bases and keyword values, and the except handlers of a Try (an
// *ExceptHandler is a Node). The parts that are not Nodes themselves —
// Arguments, Keyword, WithItem, Comprehension, Alias — are walked through:
// their expressions are children of the node that holds them. A pass that
// must treat some children differently (a new scope, a loop body) returns
// false for that node and inspects the children it wants itself.
func Inspect(node Node, f func(Node) bool) {
	w := walker{f: f}
	w.node(node)
}

type walker struct{ f func(Node) bool }

func (w walker) node(n Node) {
	if n == nil || !w.f(n) {
		return
	}
	w.children(n)
	w.f(nil)
}

func (w walker) expr(e Expr) {
	if e != nil {
		w.node(e)
	}
}

func (w walker) exprs(es []Expr) {
	for _, e := range es {
		w.expr(e)
	}
}

func (w walker) stmts(ss []Stmt) {
	for _, s := range ss {
		w.node(s)
	}
}

// children visits the children of n in source order.
func (w walker) children(n Node) {
	switch n := n.(type) {
	case *Module:
		w.stmts(n.Body)
	case *ExprStmt:
		w.expr(n.X)
	case *Assign:
		w.exprs(n.Targets)
		w.expr(n.Value)
	case *AugAssign:
		w.expr(n.Target)
		w.expr(n.Value)
	case *AnnAssign:
		w.expr(n.Target)
		w.expr(n.Annotation)
		w.expr(n.Value)
	case *If:
		w.expr(n.Test)
		w.stmts(n.Body)
		w.stmts(n.Else)
	case *While:
		w.expr(n.Test)
		w.stmts(n.Body)
		w.stmts(n.Else)
	case *For:
		w.expr(n.Target)
		w.expr(n.Iter)
		w.stmts(n.Body)
		w.stmts(n.Else)
	case *Return:
		w.expr(n.Value)
	case *FunctionDef:
		w.exprs(n.Decorators)
		w.arguments(n.Args)
		w.expr(n.Returns)
		w.stmts(n.Body)
	case *ClassDef:
		w.exprs(n.Decorators)
		w.exprs(n.Bases)
		w.keywords(n.Keywords)
		w.stmts(n.Body)
	case *Try:
		w.stmts(n.Body)
		for _, h := range n.Handlers {
			w.node(h)
		}
		w.stmts(n.Else)
		w.stmts(n.Finally)
	case *ExceptHandler:
		w.expr(n.Type)
		w.stmts(n.Body)
	case *Raise:
		w.expr(n.Exc)
		w.expr(n.Cause)
	case *Assert:
		w.expr(n.Test)
		w.expr(n.Msg)
	case *Delete:
		w.exprs(n.Targets)
	case *With:
		for _, it := range n.Items {
			w.expr(it.Context)
			w.expr(it.Target)
		}
		w.stmts(n.Body)
	default:
		w.exprChildren(n)
	}
}

func (w walker) exprChildren(n Node) {
	switch n := n.(type) {
	case *JoinedStr:
		w.exprs(n.Values)
	case *FormattedValue:
		w.expr(n.Value)
		w.expr(n.FormatSpec)
	case *Tuple:
		w.exprs(n.Elts)
	case *List:
		w.exprs(n.Elts)
	case *Set:
		w.exprs(n.Elts)
	case *Dict:
		for i := range n.Keys {
			w.expr(n.Keys[i])
			w.expr(n.Values[i])
		}
	case *BinOp:
		w.expr(n.Left)
		w.expr(n.Right)
	case *UnaryOp:
		w.expr(n.Operand)
	case *BoolOp:
		w.exprs(n.Values)
	case *Compare:
		w.expr(n.Left)
		w.exprs(n.Comparators)
	case *Call:
		w.expr(n.Func)
		w.exprs(n.Args)
		w.keywords(n.Keywords)
	case *Attribute:
		w.expr(n.X)
	case *Subscript:
		w.expr(n.X)
		w.expr(n.Index)
	case *Slice:
		w.expr(n.Lo)
		w.expr(n.Hi)
		w.expr(n.Step)
	case *Starred:
		w.expr(n.Value)
	case *IfExp:
		// Source order: `Body if Test else Else`.
		w.expr(n.Body)
		w.expr(n.Test)
		w.expr(n.Else)
	case *Lambda:
		w.arguments(n.Args)
		w.expr(n.Body)
	case *ListComp:
		w.expr(n.Elt)
		w.comprehensions(n.Generators)
	case *SetComp:
		w.expr(n.Elt)
		w.comprehensions(n.Generators)
	case *GeneratorExp:
		w.expr(n.Elt)
		w.comprehensions(n.Generators)
	case *DictComp:
		w.expr(n.Key)
		w.expr(n.Value)
		w.comprehensions(n.Generators)
	case *NamedExpr:
		w.expr(n.Target)
		w.expr(n.Value)
	case *Yield:
		w.expr(n.Value)
	}
}

func (w walker) keywords(kws []Keyword) {
	for _, k := range kws {
		w.expr(k.Value)
	}
}

func (w walker) comprehensions(gens []*Comprehension) {
	for _, g := range gens {
		w.expr(g.Target)
		w.expr(g.Iter)
		w.exprs(g.Ifs)
	}
}

// arguments visits annotations and defaults in source order: each
// positional parameter's annotation then its default, *args, each
// keyword-only parameter's annotation then its default, **kwargs.
func (w walker) arguments(a *Arguments) {
	if a == nil {
		return
	}
	pos := append(append([]*Arg{}, a.PosOnly...), a.Args...)
	first := len(pos) - len(a.Defaults)
	for i, p := range pos {
		w.expr(p.Annotation)
		if i >= first {
			w.expr(a.Defaults[i-first])
		}
	}
	if a.Vararg != nil {
		w.expr(a.Vararg.Annotation)
	}
	for i, p := range a.KwOnly {
		w.expr(p.Annotation)
		if i < len(a.KwDefaults) {
			w.expr(a.KwDefaults[i])
		}
	}
	if a.Kwarg != nil {
		w.expr(a.Kwarg.Annotation)
	}
}
