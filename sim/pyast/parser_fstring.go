// This file implements string atoms: the concatenation of adjacent string,
// bytes and f-string literals (python.gram `strings`), and the replacement
// fields of f-strings, `{expr=!conv:spec}`, following PEP 701 and CPython
// 3.12's Parser/action_helpers.c (_PyPegen_concatenate_strings,
// _PyPegen_formatted_value).

package pyast

import "fmt"

// stringParts collects the pieces of adjacent literals.
type stringParts struct {
	pos     Pos
	values  []Expr
	fstring bool
	bytes   bool
	count   int
}

// addText appends the literal text of t, merging it with a preceding text
// piece as CPython does.
func (s *stringParts) addText(t *token) {
	if n := len(s.values); n > 0 {
		if c, ok := s.values[n-1].(*Constant); ok {
			c.Str += t.text
			c.E = t.endPos
			return
		}
	}
	s.values = append(s.values, &Constant{P: t.pos, E: t.endPos, Kind: ConstStr, Str: t.text})
}

func (p *parser) strings() Expr {
	s := &stringParts{pos: p.tok().pos}
	for p.err == nil {
		t := p.tok()
		if t.kind != tokString && t.kind != tokFStart {
			break
		}
		if s.count > 0 && t.bytes != s.bytes {
			p.errorAt(s.pos, "cannot mix bytes and nonbytes literals")
			return nil
		}
		s.bytes = t.bytes
		s.count++
		if t.kind == tokString {
			p.advance()
			if t.text != "" || len(s.values) == 0 {
				s.addText(t)
			}
			continue
		}
		s.fstring = true
		p.fstring(s)
	}
	if p.err != nil {
		return nil
	}
	return s.result(p.end())
}

// result is the node for the collected pieces, a JoinedStr or a Constant,
// spanning from the first literal to end.
func (s *stringParts) result(end Pos) Expr {
	if s.fstring {
		var values []Expr
		for _, v := range s.values {
			if c, ok := v.(*Constant); ok && c.Str == "" {
				continue // CPython drops empty text pieces from f-strings
			}
			values = append(values, v)
		}
		return &JoinedStr{P: s.pos, E: end, Values: values}
	}
	c := s.values[0].(*Constant)
	c.P, c.E = s.pos, end
	if s.bytes {
		c.Kind = ConstBytes
	}
	return c
}

// fstring parses FSTRING_START (text | field)* FSTRING_END.
func (p *parser) fstring(s *stringParts) {
	if !p.enter() {
		return
	}
	defer p.leave()
	p.advance()
	for p.err == nil {
		switch t := p.tok(); t.kind {
		case tokFMiddle:
			p.advance()
			s.addText(t)
		case tokFLBrace:
			if v := p.formattedValue(); v != nil {
				s.values = append(s.values, v)
			}
		case tokFEnd:
			p.advance()
			return
		default:
			p.syntaxError("f-string: expecting '}'")
		}
	}
}

// formattedValue parses one replacement field.
func (p *parser) formattedValue() Expr {
	lb := p.advance()
	if t := p.tok(); t.kind == tokFRBrace || t.is("!") || t.is(":") || t.is("=") {
		p.syntaxError(fmt.Sprintf("f-string: valid expression required before '%s'", t.text))
		return nil
	}
	if p.at("lambda") {
		p.syntaxError("f-string: lambda expressions are not allowed without parentheses")
		return nil
	}
	v := &FormattedValue{P: lb.pos}
	if p.at("yield") {
		v.Value = p.yieldExpr()
	} else {
		v.Value = p.starExpressions()
	}
	if p.err == nil && p.at("=") {
		p.advance()
		v.SelfDoc = string(p.src[lb.end:p.tok().off])
	}
	if p.err == nil && p.at("!") {
		v.Conversion = p.conversion()
	}
	if p.err == nil && p.at(":") {
		v.FormatSpec = p.formatSpec()
	}
	if p.err == nil && p.tok().kind != tokFRBrace {
		p.syntaxError("f-string: expecting '}'")
		return nil
	}
	p.advance()
	v.E = p.end()
	if v.SelfDoc != "" && v.Conversion == 0 && v.FormatSpec == nil {
		v.Conversion = 'r' // `{x=}` shows repr(x) unless a conversion or spec is given
	}
	return v
}

// conversion parses `!r`, `!s` or `!a`; the letter must touch the '!'.
func (p *parser) conversion() rune {
	bang := p.advance()
	t := p.tok()
	switch {
	case t.kind != tokName:
		p.syntaxError("f-string: missing conversion character")
	case t.off != bang.end:
		p.syntaxError("f-string: conversion type must come right after the exclamanation mark")
	case t.text != "r" && t.text != "s" && t.text != "a":
		p.syntaxError(fmt.Sprintf("f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", t.text))
	default:
		p.advance()
		return rune(t.text[0])
	}
	return 0
}

// formatSpec parses the text and nested fields after ':' as a JoinedStr
// positioned at the ':'.
func (p *parser) formatSpec() Expr {
	colon := p.advance()
	spec := &stringParts{pos: colon.pos}
	for p.err == nil {
		switch t := p.tok(); t.kind {
		case tokFMiddle:
			p.advance()
			spec.addText(t)
		case tokFLBrace:
			if v := p.formattedValue(); v != nil {
				spec.values = append(spec.values, v)
			}
		default:
			spec.fstring = true
			return spec.result(p.end())
		}
	}
	return nil
}
