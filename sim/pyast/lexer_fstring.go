// This file implements PEP 701 f-string tokenizing (CPython 3.12,
// Parser/tokenizer.c tok_get_fstring_mode): the literal text between
// replacement fields is FSTRING_MIDDLE, a field is '{' then ordinary tokens
// then '}', and a format spec after ':' is literal text again, which may hold
// nested fields.

package pyast

// fieldState is one open replacement field: whether its format spec has
// started, and how many brackets were open when it began (a '}', ':' or '!'
// ends the expression only at that depth).
type fieldState struct {
	inSpec    bool
	parenBase int
	open      Pos // the '{', for "'{' was never closed"
}

// fstringState is one f-string being tokenized.
type fstringState struct {
	quote  byte
	triple bool
	raw    bool
	pos    Pos
	fields []fieldState
}

func (fs *fstringState) top() *fieldState { return &fs.fields[len(fs.fields)-1] }

// inExpr reports whether the tokenizer is inside a field's expression, where
// ordinary tokens are produced.
func (fs *fstringState) inExpr() bool { return len(fs.fields) > 0 && !fs.top().inSpec }

// maxSpecNesting is how deep fields may nest inside format specs
// (Parser/tokenizer.c: "f-string: expressions nested too deeply").
const maxSpecNesting = 3

func (l *lexer) topFString() *fstringState {
	if n := len(l.fstrings); n > 0 {
		return l.fstrings[n-1]
	}
	return nil
}

func (l *lexer) startFString(pos Pos, off int, raw bool) token {
	if len(l.fstrings) >= maxFStringNest {
		return l.errorAt(pos, "too many nested f-strings")
	}
	q, triple := l.openQuote()
	l.fstrings = append(l.fstrings, &fstringState{quote: q, triple: triple, raw: raw, pos: pos})
	return l.make(tokFStart, pos, off, string(l.src[off:l.off]))
}

// scanFStringText scans literal text up to a field, the end of a format spec
// or the closing quote.
func (l *lexer) scanFStringText(fs *fstringState) token {
	pos, off := l.pos(), l.off
	inSpec := len(fs.fields) > 0
	lit := &literal{pos: pos, body: off, raw: fs.raw}
	var buf []byte
	text := func() token { return l.make(tokFMiddle, pos, off, string(buf)) }
	for {
		switch c := l.peek(0); {
		case l.atEOF() || (!fs.triple && l.isNewline()):
			return l.errorAt(fs.pos, "unterminated f-string literal (detected at line %d)", l.line)
		case l.quoteAt(fs.quote, fs.triple):
			if inSpec {
				return l.errorAt(l.pos(), "f-string: expecting '}'")
			}
			if len(buf) > 0 {
				return text()
			}
			start := l.pos()
			l.closeQuote(fs.triple)
			l.fstrings = l.fstrings[:len(l.fstrings)-1]
			return l.make(tokFEnd, start, off, "")
		case c == '{' && l.peek(1) == '{' && !inSpec, c == '}' && l.peek(1) == '}' && !inSpec:
			buf = append(buf, c)
			l.off += 2
			l.col += 2
		case c == '{':
			if len(buf) > 0 {
				return text()
			}
			return l.openField(fs)
		case c == '}':
			if !inSpec {
				return l.errorAt(l.pos(), "f-string: single '}' is not allowed")
			}
			if len(buf) > 0 {
				return text()
			}
			return l.closeField(fs)
		case l.isNewline():
			l.newline()
			buf = append(buf, '\n')
		case c == '\\' && (l.peek(1) == '{' || l.peek(1) == '}'):
			// The brace still opens or closes a field; only the backslash
			// is text (CPython 3.12 warns about the invalid escape).
			buf = append(buf, c)
			l.off++
			l.col++
		case c == '\\':
			var bad *token
			if buf, bad = l.backslash(buf, lit); bad != nil {
				return *bad
			}
		default:
			start := l.off
			l.advance()
			buf = append(buf, l.src[start:l.off]...)
		}
	}
}

func (l *lexer) openField(fs *fstringState) token {
	pos, off := l.pos(), l.off
	if len(fs.fields) >= maxSpecNesting {
		return l.errorAt(pos, "f-string: expressions nested too deeply")
	}
	l.off++
	l.col++
	fs.fields = append(fs.fields, fieldState{parenBase: len(l.parens), open: pos})
	return l.make(tokFLBrace, pos, off, "{")
}

func (l *lexer) closeField(fs *fstringState) token {
	pos, off := l.pos(), l.off
	l.off++
	l.col++
	fs.fields = fs.fields[:len(fs.fields)-1]
	return l.make(tokFRBrace, pos, off, "}")
}

// fieldDelimiter recognises, inside a field's expression and outside any
// bracket opened there, the '}' that closes the field, the ':' that starts
// its format spec and the '!' of a conversion.
func (l *lexer) fieldDelimiter() (token, bool) {
	fs := l.topFString()
	if fs == nil || !fs.inExpr() || len(l.parens) != fs.top().parenBase {
		return token{}, false
	}
	pos, off := l.pos(), l.off
	switch c := l.peek(0); {
	case c == '}':
		return l.closeField(fs), true
	case c == ':':
		l.off++
		l.col++
		fs.top().inSpec = true
		return l.make(tokOp, pos, off, ":"), true
	case c == '!' && l.peek(1) != '=':
		l.off++
		l.col++
		return l.make(tokOp, pos, off, "!"), true
	}
	return token{}, false
}
