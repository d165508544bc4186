// This file implements argument lists: the arguments of a call or class
// header (python.gram `arguments`) and the parameters of a def or lambda
// (python.gram `parameters` and `lambda_parameters`), with CPython 3.12's
// messages for misplaced arguments and parameters.

package pyast

import "fmt"

// callArguments parses what follows the '(' of a call or class header up to
// and including the ')'.
func (p *parser) callArguments(open token) ([]Expr, []Keyword) {
	return p.arguments(open, true)
}

// classArguments parses a class header's bases and keywords, where a bare
// generator expression is not allowed.
func (p *parser) classArguments(open token) ([]Expr, []Keyword) {
	return p.arguments(open, false)
}

func (p *parser) arguments(open token, genexpOK bool) ([]Expr, []Keyword) {
	var (
		args             []Expr
		kws              []Keyword
		sawKw, sawDouble bool
	)
	for p.err == nil && !p.at(")") {
		t := p.tok()
		switch {
		case t.is("*"):
			p.advance()
			if sawDouble {
				p.errorAt(t.pos, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, p.starred(t.pos, p.expression()))
		case t.is("**"):
			p.advance()
			value := p.expression()
			kws = append(kws, Keyword{P: t.pos, E: p.end(), Value: value})
			sawDouble = true
		case t.kind == tokName && p.peekN(1).is("="):
			kws = append(kws, p.keywordArgument(t))
			sawKw = true
		default:
			e := p.positionalArgument(open, genexpOK && len(args)+len(kws) == 0)
			switch {
			case p.err != nil:
			case sawDouble:
				p.errorAt(posOf(e), "positional argument follows keyword argument unpacking")
			case sawKw:
				p.errorAt(posOf(e), "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.accept(",") {
			break
		}
	}
	p.expectCloser(")")
	if g, ok := firstOf(args).(*GeneratorExp); ok && g.P == open.pos {
		g.E = p.end() // f(x for x in y): the call's parentheses are the generator's
	}
	return args, kws
}

// keywordArgument parses `name=value`, checking the name is assignable. A
// repeated name is a compile-time error in CPython, reported by Validate.
func (p *parser) keywordArgument(t *token) Keyword {
	switch {
	case t.text == "True" || t.text == "False" || t.text == "None":
		p.syntaxError("cannot assign to " + t.text)
	case t.isKeyword():
		p.invalid()
	}
	p.advance()
	p.advance()
	if p.err == nil && !canStartExpression(p.tok()) {
		p.syntaxError("expected argument value expression")
	}
	value := p.expression()
	return Keyword{P: t.pos, E: p.end(), Name: t.text, Value: value}
}

// positionalArgument parses an argument expression, which may be a generator
// expression only when it is the sole argument: f(x for x in y).
func (p *parser) positionalArgument(open token, first bool) Expr {
	e := p.namedExpression()
	if p.err != nil {
		return nil
	}
	if p.at("for") {
		gens := p.comprehensionClauses()
		g := &GeneratorExp{P: open.pos, E: p.end(), Elt: e, Generators: gens}
		if p.err == nil && (!first || !p.at(")")) {
			p.errorAt(posOf(e), "Generator expression must be parenthesized")
		}
		return g
	}
	if p.at("=") {
		p.errorAt(posOf(e), `expression cannot contain assignment, perhaps you meant "=="?`)
	}
	return e
}

// paramState tracks the order rules of a parameter list.
type paramState struct {
	slash, star, bareStar, defaulted bool
	starPos                          Pos
}

// parameters parses a parameter list up to (not including) closer: ')' for
// def, ':' for lambda, whose parameters take no annotations.
func (p *parser) parameters(closer string, annotations bool) *Arguments {
	a := &Arguments{}
	var st paramState
	for p.err == nil && !p.at(closer) {
		switch t := p.tok(); {
		case t.is("/"):
			p.slashMarker(a, &st)
		case t.is("*"):
			p.starParameter(a, &st, closer, annotations)
		case t.is("**"):
			p.advance()
			a.Kwarg = p.param(annotations, false)
			if p.at("=") {
				p.syntaxError("var-keyword argument cannot have default value")
			}
			if p.accept(",") && !p.at(closer) {
				p.syntaxError("arguments cannot follow var-keyword argument")
			}
			return p.checkBareStar(a, st)
		default:
			p.plainParameter(a, &st, annotations)
		}
		if !p.accept(",") {
			break
		}
	}
	return p.checkBareStar(a, st)
}

func (p *parser) checkBareStar(a *Arguments, st paramState) *Arguments {
	if p.err == nil && st.bareStar && len(a.KwOnly) == 0 {
		p.errorAt(st.starPos, "named arguments must follow bare *")
	}
	return a
}

func (p *parser) slashMarker(a *Arguments, st *paramState) {
	switch {
	case st.slash:
		p.syntaxError("/ may appear only once")
	case st.star:
		p.syntaxError("/ must be ahead of *")
	case len(a.Args) == 0:
		p.syntaxError("at least one argument must precede /")
	}
	p.advance()
	a.PosOnly, a.Args = a.Args, nil
	st.slash = true
}

func (p *parser) starParameter(a *Arguments, st *paramState, closer string, annotations bool) {
	if st.star {
		p.syntaxError("* argument may appear only once")
	}
	st.starPos = p.advance().pos
	st.star = true
	if p.at(",") || p.at(closer) {
		st.bareStar = true
		return
	}
	a.Vararg = p.param(annotations, true)
	if p.at("=") {
		p.syntaxError("var-positional argument cannot have default value")
	}
}

func (p *parser) plainParameter(a *Arguments, st *paramState, annotations bool) {
	arg := p.param(annotations, false)
	var def Expr
	if p.accept("=") {
		if p.err == nil && !canStartExpression(p.tok()) {
			p.syntaxError("expected default value expression")
		}
		def = p.expression()
	}
	if st.star {
		a.KwOnly = append(a.KwOnly, arg)
		a.KwDefaults = append(a.KwDefaults, def)
		return
	}
	a.Args = append(a.Args, arg)
	switch {
	case def != nil:
		a.Defaults = append(a.Defaults, def)
		st.defaulted = true
	case st.defaulted && p.err == nil:
		p.errorAt(arg.P, "parameter without a default follows parameter with a default")
	}
}

// param is one parameter name with its optional annotation (which may be
// starred for *args, as in `*args: *Ts`, PEP 646).
func (p *parser) param(annotations, starred bool) *Arg {
	name, pos := p.expectName()
	arg := &Arg{P: pos, Name: name}
	if annotations && p.accept(":") {
		if starred {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.E = p.end()
	return arg
}

// exprName describes an expression in an error message, as CPython's
// _PyPegen_get_expr_name (Parser/pegen.c, 3.12) does.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield:
		return "yield expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Slice:
		return "slice"
	case *Constant:
		return constantName(e)
	}
	return fmt.Sprintf("%T", e)
}

func constantName(c *Constant) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstBool:
		if c.Bool {
			return "True"
		}
		return "False"
	case ConstEllipsis:
		return "ellipsis"
	}
	return "literal"
}
