// This file implements assignment and deletion targets: it marks the
// context (Store or Del) through names, attributes, subscripts, tuples,
// lists and starred targets, and rejects anything else with CPython 3.12's
// messages (Parser/action_helpers.c _PyPegen_get_invalid_target and the
// invalid_assignment rules of python.gram).

package pyast

// setContext marks e as a target of ctx. hint adds CPython's "Maybe you meant
// '==' instead of '='?" for the single target of a plain `x = y`.
func (p *parser) setContext(e Expr, ctx Context, hint bool) {
	if p.err != nil || e == nil {
		return
	}
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Tuple:
		e.Ctx = ctx
		p.setContextAll(e.Elts, ctx)
	case *List:
		e.Ctx = ctx
		p.setContextAll(e.Elts, ctx)
	case *Starred:
		if ctx == Del {
			p.errorAt(e.P, "cannot delete starred")
			return
		}
		e.Ctx = ctx
		p.setContext(e.Value, ctx, false)
	case *Yield:
		p.errorAt(e.P, "assignment to yield expression not possible")
	default:
		p.invalidTarget(e, ctx, hint)
	}
}

// assignTarget marks a target of `=`. CPython's hint applies to a single
// target and, through its invalid_named_expression rule, to the elements of
// an unparenthesised tuple target (`a, f() = 1, 2`).
func (p *parser) assignTarget(start Pos, target Expr, single bool) {
	if t, ok := target.(*Tuple); ok && single && t.P == start && posOf(firstOf(t.Elts)) == start {
		t.Ctx = Store
		for _, e := range t.Elts {
			p.setContext(e, Store, true)
		}
		return
	}
	p.setContext(target, Store, single)
}

func (p *parser) setContextAll(elts []Expr, ctx Context) {
	for _, elt := range elts {
		p.setContext(elt, ctx, false)
	}
}

func (p *parser) invalidTarget(e Expr, ctx Context, hint bool) {
	name := exprName(e)
	switch {
	case ctx == Del:
		p.errorAt(posOf(e), "cannot delete "+name)
	case hint && hintable(e):
		p.errorAt(posOf(e), "cannot assign to "+name+" here. Maybe you meant '==' instead of '='?")
	default:
		p.errorAt(posOf(e), "cannot assign to "+name)
	}
}

// hintable reports whether CPython's invalid_named_expression rule, which
// adds the '==' hint, applies: the target is a bitwise_or-level expression
// and not True, False or None.
func hintable(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *GeneratorExp:
		return false
	case *UnaryOp:
		return e.Op != "not"
	case *Constant:
		return e.Kind != ConstNone && e.Kind != ConstBool
	}
	return true
}
