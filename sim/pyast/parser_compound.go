// This file implements the compound statements of Grammar/python.gram
// (CPython 3.12): if, while, for, try, with, and function and class
// definitions with their decorators. Each ends where its last block ends
// (p.end() once the block is parsed), and a decorated definition starts at
// its `def` or `class`, as in CPython 3.8 and later.

package pyast

func (p *parser) ifStmt() Stmt {
	t := p.advance()
	s := &If{P: t.pos, Test: p.condition()}
	what := "'if' statement"
	if t.text == "elif" {
		what = "'elif' statement"
	}
	s.Body = p.colonBlock(what, t.pos.Line)
	switch {
	case p.err != nil:
		return nil
	case p.at("elif"):
		if elif := p.ifStmt(); elif != nil {
			s.Else = []Stmt{elif}
		}
	case p.at("else"):
		s.Else = p.elseBlock()
	}
	s.E = p.end()
	return s
}

// condition is the test of an if, elif or while, where a single '=' is
// almost certainly a mistyped '==' (python.gram invalid_named_expression).
func (p *parser) condition() Expr {
	start := p.tok().pos
	e := p.namedExpression()
	if p.err != nil || !p.at("=") {
		return e
	}
	if _, ok := e.(*Name); ok {
		p.errorAt(start, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	} else {
		p.errorAt(start, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
	}
	return nil
}

// elseBlock parses `else: block` (of if, while, for and try).
func (p *parser) elseBlock() []Stmt {
	t := p.advance()
	return p.colonBlock("'else' statement", t.pos.Line)
}

func (p *parser) whileStmt() Stmt {
	t := p.advance()
	s := &While{P: t.pos, Test: p.condition()}
	s.Body = p.colonBlock("'while' statement", t.pos.Line)
	if p.err == nil && p.at("else") {
		s.Else = p.elseBlock()
	}
	s.E = p.end()
	return s
}

func (p *parser) forStmt() Stmt {
	t := p.advance()
	s := &For{P: t.pos, Target: p.forTarget()}
	p.expect("in")
	s.Iter = p.starExpressions()
	s.Body = p.colonBlock("'for' statement", t.pos.Line)
	if p.err == nil && p.at("else") {
		s.Else = p.elseBlock()
	}
	s.E = p.end()
	return s
}

// forTarget is star_targets before 'in', in a for statement or a
// comprehension: primaries and starred primaries, not general expressions,
// so that `x in y` is not read as a comparison.
func (p *parser) forTarget() Expr {
	start := p.tok().pos
	elts, tuple := p.commaList(p.targetElement, canStartExpression)
	target := p.tupleOrSingle(start, elts, tuple)
	p.setContext(target, Store, false)
	return target
}

func (p *parser) targetElement() Expr {
	if p.at("*") {
		star := p.advance()
		return p.starred(star.pos, p.primary())
	}
	return p.primary()
}

func firstOf(elts []Expr) Expr {
	if len(elts) == 0 {
		return nil
	}
	return elts[0]
}

func (p *parser) tryStmt() Stmt {
	t := p.advance()
	s := &Try{P: t.pos, Body: p.colonBlock("'try' statement", t.pos.Line)}
	for p.err == nil && p.at("except") {
		s.Handlers = append(s.Handlers, p.exceptHandler())
	}
	if p.err == nil && p.at("else") {
		if len(s.Handlers) == 0 {
			p.syntaxError("expected 'except' or 'finally' block")
			return nil
		}
		s.Else = p.elseBlock()
	}
	if p.err == nil && p.at("finally") {
		f := p.advance()
		s.Finally = p.colonBlock("'finally' statement", f.pos.Line)
	}
	if p.err == nil && len(s.Handlers) == 0 && s.Finally == nil {
		p.syntaxError("expected 'except' or 'finally' block")
	}
	if p.err != nil {
		return nil
	}
	s.E = p.end()
	return s
}

func (p *parser) exceptHandler() *ExceptHandler {
	t := p.advance()
	h := &ExceptHandler{P: t.pos}
	if p.at("*") {
		p.syntaxError(notSupported("except* (exception groups)"))
		return h
	}
	if canStartExpression(p.tok()) {
		h.Type = p.expression()
		if p.at(",") {
			p.errorAt(posOf(h.Type), "multiple exception types must be parenthesized")
		}
		if p.accept("as") {
			h.Name, _ = p.expectName()
		}
	}
	h.Body = p.colonBlock("'except' statement", t.pos.Line)
	h.E = p.end()
	return h
}

func (p *parser) withStmt() Stmt {
	t := p.advance()
	s := &With{P: t.pos}
	if p.at("(") {
		m := p.mark()
		if items, ok := p.parenthesizedWithItems(); ok {
			s.Items = items
		} else {
			p.reset(m)
		}
	}
	if s.Items == nil {
		for p.err == nil {
			s.Items = append(s.Items, p.withItem())
			if !p.accept(",") {
				break
			}
		}
	}
	s.Body = p.colonBlock("'with' statement", t.pos.Line)
	s.E = p.end()
	return s
}

// parenthesizedWithItems is python.gram's `'(' ','.with_item+ ','? ')' ':'`,
// tried before reading the parenthesis as part of an expression.
func (p *parser) parenthesizedWithItems() ([]WithItem, bool) {
	p.advance()
	var items []WithItem
	for p.err == nil && !p.at(")") {
		items = append(items, p.withItem())
		if !p.accept(",") {
			break
		}
	}
	ok := p.err == nil && p.accept(")") && p.at(":") && len(items) > 0
	return items, ok
}

func (p *parser) withItem() WithItem {
	item := WithItem{Context: p.expression()}
	if p.accept("as") {
		item.Target = p.targetElement()
		p.setContext(item.Target, Store, false)
	}
	return item
}

// ---- definitions ----

func (p *parser) decorated() Stmt {
	var decorators []Expr
	for p.err == nil && p.at("@") {
		p.advance()
		decorators = append(decorators, p.namedExpression())
		if p.err == nil && p.tok().kind != tokNewline {
			p.invalid()
		}
		p.advance()
	}
	switch t := p.tok(); {
	case p.err != nil:
		return nil
	case t.is("def"):
		return p.funcDef(decorators)
	case t.is("class"):
		return p.classDef(decorators)
	case t.is("async"):
		p.syntaxError(notSupported("async def, async for and async with"))
	default:
		p.invalid()
	}
	return nil
}

func (p *parser) funcDef(decorators []Expr) Stmt {
	t := p.advance()
	name, _ := p.expectName()
	p.rejectTypeParams()
	p.expect("(")
	s := &FunctionDef{P: t.pos, Name: name, Decorators: decorators, Args: p.parameters(")", true)}
	p.expectCloser(")")
	if p.accept("->") {
		s.Returns = p.expression()
	}
	s.Body = p.colonBlock("function definition", t.pos.Line)
	s.E = p.end()
	return s
}

func (p *parser) classDef(decorators []Expr) Stmt {
	t := p.advance()
	name, _ := p.expectName()
	p.rejectTypeParams()
	s := &ClassDef{P: t.pos, Name: name, Decorators: decorators}
	if p.at("(") {
		open := p.advance()
		s.Bases, s.Keywords = p.classArguments(open)
	}
	s.Body = p.colonBlock("class definition", t.pos.Line)
	s.E = p.end()
	return s
}

// rejectTypeParams rejects PEP 695 type parameters (`def f[T]`, `class C[T]`).
func (p *parser) rejectTypeParams() {
	if p.err == nil && p.at("[") {
		p.syntaxError(notSupported("type parameters (PEP 695)"))
	}
}
