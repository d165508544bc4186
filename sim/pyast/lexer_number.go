// This file implements numeric literals: decimal, hexadecimal, octal and
// binary integers with underscores, floats with exponents, and imaginary
// literals (Parser/tokenizer.c tok_decimal_tail and the number branch of
// tok_get_normal_mode, CPython 3.12), and turns their text into constants.

package pyast

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number errors point where CPython 3.12's tokenizer stops: at the last
// character it took as part of the literal (an underscore, a sign, or the
// last digit before an unexpected letter), or at a digit out of range.

func (l *lexer) scanNumber() token {
	pos, off := l.pos(), l.off
	if l.peek(0) == '0' {
		switch l.peek(1) | 0x20 {
		case 'x':
			return l.scanRadix(pos, off, 16, "hexadecimal")
		case 'o':
			return l.scanRadix(pos, off, 8, "octal")
		case 'b':
			return l.scanRadix(pos, off, 2, "binary")
		}
	}
	return l.scanDecimal(pos, off)
}

// numberError reports an invalid literal at the last character consumed.
func (l *lexer) numberError(kind string) token {
	return l.errorAt(Pos{l.line, l.col - 1}, "invalid %s literal", kind)
}

// take consumes one ASCII character of a literal.
func (l *lexer) take() {
	l.off++
	l.col++
}

// scanRadix scans 0x, 0o or 0b and its digits; an underscore may follow the
// prefix or separate two digits.
func (l *lexer) scanRadix(pos Pos, off, base int, name string) token {
	l.take()
	l.take()
	n := 0
	for {
		c := l.peek(0)
		if c == '_' {
			l.take()
			c = l.peek(0)
			if d := digitValue(c); d < 0 || d >= base {
				return l.numberError(name)
			}
		}
		d := digitValue(c)
		if d < 0 || d >= base {
			if d >= 0 && d < 10 {
				return l.errorAt(l.pos(), "invalid digit '%c' in %s literal", c, name)
			}
			break
		}
		l.take()
		n++
	}
	if n == 0 || l.identFollows() {
		return l.numberError(name)
	}
	return l.make(tokNumber, pos, off, string(l.src[off:l.off]))
}

// decimalRun scans digits separated by single underscores and reports
// whether it is well formed and how many digits it held.
func (l *lexer) decimalRun() (int, bool) {
	n := 0
	for {
		switch {
		case isDigit(l.peek(0)):
			l.take()
			n++
		case l.peek(0) == '_':
			l.take()
			if !isDigit(l.peek(0)) {
				return n, false
			}
		default:
			return n, true
		}
	}
}

func (l *lexer) scanDecimal(pos Pos, off int) token {
	intDigits, ok := l.decimalRun()
	if !ok {
		return l.numberError("decimal")
	}
	isInt := true
	if l.peek(0) == '.' {
		isInt = false
		l.take()
		if _, ok := l.decimalRun(); !ok {
			return l.numberError("decimal")
		}
	}
	if t, ok := l.exponent(); !ok {
		return t
	} else if t.kind == tokNumber {
		isInt = false
	}
	kind := "decimal"
	if c := l.peek(0); c == 'j' || c == 'J' {
		isInt = false
		kind = "imaginary"
		l.take()
	}
	if l.identFollows() {
		return l.numberError(kind)
	}
	text := string(l.src[off:l.off])
	if isInt && intDigits > 1 && text[0] == '0' && strings.Trim(text, "0_") != "" {
		return l.errorAt(pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	return l.make(tokNumber, pos, off, text)
}

// exponent scans an optional `e[+-]digits`. It reports ok=false with an
// error token when the exponent is malformed, and a tokNumber-kind token
// when an exponent was read. An 'e' not followed by a digit or a signed
// digit is left alone (it is then a letter glued to the number).
func (l *lexer) exponent() (token, bool) {
	if c := l.peek(0); c != 'e' && c != 'E' {
		return token{}, true
	}
	switch sign := l.peek(1); {
	case isDigit(sign):
		l.take()
	case sign == '+' || sign == '-':
		l.take()
		l.take()
		if !isDigit(l.peek(0)) {
			return l.numberError("decimal"), false
		}
	default:
		return token{}, true
	}
	if _, ok := l.decimalRun(); !ok {
		return l.numberError("decimal"), false
	}
	return token{kind: tokNumber}, true
}

// identFollows reports a letter, digit or underscore glued to a number,
// which makes the literal invalid unless it starts one of the keywords that
// CPython 3.12 still accepts there with a warning, as in `1if x else 2`
// (Parser/tokenizer.c verify_end_of_number).
func (l *lexer) identFollows() bool {
	if l.atEOF() {
		return false
	}
	for _, kw := range keywordsAfterNumber {
		if l.hasPrefix(kw) {
			return false
		}
	}
	r, _ := utf8.DecodeRune(l.src[l.off:])
	return isIdentContinue(r)
}

var keywordsAfterNumber = []string{"and", "else", "for", "if", "in", "is", "not", "or"}

// numberConstant turns a literal the tokenizer accepted into a Constant.
func numberConstant(text string, pos Pos) *Constant {
	s := strings.ReplaceAll(text, "_", "")
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		v, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return &Constant{P: pos, Kind: ConstComplex, Float: v}
	}
	base, digits := 10, s
	if len(s) > 2 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, digits = 16, s[2:]
		case 'o':
			base, digits = 8, s[2:]
		case 'b':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		// ParseFloat returns ±Inf with ErrRange for 1e999, which is what
		// CPython's float literal gives.
		v, _ := strconv.ParseFloat(s, 64)
		return &Constant{P: pos, Kind: ConstFloat, Float: v}
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return &Constant{P: pos, Kind: ConstInt, Int: v}
	}
	n, _ := new(big.Int).SetString(digits, base)
	return &Constant{P: pos, Kind: ConstBigInt, Str: n.String()}
}
