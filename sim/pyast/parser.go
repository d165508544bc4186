// This file implements the parser's machinery and its entry points: the token
// window with lookahead and backtracking, first-error reporting, the nesting
// limit, and Parse / ParseFile. Statements and expressions are in their own
// files.

package pyast

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// maxNesting bounds the parser's recursion. Each bracket, unary operator,
// conditional or block costs one to three levels, so ordinary code (and the
// 200 nested brackets the tokenizer allows) stays far below it.
const maxNesting = 1000

// parser is a recursive-descent parser over a lazily filled token window.
// Every parse function returns nil (never a typed nil) once an error has been
// recorded, and every loop stops on p.err, so an error unwinds the recursion
// without panics.
type parser struct {
	file  string
	src   []byte
	lex   *lexer
	toks  []token // the current statement's tokens and the lookahead (see compact)
	i     int     // index of the current token in toks
	err   *Error
	depth int

	// prevEnd is the end of the last token consumed other than NEWLINE,
	// INDENT and DEDENT: the end of the node just parsed. CPython ends
	// every node there (Parser/pegen.c, _PyPegen_get_last_nonnwhitespace_token),
	// so a block's trailing ';' belongs to the compound statement around it.
	prevEnd Pos

	// lastExpr is where the expression parsed last starts, and lastExprEnd
	// the index of the token after it, for the missing-comma hint.
	lastExpr    Pos
	lastExprEnd int
}

// Parse parses a Python source file into a Module without validating it
// against what the simulator supports. It returns the first syntax error as
// an *Error.
func Parse(filename string, src []byte) (m *Module, err error) {
	if e := checkEncoding(filename, src); e != nil {
		return nil, e
	}
	p := &parser{file: filename, src: src, lex: newLexer(src, Pos{1, 1})}
	p.toks = make([]token, 0, 256)
	defer p.recoverBug(&err)
	body := p.fileInput()
	if p.err != nil {
		return nil, p.err
	}
	return &Module{File: filename, Body: body}, nil
}

// ParseFile parses a file and validates it: the result is something the
// simulator can compile, or the first error found.
func ParseFile(filename string, src []byte) (*Module, error) {
	m, err := Parse(filename, src)
	if err != nil {
		return nil, err
	}
	if err := Validate(m); err != nil {
		return nil, err
	}
	return m, nil
}

// recoverBug is the last line of defence: a panic is a bug in this package,
// reported as an error at the token being parsed instead of crashing the
// simulator. The fuzz test treats such an error as a failure.
func (p *parser) recoverBug(err *error) {
	if r := recover(); r != nil {
		*err = &Error{File: p.file, Pos: p.tok().pos, Msg: fmt.Sprintf("internal error in the parser: %v", r)}
	}
}

// checkEncoding rejects what CPython rejects before tokenizing: bytes that
// are not UTF-8 and NUL bytes.
func checkEncoding(filename string, src []byte) error {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &Error{File: filename, Pos: offsetPos(src, i), Msg: "source code cannot contain null bytes"}
	}
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return &Error{File: filename, Pos: offsetPos(src, i),
				Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x: invalid utf-8", src[i])}
		}
		i += size
	}
	return nil
}

// offsetPos converts a byte offset into a line and rune column, counting
// \n, \r\n and a lone \r as line ends, as the tokenizer does.
func offsetPos(src []byte, off int) Pos {
	pos := Pos{1, 1}
	for i := 0; i < off; {
		switch c := src[i]; {
		case c == '\r' && i+1 < off && src[i+1] == '\n':
			i++
		case c == '\r' || c == '\n':
			pos = Pos{pos.Line + 1, 1}
			i++
		default:
			_, size := utf8.DecodeRune(src[i:])
			i += size
			pos.Col++
		}
	}
	return pos
}

// endOfText is the position just past the last line of the file (before
// its final line break), where CPython places the end of the file.
func endOfText(src []byte) Pos {
	end := len(src)
	switch {
	case bytes.HasSuffix(src, []byte("\r\n")):
		end -= 2
	case end > 0 && (src[end-1] == '\n' || src[end-1] == '\r'):
		end--
	}
	return offsetPos(src, end)
}

// ---- the token window ----

// compact drops the tokens of statements already parsed. It is called only
// between statements, where no token pointer is held and no backtracking
// mark is live, so the window stays as small as one statement.
func (p *parser) compact() {
	if p.i < 256 {
		return
	}
	n := copy(p.toks, p.toks[p.i:])
	p.toks = p.toks[:n]
	p.i = 0
	p.lastExprEnd = -1
}

// tok is the current token.
func (p *parser) tok() *token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return p.peekN(0)
}

// peekN is the token n places after the current one.
func (p *parser) peekN(n int) *token {
	for len(p.toks) <= p.i+n {
		p.toks = append(p.toks, p.lex.next())
	}
	return &p.toks[p.i+n]
}

// advance consumes the current token and returns it. It never moves past an
// error token or the end of the file, so loops that consume always end.
func (p *parser) advance() token {
	t := *p.tok()
	if t.kind != tokEOF && t.kind != tokError {
		p.i++
		if t.kind != tokNewline && t.kind != tokIndent && t.kind != tokDedent {
			p.prevEnd = t.endPos
		}
	}
	return t
}

// end is where the node being built ends: just past its last token.
func (p *parser) end() Pos { return p.prevEnd }

// at reports whether the current token is the operator or keyword s.
func (p *parser) at(s string) bool { return p.tok().is(s) }

// accept consumes the operator or keyword s if it is next.
func (p *parser) accept(s string) bool {
	if p.err == nil && p.at(s) {
		p.advance()
		return true
	}
	return false
}

// expect consumes s or records an error: "expected '('" after `def name`,
// where python.gram forces the token (&&'('), CPython's generic "invalid
// syntax" for the others. Colons are handled by colonBlock.
func (p *parser) expect(s string) token {
	if p.err == nil && p.at(s) {
		return p.advance()
	}
	if forcedTokens[s] {
		p.syntaxError(fmt.Sprintf("expected '%s'", s))
	} else {
		p.invalid()
	}
	return *p.tok()
}

var forcedTokens = map[string]bool{"(": true}

// expectCloser consumes a closing bracket. When an expression follows where
// the bracket should be, CPython 3.12 guesses a missing comma (python.gram
// invalid_expression) and points at the expression before it; like CPython,
// it reads that following expression first, which decides whether an
// unclosed bracket is blamed instead.
func (p *parser) expectCloser(s string) {
	switch t := p.tok(); {
	case p.err != nil:
	case p.at(s):
		p.advance()
	case canStartExpression(t) && p.lastExprEnd == p.i:
		before := p.lastExpr
		m := p.mark()
		p.expression()
		p.tok()
		p.reset(m)
		p.errorAt(before, "invalid syntax. Perhaps you forgot a comma?")
	default:
		p.invalid()
	}
}

// expectName consumes an identifier that is not a keyword.
func (p *parser) expectName() (string, Pos) {
	t := p.tok()
	if t.kind != tokName || t.isKeyword() {
		p.syntaxError("invalid syntax")
		return "", t.pos
	}
	p.advance()
	return t.text, t.pos
}

// ---- errors ----

// errorAt records the first error, letting the tokenizer's errors win as
// CPython 3.12 does (Parser/pegen_errors.c, _PyPegen_set_syntax_error and
// _PyPegen_tokenize_full_source_to_check_for_errors): an error of the token
// at hand, or any tokenizer error later in the file, is reported instead of
// a parser error; a bracket left open at the end of the file is, but only
// when it was opened on a line before the furthest token the parser has
// looked at (current_err_line in CPython); indentation errors
// are not (CPython's tokenizer only flags them). "unexpected indent" is
// never replaced.
func (p *parser) errorAt(pos Pos, msg string) {
	if p.err != nil {
		return
	}
	if t := p.tok(); t.kind == tokError {
		pos, msg = t.pos, t.text
	} else if msg != "unexpected indent" {
		seen := p.furthestLine()
		if t := p.laterTokenizerError(); t != nil && !t.quiet && (!t.unclosed || t.pos.Line < seen) {
			pos, msg = t.pos, t.text
		}
	}
	p.err = &Error{File: p.file, Pos: pos, Msg: msg}
}

// furthestLine is the last line on which the parser has looked at a token.
func (p *parser) furthestLine() int {
	line := 0
	for i := range p.toks {
		if t := &p.toks[i]; t.kind != tokError && t.pos.Line > line {
			line = t.pos.Line
		}
	}
	return line
}

// laterTokenizerError tokenizes the rest of the file and returns its first
// tokenizer error, if any.
func (p *parser) laterTokenizerError() *token {
	for n := 0; ; n++ {
		switch t := p.peekN(n); t.kind {
		case tokError:
			return t
		case tokEOF:
			return nil
		}
	}
}

// syntaxError reports msg at the current token.
func (p *parser) syntaxError(msg string) { p.errorAt(p.tok().pos, msg) }

// invalid reports CPython's generic "invalid syntax" at the current token.
func (p *parser) invalid() { p.syntaxError("invalid syntax") }

// enter counts one level of recursion and reports false, with an error,
// when the input is nested too deeply.
func (p *parser) enter() bool {
	p.depth++
	if p.depth > maxNesting {
		p.syntaxError("too deeply nested: the parser allows at most " + fmt.Sprint(maxNesting) + " levels of nesting")
		return false
	}
	return p.err == nil
}

func (p *parser) leave() { p.depth-- }

// mark and reset let the parser try one reading of the input and fall back
// to another (CPython's PEG parser does this everywhere; we need it only for
// parenthesised with-items and to look past an error, in expectCloser).
type mark struct {
	i       int
	err     *Error
	prevEnd Pos
}

func (p *parser) mark() mark   { return mark{p.i, p.err, p.prevEnd} }
func (p *parser) reset(m mark) { p.i, p.err, p.prevEnd = m.i, m.err, m.prevEnd }

// posOf is the position of a node that may be nil after an error.
func posOf(n Node) Pos {
	if n == nil {
		return Pos{}
	}
	return n.Position()
}
