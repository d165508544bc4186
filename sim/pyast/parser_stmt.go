// This file implements the statement grammar of Grammar/python.gram (CPython
// 3.12) down to simple statements: logical lines, blocks with CPython's
// IndentationError wording, dispatch to compound statements (in
// parser_compound.go), and the simple statements themselves.

package pyast

import (
	"fmt"
	"strings"
)

// fileInput is `statements ENDMARKER`.
func (p *parser) fileInput() []Stmt {
	var body []Stmt
	for p.err == nil && p.tok().kind != tokEOF {
		body = append(body, p.statement()...)
		p.compact()
	}
	return body
}

// statement parses one compound statement or one line of simple statements.
func (p *parser) statement() []Stmt {
	t := p.tok()
	switch {
	case t.kind == tokIndent:
		p.syntaxError("unexpected indent")
		return nil
	case t.kind == tokDedent:
		p.syntaxError("unexpected unindent") // Parser/pegen_errors.c, for a DEDENT out of place
		return nil
	case t.is("@"):
		return oneStmt(p.decorated())
	case t.kind == tokName:
		if s, ok := p.compound(t); ok {
			return oneStmt(s)
		}
	}
	return p.simpleStatements()
}

func oneStmt(s Stmt) []Stmt {
	if s == nil {
		return nil
	}
	return []Stmt{s}
}

// compound dispatches on the keyword that starts a compound statement.
func (p *parser) compound(t *token) (Stmt, bool) {
	switch t.text {
	case "if":
		return p.ifStmt(), true
	case "while":
		return p.whileStmt(), true
	case "for":
		return p.forStmt(), true
	case "try":
		return p.tryStmt(), true
	case "with":
		return p.withStmt(), true
	case "def":
		return p.funcDef(nil), true
	case "class":
		return p.classDef(nil), true
	case "async":
		p.syntaxError(notSupported("async def, async for and async with"))
		return nil, true
	case "match":
		if p.isMatchStatement() {
			p.syntaxError(notSupported("the match statement"))
			return nil, true
		}
	}
	return nil, false
}

// isMatchStatement tells the soft keyword `match` from a name: a match
// statement is `match <subject>:` with a block, so its logical line ends
// with ':' and the subject cannot start with an operator that would make
// `match` an operand.
func (p *parser) isMatchStatement() bool {
	next := p.peekN(1)
	switch next.kind {
	case tokName, tokNumber, tokString, tokFStart:
	case tokOp:
		if !strings.Contains("([{-*~", next.text) || len(next.text) != 1 {
			return false
		}
	default:
		return false
	}
	for n := 2; ; n++ {
		switch t := p.peekN(n); t.kind {
		case tokNewline, tokEOF, tokError:
			return p.peekN(n - 1).is(":")
		}
	}
}

// block is the body after ':': an indented block or simple statements on the
// same line. what and line describe the owner for IndentationError.
func (p *parser) block(what string, line int) []Stmt {
	if !p.enter() {
		return nil
	}
	defer p.leave()
	if p.tok().kind != tokNewline {
		return p.simpleStatements()
	}
	p.advance()
	if t := p.tok(); t.kind != tokIndent {
		pos := t.pos
		if t.off == len(p.src) {
			pos = endOfText(p.src) // CPython's ENDMARKER sits at the end of the last line
		}
		p.errorAt(pos, fmt.Sprintf("expected an indented block after %s on line %d", what, line))
		return nil
	}
	p.advance()
	var body []Stmt
	for p.err == nil && p.tok().kind != tokDedent && p.tok().kind != tokEOF {
		body = append(body, p.statement()...)
		p.compact()
	}
	if p.tok().kind == tokDedent {
		p.advance()
	}
	return body
}

// colonBlock is `':' block`. A missing ':' is "expected ':'" where
// python.gram forces the colon (&&':' after def, try, else and finally)
// or where the header ends the line (the invalid_*_stmt rules); elsewhere
// it is CPython's generic "invalid syntax".
func (p *parser) colonBlock(what string, line int) []Stmt {
	switch {
	case p.err != nil:
		return nil
	case p.at(":"):
		p.advance()
	case forcedColon[what] || p.tok().kind == tokNewline:
		p.syntaxError("expected ':'")
		return nil
	default:
		p.invalid()
		return nil
	}
	return p.block(what, line)
}

var forcedColon = map[string]bool{
	"function definition": true, "'try' statement": true,
	"'else' statement": true, "'finally' statement": true,
}

// simpleStatements is `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
func (p *parser) simpleStatements() []Stmt {
	var out []Stmt
	for p.err == nil {
		if s := p.simpleStatement(); s != nil {
			out = append(out, s)
		}
		if !p.accept(";") || p.tok().kind == tokNewline {
			break
		}
	}
	if p.err == nil && p.tok().kind != tokNewline {
		p.invalid()
	}
	p.advance()
	if p.err != nil {
		return nil
	}
	return out
}

func (p *parser) simpleStatement() Stmt {
	t := p.tok()
	if t.kind == tokName {
		switch t.text {
		case "pass":
			p.advance()
			return &Pass{P: t.pos, E: t.endPos}
		case "break":
			p.advance()
			return &Break{P: t.pos, E: t.endPos}
		case "continue":
			p.advance()
			return &Continue{P: t.pos, E: t.endPos}
		case "return":
			return p.returnStmt()
		case "raise":
			return p.raiseStmt()
		case "global", "nonlocal":
			return p.scopeStmt()
		case "del":
			return p.delStmt()
		case "assert":
			return p.assertStmt()
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImportStmt()
		case "print", "exec":
			if p.isPython2Statement() {
				return nil
			}
		case "type":
			if n1, n2 := p.peekN(1), p.peekN(2); n1.kind == tokName && !n1.isKeyword() && (n2.is("=") || n2.is("[")) {
				p.syntaxError(notSupported("the type statement"))
				return nil
			}
		}
	}
	return p.exprStatement()
}

// isPython2Statement reports (as CPython 3.12 does, in invalid_expression)
// `print "x"` and `print >>f, x`, the Python 2 print statement.
func (p *parser) isPython2Statement() bool {
	t, next := p.tok(), p.peekN(1)
	switch {
	case t.text == "print" && next.is(">>"):
		p.syntaxError("Missing parentheses in call to 'print'. Did you mean print(<message>, file=<output_stream>)?")
	case next.kind == tokString || next.kind == tokNumber || next.kind == tokFStart ||
		(next.kind == tokName && !next.isKeyword()):
		p.syntaxError(fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", t.text, t.text))
	default:
		return false
	}
	return true
}

func (p *parser) returnStmt() Stmt {
	t := p.advance()
	s := &Return{P: t.pos}
	if !p.atEndOfStatement() {
		s.Value = p.starExpressions()
	}
	s.E = p.end()
	return s
}

// atEndOfStatement reports whether the simple statement ends here.
func (p *parser) atEndOfStatement() bool {
	t := p.tok()
	return t.kind == tokNewline || t.kind == tokEOF || t.is(";")
}

func (p *parser) raiseStmt() Stmt {
	t := p.advance()
	s := &Raise{P: t.pos}
	if !p.atEndOfStatement() {
		s.Exc = p.expression()
		if p.accept("from") {
			s.Cause = p.expression()
		}
	}
	s.E = p.end()
	return s
}

func (p *parser) scopeStmt() Stmt {
	t := p.advance()
	var names []string
	for p.err == nil {
		name, _ := p.expectName()
		names = append(names, name)
		if !p.accept(",") {
			break
		}
	}
	if t.text == "global" {
		return &Global{P: t.pos, E: p.end(), Names: names}
	}
	return &Nonlocal{P: t.pos, E: p.end(), Names: names}
}

func (p *parser) delStmt() Stmt {
	t := p.advance()
	elts, _ := p.commaList(p.starExpression, canStartExpression)
	for _, e := range elts {
		p.setContext(e, Del, false)
	}
	return &Delete{P: t.pos, E: p.end(), Targets: elts}
}

func (p *parser) assertStmt() Stmt {
	t := p.advance()
	s := &Assert{P: t.pos, Test: p.expression()}
	if p.accept(",") {
		s.Msg = p.expression()
	}
	s.E = p.end()
	return s
}

// ---- imports ----

func (p *parser) importStmt() Stmt {
	t := p.advance()
	s := &Import{P: t.pos}
	for p.err == nil {
		name, pos := p.dottedName()
		s.Names = append(s.Names, p.alias(name, pos))
		if !p.accept(",") {
			break
		}
	}
	s.E = p.end()
	if p.err == nil && p.at("from") {
		p.errorAt(t.pos, "Did you mean to use 'from ... import ...' instead?")
	}
	return s
}

// alias finishes an imported name read at pos with its optional `as name`.
func (p *parser) alias(name string, pos Pos) Alias {
	a := Alias{P: pos, Name: name}
	if p.accept("as") {
		a.AsName, _ = p.expectName()
	}
	a.E = p.end()
	return a
}

func (p *parser) dottedName() (string, Pos) {
	name, pos := p.expectName()
	for p.err == nil && p.at(".") {
		p.advance()
		part, _ := p.expectName()
		name += "." + part
	}
	return name, pos
}

func (p *parser) fromImportStmt() Stmt {
	t := p.advance()
	s := &ImportFrom{P: t.pos}
	for p.at(".") || p.at("...") {
		s.Level += len(p.advance().text)
	}
	if s.Level == 0 || !p.at("import") {
		s.Module, _ = p.dottedName()
	}
	p.expect("import")
	switch {
	case p.at("*"):
		star := p.advance()
		s.Names = []Alias{{P: star.pos, E: star.endPos, Name: "*"}}
	case p.accept("("):
		s.Names = p.importNames(true)
		p.expectCloser(")")
	default:
		s.Names = p.importNames(false)
	}
	s.E = p.end()
	return s
}

func (p *parser) importNames(parenthesized bool) []Alias {
	var names []Alias
	for p.err == nil {
		name, pos := p.expectName()
		names = append(names, p.alias(name, pos))
		if !p.accept(",") {
			break
		}
		if parenthesized && p.at(")") {
			break
		}
		if !parenthesized && p.atEndOfStatement() {
			p.syntaxError("trailing comma not allowed without surrounding parentheses")
		}
	}
	return names
}

// ---- expression statements and assignments ----

var augOps = map[string]string{
	"+=": "+", "-=": "-", "*=": "*", "/=": "/", "//=": "//", "%=": "%", "**=": "**",
	"<<=": "<<", ">>=": ">>", "&=": "&", "|=": "|", "^=": "^", "@=": "@",
}

func (p *parser) exprStatement() Stmt {
	start := p.tok().pos
	first := p.starExpressionsOrYield()
	if p.err != nil {
		return nil
	}
	t := p.tok()
	switch {
	case t.is(":"):
		return p.annAssign(start, first)
	case t.kind == tokOp && augOps[t.text] != "":
		p.advance()
		p.checkAugTarget(first)
		value := p.starExpressionsOrYield()
		return &AugAssign{P: start, E: p.end(), Target: first, Op: augOps[t.text], Value: value}
	case t.is("="):
		return p.assign(start, first)
	}
	return &ExprStmt{P: start, E: p.end(), X: first}
}

// assign parses the rest of `t1 = t2 = ... = value`.
func (p *parser) assign(start Pos, first Expr) Stmt {
	exprs := []Expr{first}
	for p.err == nil && p.accept("=") {
		exprs = append(exprs, p.starExpressionsOrYield())
	}
	targets := exprs[:len(exprs)-1]
	for _, target := range targets {
		p.assignTarget(start, target, len(targets) == 1)
	}
	return &Assign{P: start, E: p.end(), Targets: targets, Value: exprs[len(exprs)-1]}
}

// annAssign parses `target: annotation [= value]` (python.gram assignment,
// first two alternatives).
func (p *parser) annAssign(start Pos, target Expr) Stmt {
	colon := p.advance()
	if !canStartExpression(p.tok()) && !isSingleTarget(target) {
		// CPython's first pass never reads past the ':' of an unassignable
		// target, so that is where its generic error points.
		p.errorAt(colon.pos, "invalid syntax")
		return nil
	}
	annotation := p.expression()
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	case *Tuple:
		p.errorAt(posOf(target), "only single target (not tuple) can be annotated")
	case *List:
		p.errorAt(posOf(target), "only single target (not list) can be annotated")
	default:
		p.errorAt(posOf(target), "illegal target for annotation")
	}
	p.setContext(target, Store, false)
	s := &AnnAssign{P: start, Target: target, Annotation: annotation}
	if p.accept("=") {
		s.Value = p.starExpressionsOrYield()
	}
	s.E = p.end()
	return s
}

// isSingleTarget reports a name, attribute or subscript: the targets of an
// annotated or augmented assignment.
func isSingleTarget(e Expr) bool {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		return true
	}
	return false
}

func (p *parser) checkAugTarget(e Expr) {
	switch {
	case isSingleTarget(e):
		p.setContext(e, Store, false)
	default:
		p.errorAt(posOf(e), fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(e)))
	}
}
