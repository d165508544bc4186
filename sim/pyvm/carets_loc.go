// This file gives compiled instructions their source ranges, as CPython
// 3.11+ does (co_positions): the compiler marks each instruction with the
// innermost expression or statement it was compiling (Python/compile.c,
// compiler_visit_expr and compiler_visit_stmt, 3.11-3.13), and a traceback
// draws carets under that range (carets.go).

package pyvm

import "zombielab/sim/pyast"

// srcLoc is a source range: its first line and column and its last line
// and the column just past its end, columns 1-based in runes; zero when
// unknown.
type srcLoc struct {
	line, col, endLine, endCol int32
}

// locOf is the source range of a node.
func locOf(n pyast.Node) srcLoc {
	p, e := n.Position(), n.EndPosition()
	if p.Line <= 0 || e.Line < p.Line {
		return srcLoc{}
	}
	return srcLoc{int32(p.Line), int32(p.Col), int32(e.Line), int32(e.Col)}
}

// at makes the next instructions carry n's range and returns the range
// before, for the caller to restore.
func (c *compiler) at(n pyast.Node) srcLoc {
	old := c.u.loc
	c.u.loc = locOf(n)
	return old
}

// attrAt is the range CPython 3.10+ gives the instructions that load
// attribute attr, or call it as a method, when the attribute spans lines
// (`(text\n .split(','))`): it starts at the attribute's name, on its last
// line, which is also the line a traceback names
// (update_start_location_to_match_attr in Python/compile.c, 3.11-3.13;
// 3.10 moves the line only). loc is the range before: the attribute's, or
// the call's.
func (c *compiler) attrAt(loc srcLoc, attr *pyast.Attribute) srcLoc {
	e := attr.EndPosition()
	if !c.version.AtLeast(3, 10) || loc.line == int32(e.Line) || e.Line <= 0 {
		return loc
	}
	loc.line, loc.endLine = int32(e.Line), int32(e.Line)
	if n := int32(len([]rune(attr.Attr))); n < int32(e.Col) {
		loc.col = int32(e.Col) - n
	} else {
		loc.col, loc.endCol = 0, 0
	}
	return loc
}

// emitAt emits an instruction with range loc, on loc's first line when
// that is known.
func (c *compiler) emitAt(loc srcLoc, op Opcode, a int) int {
	oldLine, oldLoc := c.u.line, c.u.loc
	c.u.loc = loc
	if loc.line > 0 && oldLine > 0 {
		c.u.line = int(loc.line)
	}
	i := c.emit(op, a)
	c.u.line, c.u.loc = oldLine, oldLoc
	return i
}

// lastCompare is the comparison whose range 3.11 leaves in place after
// compiling a jump on test (compiler_jump_if through not, and, or: the last
// comparison it reaches), which an assert's raise then gets; nil if none.
func lastCompare(test pyast.Expr) pyast.Expr {
	switch x := test.(type) {
	case *pyast.Compare:
		return x
	case *pyast.UnaryOp:
		if x.Op == "not" {
			return lastCompare(x.Operand)
		}
	case *pyast.BoolOp:
		var last pyast.Expr
		for _, v := range x.Values {
			if c := lastCompare(v); c != nil {
				last = c
			}
		}
		return last
	}
	return nil
}

// elementAt is the range of adding a comprehension's element from first
// to last (a dict's key to its value): 3.12+ gives it that range (the
// comprehension runs inline, PEP 709), 3.11 the comprehension's.
func (c *compiler) elementAt(first, last pyast.Expr) srcLoc {
	if !c.version.AtLeast(3, 12) {
		return c.u.loc
	}
	loc := locOf(first)
	e := last.EndPosition()
	loc.endLine, loc.endCol = int32(e.Line), int32(e.Col)
	return loc
}
