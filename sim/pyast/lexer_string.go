// This file implements string and bytes literals: prefixes, quoting, and the
// backslash escapes of Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscape)
// and Objects/bytesobject.c (_PyBytes_DecodeEscape), CPython 3.12.

package pyast

import (
	"strings"
	"unicode/utf8"
)

// isStringPrefix reports whether p may precede a quote: r, u, b, br, rb, f,
// fr, rf in any case (Parser/tokenizer.c, the prefix loop).
func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// quoteAt reports whether the closing quote of a string quoted by q (tripled
// or not) starts at the current offset.
func (l *lexer) quoteAt(q byte, triple bool) bool {
	if l.peek(0) != q {
		return false
	}
	return !triple || (l.peek(1) == q && l.peek(2) == q)
}

// openQuote consumes the opening quote(s) and reports whether they are tripled.
func (l *lexer) openQuote() (byte, bool) {
	q := l.peek(0)
	if l.peek(1) == q && l.peek(2) == q {
		l.off += 3
		l.col += 3
		return q, true
	}
	l.off++
	l.col++
	return q, false
}

func (l *lexer) closeQuote(triple bool) {
	n := 1
	if triple {
		n = 3
	}
	l.off += n
	l.col += n
}

// literal describes the string literal being scanned, for decoding its
// escapes and for placing their errors: CPython reports them at the start of
// the literal, with byte positions counted from the start of its body.
type literal struct {
	pos     Pos
	body    int // offset of the first byte after the opening quote
	raw     bool
	isBytes bool
}

// scanString scans a literal whose prefix (already consumed) started at pos.
func (l *lexer) scanString(pos Pos, off int, prefix string) token {
	lower := strings.ToLower(prefix)
	raw := strings.Contains(lower, "r")
	if strings.Contains(lower, "f") {
		return l.startFString(pos, off, raw)
	}
	q, triple := l.openQuote()
	lit := &literal{pos: pos, body: l.off, raw: raw, isBytes: strings.Contains(lower, "b")}
	var buf []byte
	for {
		switch {
		case l.atEOF() || (!triple && l.isNewline()):
			return l.unterminated(lit, q, triple)
		case l.quoteAt(q, triple):
			l.closeQuote(triple)
			t := l.make(tokString, pos, off, string(buf))
			t.bytes = lit.isBytes
			return t
		case l.isNewline():
			l.newline()
			buf = append(buf, '\n')
		case l.peek(0) == '\\':
			var bad *token
			if buf, bad = l.backslash(buf, lit); bad != nil {
				return *bad
			}
		default:
			if lit.isBytes && l.peek(0) >= utf8.RuneSelf {
				return l.errorAt(pos, "bytes can only contain ASCII literal characters")
			}
			start := l.off
			l.advance()
			buf = append(buf, l.src[start:l.off]...)
		}
	}
}

// unterminated reports a string that reaches the end of its line or of the
// file. Inside an f-string's field, a lone quote like the f-string's own is
// most likely its missing end (CPython 3.12: "f-string: expecting '}'").
func (l *lexer) unterminated(lit *literal, q byte, triple bool) token {
	if fs := l.topFString(); fs != nil && fs.inExpr() && fs.quote == q && !fs.triple && !triple {
		return l.errorAt(lit.pos, "f-string: expecting '}'")
	}
	line := l.line
	if l.atEOF() && l.col == 1 && line > lit.pos.Line {
		line-- // the file ends with a newline: the last line is the one before
	}
	if triple {
		return l.errorAt(lit.pos, "unterminated triple-quoted string literal (detected at line %d)", line)
	}
	return l.errorAt(lit.pos, "unterminated string literal (detected at line %d)", line)
}

// backslash handles a backslash inside a string. In a raw string it keeps the
// backslash and the next character (which therefore cannot close the string).
func (l *lexer) backslash(buf []byte, lit *literal) ([]byte, *token) {
	at := l.off - lit.body
	l.off++
	l.col++
	if l.atEOF() {
		return append(buf, '\\'), nil
	}
	if l.isNewline() {
		l.newline()
		if lit.raw {
			return append(buf, '\\', '\n'), nil
		}
		return buf, nil // a backslash-newline joins the lines
	}
	if lit.raw {
		start := l.off
		l.advance()
		return append(append(buf, '\\'), l.src[start:l.off]...), nil
	}
	return l.escape(buf, lit, at)
}

var simpleEscapes = map[byte]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12, 'n': '\n',
	'r': '\r', 't': '\t', 'v': 11,
}

// escape decodes the escape whose backslash, at byte at of the literal's
// body, has been consumed.
func (l *lexer) escape(buf []byte, lit *literal, at int) ([]byte, *token) {
	c := l.peek(0)
	if v, ok := simpleEscapes[c]; ok {
		l.off++
		l.col++
		return append(buf, v), nil
	}
	switch {
	case c >= '0' && c <= '7':
		v := l.digits(3, 8)
		if lit.isBytes {
			return append(buf, byte(v)), nil // CPython 3.12 keeps the low byte and warns
		}
		return utf8.AppendRune(buf, rune(v)), nil
	case c == 'x':
		return l.hexEscape(buf, lit, at, 2, `\xXX`)
	case c == 'u' && !lit.isBytes:
		return l.hexEscape(buf, lit, at, 4, `\uXXXX`)
	case c == 'U' && !lit.isBytes:
		return l.hexEscape(buf, lit, at, 8, `\UXXXXXXXX`)
	case c == 'N' && !lit.isBytes:
		t := l.errorAt(lit.pos, "\\N{...} escapes are not supported by the simulator; write the character itself")
		return nil, &t
	}
	// An unknown escape keeps its backslash (CPython warns, then does the same).
	return append(buf, '\\'), nil
}

// hexEscape decodes \xhh, \uhhhh or \Uhhhhhhhh, with the messages of
// Objects/unicodeobject.c and Objects/bytesobject.c for bad ones.
func (l *lexer) hexEscape(buf []byte, lit *literal, at, n int, form string) ([]byte, *token) {
	l.off++ // the x, u or U
	l.col++
	for i := 0; i < n; i++ {
		if isHexDigit(l.peek(i)) {
			continue
		}
		if lit.isBytes {
			t := l.errorAt(lit.pos, "(value error) invalid \\x escape at position %d", at)
			return nil, &t
		}
		t := l.errorAt(lit.pos, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", at, at+1+i, form)
		return nil, &t
	}
	v := l.digits(n, 16)
	if lit.isBytes {
		return append(buf, byte(v)), nil
	}
	if v > utf8.MaxRune {
		t := l.errorAt(lit.pos, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", at, at+1+n)
		return nil, &t
	}
	return utf8.AppendRune(buf, rune(v)), nil
}

// digits consumes up to max digits of the given base and returns their value.
func (l *lexer) digits(max, base int) int {
	v := 0
	for i := 0; i < max; i++ {
		d := digitValue(l.peek(0))
		if d < 0 || d >= base {
			break
		}
		v = v*base + d
		l.off++
		l.col++
	}
	return v
}

func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func isHexDigit(c byte) bool { return digitValue(c) >= 0 }
