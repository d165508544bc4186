// This file implements Unparse, the source text of an expression as
// CPython's Python/ast_unparse.c writes it (3.8–3.13): what
// `from __future__ import annotations` stores in __annotations__ (PEP 563).

package pyast

import (
	"strconv"
	"strings"
)

// Precedence levels of ast_unparse.c (PR_TUPLE ... PR_ATOM), lowest first.
const (
	prTuple = iota
	prTest
	prOr
	prAnd
	prNot
	prCmp
	prBor
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

var binopPrec = map[string]int{
	"|": prBor, "^": prBxor, "&": prBand, "<<": prShift, ">>": prShift,
	"+": prArith, "-": prArith, "*": prTerm, "/": prTerm, "//": prTerm, "%": prTerm, "@": prTerm,
	"**": prPower,
}

// Unparse renders e as source text in CPython's normal form: single
// spaces around binary operators, no redundant parentheses, strings in
// repr() form.
func Unparse(e Expr) string {
	var b strings.Builder
	unparse(&b, e, prTest)
	return b.String()
}

func unparse(b *strings.Builder, e Expr, level int) {
	paren := func(p int, body func()) {
		if level > p {
			b.WriteByte('(')
			body()
			b.WriteByte(')')
			return
		}
		body()
	}
	switch e := e.(type) {
	case *Name:
		b.WriteString(e.Id)
	case *Constant:
		b.WriteString(constantSource(e))
	case *Attribute:
		unparse(b, e.X, prAtom)
		b.WriteString("." + e.Attr)
	case *Subscript:
		unparse(b, e.X, prAtom)
		b.WriteByte('[')
		if t, ok := e.Index.(*Tuple); ok && len(t.Elts) > 0 {
			unparseList(b, t.Elts)
			if len(t.Elts) == 1 {
				b.WriteByte(',')
			}
		} else {
			unparse(b, e.Index, prTuple)
		}
		b.WriteByte(']')
	case *Tuple:
		paren(prTuple, func() {
			unparseList(b, e.Elts)
			if len(e.Elts) == 1 {
				b.WriteByte(',')
			}
		})
		if len(e.Elts) == 0 && level <= prTuple {
			b.WriteString("()")
		}
	case *List:
		b.WriteByte('[')
		unparseList(b, e.Elts)
		b.WriteByte(']')
	case *BinOp:
		p := binopPrec[e.Op]
		left, right := p, p+1
		if e.Op == "**" {
			left, right = p+1, p
		}
		paren(p, func() {
			unparse(b, e.Left, left)
			b.WriteString(" " + e.Op + " ")
			unparse(b, e.Right, right)
		})
	case *UnaryOp:
		p := prFactor
		op := e.Op
		if op == "not" {
			p, op = prNot, "not "
		}
		paren(p, func() {
			b.WriteString(op)
			unparse(b, e.Operand, p)
		})
	case *Call:
		unparse(b, e.Func, prAtom)
		b.WriteByte('(')
		unparseList(b, e.Args)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				b.WriteString(", ")
			}
			if k.Name == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Name + "=")
			}
			unparse(b, k.Value, prTest)
		}
		b.WriteByte(')')
	case *Starred:
		b.WriteByte('*')
		unparse(b, e.Value, prBor)
	case *Slice:
		for i, part := range []Expr{e.Lo, e.Hi, e.Step} {
			if i > 0 && (i < 2 || part != nil) {
				b.WriteByte(':')
			}
			if part != nil {
				unparse(b, part, prTest)
			}
		}
	default:
		// Anything else in an annotation is rare: keep a readable marker.
		b.WriteString("...")
	}
}

func unparseList(b *strings.Builder, es []Expr) {
	for i, x := range es {
		if i > 0 {
			b.WriteString(", ")
		}
		unparse(b, x, prTest)
	}
}

// constantSource is repr() of a literal.
func constantSource(c *Constant) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstBool:
		if c.Bool {
			return "True"
		}
		return "False"
	case ConstInt:
		return strconv.FormatInt(c.Int, 10)
	case ConstBigInt:
		return c.Str
	case ConstFloat:
		s := strconv.FormatFloat(c.Float, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eIN") {
			s += ".0"
		}
		return s
	case ConstStr:
		return QuoteString(c.Str)
	case ConstEllipsis:
		return "..."
	}
	return "..."
}

// QuoteString quotes s as Python's repr() of a str does: single quotes
// unless s holds a single quote and no double quote; backslash, the quote,
// \n, \r, \t and other control characters escaped. The interpreter's
// repr() and the unparser share it.
func QuoteString(s string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + strconv.FormatInt(int64(r)|0x100, 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
