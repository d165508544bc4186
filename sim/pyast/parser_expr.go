// This file implements the expression grammar of Grammar/python.gram (CPython
// 3.12), from star_expressions down to atoms, with Python's precedence:
// lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts <
// + - < * / // % @ < unary + - ~ < ** < await/primary.

package pyast

// canStartExpression reports whether t can begin an expression; it decides
// whether a trailing comma ends a list.
func canStartExpression(t *token) bool {
	switch t.kind {
	case tokNumber, tokString, tokFStart:
		return true
	case tokName:
		switch t.text {
		case "not", "lambda", "True", "False", "None", "await":
			return true
		}
		return !t.isKeyword()
	case tokOp:
		switch t.text {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

// commaList parses `elem (',' elem)* [',']` and reports whether a comma was
// seen (which makes the list a tuple). more tells, after a comma, whether
// another element follows or the comma was a trailing one.
func (p *parser) commaList(elem func() Expr, more func(*token) bool) ([]Expr, bool) {
	var elts []Expr
	comma := false
	for p.err == nil {
		elts = append(elts, elem())
		if !p.at(",") {
			break
		}
		p.advance()
		comma = true
		if !more(p.tok()) {
			break
		}
	}
	return elts, comma
}

// tupleOrSingle builds an unparenthesised tuple, spanning from its first
// element to its last element or trailing comma as in CPython, or
// returns the single expression.
func (p *parser) tupleOrSingle(start Pos, elts []Expr, tuple bool) Expr {
	if !tuple {
		return firstOf(elts)
	}
	return &Tuple{P: start, E: p.end(), Elts: elts, Ctx: Load}
}

// starred builds `*value` once value has been parsed.
func (p *parser) starred(star Pos, value Expr) *Starred {
	return &Starred{P: star, E: p.end(), Value: value, Ctx: Load}
}

// starExpressions is `star_expression (',' star_expression)* [',']`.
func (p *parser) starExpressions() Expr {
	start := p.tok().pos
	elts, tuple := p.commaList(p.starExpression, canStartExpression)
	return p.tupleOrSingle(start, elts, tuple)
}

// starExpressionsOrYield is the right-hand side of an assignment.
func (p *parser) starExpressionsOrYield() Expr {
	if p.at("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// starExpression is `'*' bitwise_or | expression`.
func (p *parser) starExpression() Expr {
	if p.at("*") {
		star := p.advance()
		return p.starred(star.pos, p.bitwiseOr())
	}
	return p.expression()
}

// starNamedExpression is an element of a list, tuple or set display.
func (p *parser) starNamedExpression() Expr {
	if p.at("*") {
		star := p.advance()
		return p.starred(star.pos, p.bitwiseOr())
	}
	return p.namedExpression()
}

// namedExpression is `NAME ':=' expression | expression !':='`.
func (p *parser) namedExpression() Expr {
	t := p.tok()
	if t.kind == tokName && !t.isKeyword() && p.peekN(1).is(":=") {
		p.advance()
		p.advance()
		target := &Name{P: t.pos, E: t.endPos, Id: t.text, Ctx: Store}
		value := p.expression()
		return &NamedExpr{P: t.pos, E: p.end(), Target: target, Value: value}
	}
	e := p.expression()
	if p.err == nil && p.at(":=") {
		p.errorAt(posOf(e), "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

// expression is `disjunction ['if' disjunction 'else' expression] | lambdef`.
func (p *parser) expression() Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	start := p.tok().pos
	defer func() { p.lastExpr, p.lastExprEnd = start, p.i }()
	if p.at("lambda") {
		return p.lambda()
	}
	body := p.disjunction()
	if p.err != nil || !p.at("if") {
		return body
	}
	p.advance()
	test := p.disjunction()
	if p.err == nil && !p.at("else") {
		p.errorAt(start, "expected 'else' after 'if' expression")
		return nil
	}
	p.advance()
	orElse := p.expression()
	return &IfExp{P: start, E: p.end(), Test: test, Body: body, Else: orElse}
}

func (p *parser) lambda() Expr {
	t := p.advance()
	args := p.parameters(":", false)
	if !p.accept(":") {
		p.invalid()
	}
	body := p.expression()
	return &Lambda{P: t.pos, E: p.end(), Args: args, Body: body}
}

func (p *parser) yieldExpr() Expr {
	t := p.advance()
	y := &Yield{P: t.pos}
	switch {
	case p.accept("from"):
		y.From = true
		y.Value = p.expression()
	case canStartExpression(p.tok()):
		y.Value = p.starExpressions()
	}
	y.E = p.end()
	return y
}

// boolOp parses `operand (op operand)*` into one flat BoolOp.
func (p *parser) boolOp(op string, operand func() Expr) Expr {
	start := p.tok().pos
	first := operand()
	if p.err != nil || !p.at(op) {
		return first
	}
	b := &BoolOp{P: start, Op: op, Values: []Expr{first}}
	for p.err == nil && p.accept(op) {
		b.Values = append(b.Values, operand())
	}
	b.E = p.end()
	return b
}

func (p *parser) disjunction() Expr { return p.boolOp("or", p.conjunction) }
func (p *parser) conjunction() Expr { return p.boolOp("and", p.inversion) }

func (p *parser) inversion() Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.at("not") {
		t := p.advance()
		operand := p.inversion()
		return &UnaryOp{P: t.pos, E: p.end(), Op: "not", Operand: operand}
	}
	return p.comparison()
}

// compareOp reads a comparison operator, two tokens for `not in` and `is not`.
func (p *parser) compareOp() (string, bool) {
	t := p.tok()
	switch {
	case t.kind == tokOp:
		switch t.text {
		case "<", ">", "==", ">=", "<=", "!=":
			p.advance()
			return t.text, true
		}
	case t.is("in"):
		p.advance()
		return "in", true
	case t.is("not") && p.peekN(1).is("in"):
		p.advance()
		p.advance()
		return "not in", true
	case t.is("is"):
		p.advance()
		if p.accept("not") {
			return "is not", true
		}
		return "is", true
	}
	return "", false
}

func (p *parser) comparison() Expr {
	start := p.tok().pos
	left := p.bitwiseOr()
	var c *Compare
	for p.err == nil {
		op, ok := p.compareOp()
		if !ok {
			break
		}
		if c == nil {
			c = &Compare{P: start, Left: left}
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitwiseOr())
	}
	if c == nil {
		return left
	}
	c.E = p.end()
	return c
}

// binaryLevel gives the precedence of a left-associative binary operator,
// from the loosest (|) to the tightest (* / // % @), as in python.gram's
// bitwise_or ... term rules; ok is false for any other token.
func binaryLevel(t *token) (level int, ok bool) {
	if t.kind != tokOp {
		return 0, false
	}
	switch t.text {
	case "|":
		return 1, true
	case "^":
		return 2, true
	case "&":
		return 3, true
	case "<<", ">>":
		return 4, true
	case "+", "-":
		return 5, true
	case "*", "/", "//", "%", "@":
		return 6, true
	}
	return 0, false
}

func (p *parser) bitwiseOr() Expr { return p.binary(1) }

// binary parses operators of level minLevel and tighter by precedence
// climbing: each loop iteration takes one operator and parses its right
// operand with only tighter operators, which makes them left-associative.
func (p *parser) binary(minLevel int) Expr {
	start := p.tok().pos
	left := p.factor()
	for p.err == nil {
		t := p.tok()
		level, ok := binaryLevel(t)
		if !ok || level < minLevel {
			break
		}
		op := t.text
		p.advance()
		right := p.binary(level + 1)
		left = &BinOp{P: start, E: p.end(), Left: left, Op: op, Right: right}
	}
	return left
}

// factor is `('+' | '-' | '~') factor | power`.
func (p *parser) factor() Expr {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if t := p.tok(); t.kind == tokOp && (t.text == "+" || t.text == "-" || t.text == "~") {
		p.advance()
		operand := p.factor()
		return &UnaryOp{P: t.pos, E: p.end(), Op: t.text, Operand: operand}
	}
	return p.power()
}

// power is `primary ['**' factor]`: right-associative, and binding tighter
// than a unary minus on its left (-2**2 is -(2**2)).
func (p *parser) power() Expr {
	if p.at("await") {
		p.syntaxError(notSupported("await"))
		return nil
	}
	start := p.tok().pos
	base := p.primary()
	if p.err != nil || !p.at("**") {
		return base
	}
	p.advance()
	exponent := p.factor()
	return &BinOp{P: start, E: p.end(), Left: base, Op: "**", Right: exponent}
}

// primary is an atom followed by attribute references, calls and subscripts.
func (p *parser) primary() Expr {
	start := p.tok().pos
	e := p.atom()
	for p.err == nil {
		switch t := p.tok(); {
		case t.is("."):
			p.advance()
			name, _ := p.expectName()
			e = &Attribute{P: start, E: p.end(), X: e, Attr: name, Ctx: Load}
		case t.is("("):
			open := p.advance()
			args, kws := p.callArguments(open)
			e = &Call{P: start, E: p.end(), Func: e, Args: args, Keywords: kws}
		case t.is("["):
			p.advance()
			index := p.slices()
			p.expectCloser("]")
			e = &Subscript{P: start, E: p.end(), X: e, Index: index, Ctx: Load}
		default:
			return e
		}
	}
	return nil
}

// slices is the inside of a subscript: one slice or expression, or a tuple
// of them.
func (p *parser) slices() Expr {
	start := p.tok().pos
	elts, tuple := p.commaList(p.sliceItem, func(t *token) bool { return canStartExpression(t) || t.is(":") })
	if _, starred := firstOf(elts).(*Starred); starred {
		tuple = true // a[*b] indexes with a tuple (PEP 646)
	}
	return p.tupleOrSingle(start, elts, tuple)
}

func (p *parser) sliceItem() Expr {
	if p.at("*") {
		return p.starExpression()
	}
	start := p.tok().pos
	var lo Expr
	if !p.at(":") {
		lo = p.namedExpression()
		if !p.at(":") {
			return lo
		}
	}
	p.advance()
	s := &Slice{P: start, Lo: lo}
	if !p.at(":") && !p.at(",") && !p.at("]") {
		s.Hi = p.expression()
	}
	if p.accept(":") && !p.at(",") && !p.at("]") {
		s.Step = p.expression()
	}
	s.E = p.end()
	return s
}

// atom is a name, a literal, or a bracketed display.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tokName:
		return p.nameAtom(t)
	case tokNumber:
		p.advance()
		c := numberConstant(t.text, t.pos)
		c.E = t.endPos
		return c
	case tokString, tokFStart:
		return p.strings()
	case tokOp:
		switch t.text {
		case "(":
			return p.parenthesized()
		case "[":
			return p.listDisplay()
		case "{":
			return p.braceDisplay()
		case "...":
			p.advance()
			return &Constant{P: t.pos, E: t.endPos, Kind: ConstEllipsis}
		}
	}
	p.invalid()
	return nil
}

func (p *parser) nameAtom(t *token) Expr {
	switch t.text {
	case "True", "False":
		p.advance()
		return &Constant{P: t.pos, E: t.endPos, Kind: ConstBool, Bool: t.text == "True"}
	case "None":
		p.advance()
		return &Constant{P: t.pos, E: t.endPos, Kind: ConstNone}
	}
	if t.isKeyword() {
		p.invalid()
		return nil
	}
	p.advance()
	return &Name{P: t.pos, E: t.endPos, Id: t.text, Ctx: Load}
}

// parenthesized is `()`, `(yield ...)`, `(expr)`, a tuple or a generator
// expression. A tuple or generator spans its parentheses; a parenthesised
// expression keeps its own span, without them, as in CPython.
func (p *parser) parenthesized() Expr {
	open := p.advance()
	if p.accept(")") {
		return &Tuple{P: open.pos, E: p.end(), Ctx: Load}
	}
	if p.at("yield") {
		y := p.yieldExpr()
		p.expectCloser(")")
		return y
	}
	first := p.starNamedExpression()
	if p.err == nil && p.at("for") {
		gens := p.comprehensionClauses()
		p.expectCloser(")")
		return &GeneratorExp{P: open.pos, E: p.end(), Elt: first, Generators: gens}
	}
	if p.err == nil && p.at(",") {
		p.advance()
		elts := []Expr{first}
		if !p.at(")") {
			more, _ := p.commaList(p.starNamedExpression, canStartExpression)
			elts = append(elts, more...)
		}
		p.expectCloser(")")
		return &Tuple{P: open.pos, E: p.end(), Elts: elts, Ctx: Load}
	}
	p.expectCloser(")")
	if _, ok := first.(*Starred); ok && p.err == nil {
		p.errorAt(posOf(first), "cannot use starred expression here")
	}
	return first
}

// listDisplay is `[]`, `[a, *b]` or a list comprehension.
func (p *parser) listDisplay() Expr {
	open := p.advance()
	if p.accept("]") {
		return &List{P: open.pos, E: p.end(), Ctx: Load}
	}
	first := p.starNamedExpression()
	if p.err == nil && p.at("for") {
		gens := p.comprehensionClauses()
		p.expectCloser("]")
		return &ListComp{P: open.pos, E: p.end(), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	if p.accept(",") && !p.at("]") {
		more, _ := p.commaList(p.starNamedExpression, canStartExpression)
		elts = append(elts, more...)
	}
	p.unparenthesizedTarget(first)
	p.expectCloser("]")
	return &List{P: open.pos, E: p.end(), Elts: elts, Ctx: Load}
}

// unparenthesizedTarget reports `[x, y for ...]`, a display whose elements
// run into a comprehension (python.gram invalid_comprehension).
func (p *parser) unparenthesizedTarget(first Expr) {
	if p.err == nil && p.at("for") {
		p.errorAt(posOf(first), "did you forget parentheses around the comprehension target?")
	}
}

// braceDisplay is a dict, a set, or a dict or set comprehension.
func (p *parser) braceDisplay() Expr {
	open := p.advance()
	if p.accept("}") {
		return &Dict{P: open.pos, E: p.end()}
	}
	if p.at("**") {
		return p.dictRest(open, nil)
	}
	first := p.starNamedExpression()
	if p.err != nil {
		return nil
	}
	if p.at(":") {
		return p.dictRest(open, first)
	}
	if p.at("for") {
		gens := p.comprehensionClauses()
		p.expectCloser("}")
		return &SetComp{P: open.pos, E: p.end(), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	if p.accept(",") && !p.at("}") {
		more, _ := p.commaList(p.starNamedExpression, canStartExpression)
		elts = append(elts, more...)
	}
	p.unparenthesizedTarget(first)
	p.expectCloser("}")
	return &Set{P: open.pos, E: p.end(), Elts: elts}
}

// dictRest parses a dict display or comprehension whose first key (nil for
// a leading `**m`) has been read.
func (p *parser) dictRest(open token, firstKey Expr) Expr {
	d := &Dict{P: open.pos}
	key := firstKey
	for p.err == nil {
		if key == nil && p.at("**") {
			p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
		} else {
			if key == nil {
				key = p.expression()
			}
			if p.err == nil && !p.at(":") {
				p.errorAt(p.tok().pos, "':' expected after dictionary key")
				return nil
			}
			value := p.dictValue()
			if p.err == nil && p.at("for") && len(d.Keys) == 0 {
				gens := p.comprehensionClauses()
				p.expectCloser("}")
				return &DictComp{P: open.pos, E: p.end(), Key: key, Value: value, Generators: gens}
			}
			d.Keys = append(d.Keys, key)
			d.Values = append(d.Values, value)
		}
		key = nil
		if !p.accept(",") || p.at("}") {
			break
		}
	}
	p.expectCloser("}")
	d.E = p.end()
	return d
}

// dictValue parses ': value' after a dict key, with CPython 3.12's messages
// for a missing or starred value.
func (p *parser) dictValue() Expr {
	colon := p.advance()
	switch t := p.tok(); {
	case t.is("*"):
		p.syntaxError("cannot use a starred expression in a dictionary value")
		return nil
	case !canStartExpression(t):
		p.errorAt(colon.pos, "expression expected after dictionary key and ':'")
		return nil
	}
	return p.expression()
}

// comprehensionClauses is `('for' star_targets 'in' disjunction ('if'
// disjunction)*)+`.
func (p *parser) comprehensionClauses() []*Comprehension {
	var gens []*Comprehension
	for p.err == nil && p.at("for") {
		p.advance()
		c := &Comprehension{Target: p.forTarget()}
		p.expect("in")
		c.Iter = p.disjunction()
		for p.err == nil && p.accept("if") {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	if p.err == nil && p.at("async") {
		p.syntaxError(notSupported("async def, async for and async with"))
	}
	return gens
}
