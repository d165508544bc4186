// This file implements the tokenizer's outer loop: logical lines, INDENT and
// DEDENT, brackets, comments, continuation lines, names and operators. It
// follows CPython 3.12's Parser/tokenizer.c (tok_get_normal_mode); string,
// f-string and number literals are in their own files.

package pyast

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

const (
	tabSize        = 8   // Parser/tokenizer.c TABSIZE
	maxIndentDepth = 100 // Parser/tokenizer.c MAXINDENT
	maxParenDepth  = 200 // Parser/tokenizer.c MAXLEVEL
	maxFStringNest = 150 // Parser/tokenizer.c MAXFSTRINGLEVEL
)

// indentLevel is one entry of the indentation stack: the column with tabs to
// multiples of 8, and with tabs counted as 1 (CPython's altcol), which must
// order the same way or the indentation is ambiguous (TabError).
type indentLevel struct{ col, alt int }

// openBracket is a bracket waiting for its partner.
type openBracket struct {
	ch  byte
	pos Pos
}

// lexer turns source bytes into tokens on demand, so that an error late in the
// file is found only if the parser gets that far.
type lexer struct {
	src       []byte
	off       int
	line, col int

	indents  []indentLevel
	parens   []openBracket
	fstrings []*fstringState

	atLineStart   bool // indentation of the next line has not been measured
	lineHasTokens bool // the current logical line has produced a token
	dedents       int  // DEDENT tokens still owed
	failed        *token
	names         map[string]string // interned identifiers
}

func newLexer(src []byte, start Pos) *lexer {
	l := &lexer{src: src, line: start.Line, col: start.Col, atLineStart: true, names: map[string]string{}}
	l.indents = []indentLevel{{0, 0}}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		l.off = 3 // a UTF-8 byte order mark is not part of the program
	}
	return l
}

func (l *lexer) pos() Pos { return Pos{l.line, l.col} }

// peek returns the byte at off+n, or 0 past the end.
func (l *lexer) peek(n int) byte {
	if l.off+n < len(l.src) {
		return l.src[l.off+n]
	}
	return 0
}

func (l *lexer) atEOF() bool { return l.off >= len(l.src) }

func (l *lexer) isNewline() bool { c := l.peek(0); return c == '\n' || c == '\r' }

// advance moves past one rune on the current line.
func (l *lexer) advance() rune {
	r, size := utf8.DecodeRune(l.src[l.off:])
	l.off += size
	l.col++
	return r
}

// newline moves past \n, \r\n or a lone \r (CPython reads with universal
// newlines).
func (l *lexer) newline() {
	if l.peek(0) == '\r' && l.peek(1) == '\n' {
		l.off++
	}
	l.off++
	l.line++
	l.col = 1
}

func (l *lexer) make(kind tokKind, pos Pos, off int, text string) token {
	return token{kind: kind, pos: pos, endPos: l.pos(), off: off, end: l.off, text: text}
}

func (l *lexer) errorAt(pos Pos, format string, args ...any) token {
	return token{kind: tokError, pos: pos, off: l.off, end: l.off, text: fmt.Sprintf(format, args...)}
}

// quietError is an error that CPython's tokenizer signals without raising
// it (tok->done = E_DEDENT, E_TABSPACE, E_TOODEEP, E_EOF): it is reported
// when the parser reaches it, but does not replace an earlier parser error.
func (l *lexer) quietError(pos Pos, msg string) token {
	t := l.errorAt(pos, "%s", msg)
	t.quiet = true
	return t
}

// next returns the next token. After an error it returns that error forever.
func (l *lexer) next() token {
	if l.failed != nil {
		return *l.failed
	}
	t := l.scan()
	if t.kind == tokError {
		failed := t // a copy, so that t itself stays off the heap
		l.failed = &failed
	}
	return t
}

// inBrackets reports whether newlines are insignificant here: inside (), []
// and {}, or inside an f-string's replacement field.
func (l *lexer) inBrackets() bool { return len(l.parens) > 0 || len(l.fstrings) > 0 }

func (l *lexer) scan() token {
	if l.dedents > 0 {
		l.dedents--
		return l.make(tokDedent, l.pos(), l.off, "")
	}
	if fs := l.topFString(); fs != nil && !fs.inExpr() {
		return l.scanFStringText(fs)
	}
	if l.atLineStart && !l.inBrackets() {
		if t, ok := l.indentation(); ok {
			return t
		}
	}
	for {
		switch c := l.peek(0); {
		case l.atEOF():
			return l.eof()
		case c == ' ' || c == '\t' || c == '\f':
			l.off++
			l.col++
		case c == '#':
			l.skipComment()
		case c == '\\':
			if t, ok := l.continuation(); !ok {
				return t
			}
		case c == '\n' || c == '\r':
			if t, ok := l.endOfLine(); ok {
				return t
			}
		default:
			l.lineHasTokens = true
			return l.token()
		}
	}
}

func (l *lexer) skipComment() {
	for !l.atEOF() && !l.isNewline() {
		l.advance()
	}
}

// continuation handles a backslash outside a string: it must end a line
// that is not the last (CPython reports both errors just after the
// backslash).
func (l *lexer) continuation() (token, bool) {
	l.off++
	l.col++
	pos := l.pos()
	if l.atEOF() {
		return l.quietError(pos, "unexpected EOF while parsing"), false
	}
	if !l.isNewline() {
		return l.errorAt(pos, "unexpected character after line continuation character"), false
	}
	l.newline()
	if l.atEOF() {
		return l.quietError(pos, "unexpected EOF while parsing"), false
	}
	return token{}, true
}

// endOfLine handles a newline: NEWLINE if it ends a logical line with tokens,
// nothing inside brackets or after a blank line.
func (l *lexer) endOfLine() (token, bool) {
	pos, off := l.pos(), l.off
	l.newline()
	if l.inBrackets() {
		return token{}, false
	}
	l.atLineStart = true
	if !l.lineHasTokens {
		if t, ok := l.indentation(); ok {
			return t, true
		}
		return token{}, false
	}
	l.lineHasTokens = false
	return token{kind: tokNewline, pos: pos, off: off, end: off}, true
}

// indentation measures the indentation of the next non-blank line and turns
// a change into INDENT or DEDENT (Parser/tokenizer.c, the "Get indentation
// level" block). Blank and comment-only lines are skipped without effect.
func (l *lexer) indentation() (token, bool) {
	for {
		col, alt := 0, 0
		for {
			switch l.peek(0) {
			case ' ':
				col, alt = col+1, alt+1
			case '\t':
				col, alt = (col/tabSize+1)*tabSize, alt+1
			case '\f':
				col, alt = 0, 0
			default:
				goto measured
			}
			l.off++
			l.col++
		}
	measured:
		if l.atEOF() {
			l.atLineStart = false
			return token{}, false
		}
		if l.peek(0) == '#' || l.isNewline() {
			l.skipComment()
			if !l.atEOF() {
				l.newline()
			}
			continue
		}
		l.atLineStart = false
		return l.indentChange(col, alt)
	}
}

// indentChange compares the indentation of a new line with the stack. The
// error positions are CPython 3.12's: a TabError at column 1, "unindent does
// not match" just past the end of the line.
func (l *lexer) indentChange(col, alt int) (token, bool) {
	pos := l.pos()
	tabError := func() (token, bool) {
		return l.quietError(Pos{pos.Line, 1}, "inconsistent use of tabs and spaces in indentation"), true
	}
	top := l.indents[len(l.indents)-1]
	switch {
	case col == top.col:
		if alt != top.alt {
			return tabError()
		}
		return token{}, false
	case col > top.col:
		if alt <= top.alt {
			return tabError()
		}
		if len(l.indents) >= maxIndentDepth {
			return l.quietError(pos, "too many levels of indentation"), true
		}
		l.indents = append(l.indents, indentLevel{col, alt})
		// CPython's INDENT token ends on the last blank of the indentation,
		// where "unexpected indent" points.
		return l.make(tokIndent, Pos{pos.Line, pos.Col - 1}, l.off, ""), true
	}
	n := 0
	for len(l.indents) > 1 && col < l.indents[len(l.indents)-1].col {
		l.indents = l.indents[:len(l.indents)-1]
		n++
	}
	top = l.indents[len(l.indents)-1]
	if col != top.col {
		return l.quietError(Pos{pos.Line, l.lineEndCol()}, "unindent does not match any outer indentation level"), true
	}
	if alt != top.alt {
		return tabError()
	}
	l.dedents = n - 1
	return l.make(tokDedent, pos, l.off, ""), true
}

// lineEndCol is the column just past the last character of the current line.
func (l *lexer) lineEndCol() int {
	col := l.col
	for i := l.off; i < len(l.src) && l.src[i] != '\n' && l.src[i] != '\r'; {
		_, size := utf8.DecodeRune(l.src[i:])
		i += size
		col++
	}
	return col
}

// eof ends the last logical line, closes every indented block, then ends.
func (l *lexer) eof() token {
	if fs := l.topFString(); fs != nil {
		if fs.inExpr() {
			t := l.errorAt(fs.top().open, "'{' was never closed")
			t.unclosed = true
			return t
		}
		return l.errorAt(fs.pos, "unterminated f-string literal (detected at line %d)", l.line)
	}
	if n := len(l.parens); n > 0 {
		b := l.parens[n-1]
		t := l.errorAt(b.pos, "'%c' was never closed", b.ch)
		t.unclosed = true
		return t
	}
	if l.lineHasTokens {
		l.lineHasTokens = false
		return l.make(tokNewline, l.pos(), l.off, "")
	}
	if len(l.indents) > 1 {
		l.indents = l.indents[:len(l.indents)-1]
		return l.make(tokDedent, l.pos(), l.off, "")
	}
	return l.make(tokEOF, l.pos(), l.off, "")
}

// token scans one token starting at a non-blank character.
func (l *lexer) token() token {
	r, _ := utf8.DecodeRune(l.src[l.off:])
	switch {
	case r == '"' || r == '\'':
		return l.scanString(l.pos(), l.off, "")
	case (r < utf8.RuneSelf && isDigit(byte(r))) || (r == '.' && isDigit(l.peek(1))):
		return l.scanNumber()
	case isIdentStart(r):
		return l.scanName()
	}
	return l.scanOperator(r)
}

func (l *lexer) scanName() token {
	pos, off := l.pos(), l.off
	for !l.atEOF() {
		r, _ := utf8.DecodeRune(l.src[l.off:])
		if !isIdentContinue(r) {
			break
		}
		l.advance()
	}
	text := l.intern(l.src[off:l.off])
	if c := l.peek(0); (c == '"' || c == '\'') && isStringPrefix(text) {
		return l.scanString(pos, off, text)
	}
	return l.make(tokName, pos, off, text)
}

// intern returns one shared string per distinct name, so that a name used
// many times is allocated once.
func (l *lexer) intern(b []byte) string {
	if s, ok := l.names[string(b)]; ok {
		return s
	}
	s := string(b)
	l.names[s] = s
	return s
}

func (l *lexer) scanOperator(r rune) token {
	pos, off := l.pos(), l.off
	if t, ok := l.fieldDelimiter(); ok {
		return t
	}
	switch r {
	case '(', '[', '{':
		if len(l.parens) >= maxParenDepth {
			return l.errorAt(pos, "too many nested parentheses")
		}
		l.parens = append(l.parens, openBracket{byte(r), pos})
	case ')', ']', '}':
		if t, ok := l.closeBracket(byte(r), pos); !ok {
			return t
		}
	}
	for n := 3; n >= 1; n-- {
		if l.off+n > len(l.src) {
			continue
		}
		if op, ok := operatorSet[string(l.src[l.off:l.off+n])]; ok {
			l.off += n
			l.col += n
			return l.make(tokOp, pos, off, op)
		}
	}
	if r < utf8.RuneSelf {
		return l.errorAt(pos, "invalid syntax")
	}
	if !unicode.IsPrint(r) {
		return l.errorAt(pos, "invalid non-printable character U+%04X", r)
	}
	return l.errorAt(pos, "invalid character '%c' (U+%04X)", r, r)
}

func (l *lexer) hasPrefix(s string) bool {
	return len(l.src)-l.off >= len(s) && string(l.src[l.off:l.off+len(s)]) == s
}

// closeBracket checks a closing bracket against the innermost open one
// (Parser/tokenizer.c: "unmatched ')'", "closing parenthesis ... does not
// match opening parenthesis ...").
func (l *lexer) closeBracket(c byte, pos Pos) (token, bool) {
	n := len(l.parens)
	base, prefix := 0, ""
	if fs := l.topFString(); fs != nil {
		base, prefix = fs.top().parenBase, "f-string: "
	}
	if n == base {
		return l.errorAt(pos, "%sunmatched '%c'", prefix, c), false
	}
	open := l.parens[n-1]
	if want := closerOf(open.ch); want != c {
		if open.pos.Line != pos.Line {
			return l.errorAt(pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.pos.Line), false
		}
		return l.errorAt(pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch), false
	}
	l.parens = l.parens[:n-1]
	return token{}, true
}

func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isIdentStart and isIdentContinue approximate Unicode XID_Start and
// XID_Continue, which CPython uses for identifiers (PEP 3131).
func isIdentStart(r rune) bool {
	return r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') ||
		(r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)))
}

func isIdentContinue(r rune) bool {
	return isIdentStart(r) || ('0' <= r && r <= '9') ||
		(r >= utf8.RuneSelf && (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)))
}
