// This file compiles expressions, assignment targets and comprehensions.

package pyvm

import (
	"math/big"
	"zombielab/sim/pyast"
)

// binop is a binary operator.
type binop uint8

const (
	opAdd binop = iota
	opSub
	opMul
	opTrueDiv
	opFloorDiv
	opMod
	opPow
	opLShift
	opRShift
	opAnd
	opOr
	opXor
	opMatMul
)

var binopNames = [...]string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"}

func (b binop) String() string { return binopNames[b] }

var binopByName = func() map[string]binop {
	m := map[string]binop{}
	for i, n := range binopNames {
		m[n] = binop(i)
	}
	return m
}()

// cmpop is a comparison operator.
type cmpop uint8

const (
	cmpLt cmpop = iota
	cmpLe
	cmpEq
	cmpNe
	cmpGt
	cmpGe
	cmpIn
	cmpNotIn
	cmpIs
	cmpIsNot
)

var cmpNames = [...]string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"}

func (c cmpop) String() string { return cmpNames[c] }

var cmpByName = func() map[string]cmpop {
	m := map[string]cmpop{}
	for i, n := range cmpNames {
		m[n] = cmpop(i)
	}
	return m
}()

// unop is a unary operator.
type unop uint8

const (
	unNeg unop = iota
	unPos
	unInvert
	unNot
)

func (u unop) String() string { return [...]string{"-", "+", "~", "not"}[u] }

var unopByName = map[string]unop{"-": unNeg, "+": unPos, "~": unInvert, "not": unNot}

// expr compiles an expression; its instructions carry the line where the
// expression node starts, so a statement spanning lines has line events on
// each, as in CPython 3.11.
func (c *compiler) expr(e pyast.Expr) {
	old, oldLoc := c.u.line, c.at(e)
	if l := e.Position().Line; l > 0 && old > 0 {
		c.u.line = l
	}
	c.exprAt(e)
	c.u.line, c.u.loc = old, oldLoc
}

func (c *compiler) exprAt(e pyast.Expr) {
	switch n := e.(type) {
	case *pyast.Name:
		c.loadName(n.Id)
	case *pyast.Constant:
		c.constant(n)
	case *pyast.JoinedStr:
		c.joinedStr(n)
	case *pyast.FormattedValue:
		c.formattedValue(n)
	case *pyast.Tuple:
		c.sequence(n.Elts, opBuildTuple)
	case *pyast.List:
		c.sequence(n.Elts, opBuildList)
	case *pyast.Set:
		c.sequence(n.Elts, opBuildSet)
	case *pyast.Dict:
		c.dict(n)
	case *pyast.BinOp:
		op, ok := binopByName[n.Op]
		if !ok || op == opMatMul {
			c.unsupported(n.P, "operator "+n.Op)
		}
		c.expr(n.Left)
		c.expr(n.Right)
		old := c.setLine(n.P.Line)
		c.emit(opBinary, int(op))
		c.u.line = old
	case *pyast.UnaryOp:
		c.expr(n.Operand)
		c.emit(opUnary, int(unopByName[n.Op]))
	case *pyast.BoolOp:
		c.boolOp(n)
	case *pyast.Compare:
		c.compare(n)
	case *pyast.Call:
		c.call(n)
	case *pyast.Attribute:
		c.expr(n.X)
		old := c.setLine(n.P.Line)
		c.emitAt(c.attrAt(c.u.loc, n), opLoadAttr, c.name(n.Attr))
		c.u.line = old
	case *pyast.Subscript:
		c.expr(n.X)
		c.subscriptIndex(n.Index)
		old := c.setLine(n.P.Line)
		c.emit(opLoadSubscr, 0)
		c.u.line = old
	case *pyast.Slice:
		c.slice(n)
	case *pyast.IfExp:
		c.expr(n.Test)
		jf := c.emit(opPopJumpIfFalse, 0)
		c.expr(n.Body)
		je := c.emit(opJump, 0)
		c.patch(jf)
		c.expr(n.Else)
		c.patch(je)
	case *pyast.Lambda:
		c.function(n, "<lambda>", n.Args, nil, n.Body)
	case *pyast.ListComp:
		c.comprehension(n, "<listcomp>", n.Generators, compList, n.Elt, nil)
	case *pyast.GeneratorExp:
		c.comprehension(n, "<genexpr>", n.Generators, compGenerator, n.Elt, nil)
	case *pyast.SetComp:
		c.comprehension(n, "<setcomp>", n.Generators, compSet, n.Elt, nil)
	case *pyast.DictComp:
		c.comprehension(n, "<dictcomp>", n.Generators, compDict, n.Key, n.Value)
	case *pyast.Starred:
		c.unsupported(n.P, "a starred expression here")
	case *pyast.NamedExpr:
		c.expr(n.Value)
		c.emit(opDupTop, 0)
		c.storeName(n.Target.Id)
	case *pyast.Yield:
		c.yield(n)
	default:
		c.unsupported(e.Position(), "this expression")
	}
}

func (c *compiler) constant(n *pyast.Constant) {
	switch n.Kind {
	case pyast.ConstNone:
		c.loadConst(None)
	case pyast.ConstBool:
		c.loadConst(mkBool(n.Bool))
	case pyast.ConstInt:
		c.loadConst(Int(n.Int))
	case pyast.ConstBigInt:
		b, ok := new(big.Int).SetString(n.Str, 10)
		if !ok {
			c.errorf(n.P, "invalid integer literal %s", n.Str)
			return
		}
		c.loadConst(normBig(b))
	case pyast.ConstFloat:
		c.loadConst(Float(n.Float))
	case pyast.ConstStr:
		c.loadConst(Str(n.Str))
	case pyast.ConstBytes:
		c.loadConst(Bytes(n.Str))
	case pyast.ConstEllipsis:
		c.loadConst(ellipsisType{})
	}
}

func (c *compiler) joinedStr(n *pyast.JoinedStr) {
	if c.fstring == (srcLoc{}) {
		c.fstring = locOf(n)
		defer func() { c.fstring = srcLoc{} }()
	}
	for _, v := range n.Values {
		c.expr(v)
	}
	if len(n.Values) == 1 {
		if _, ok := n.Values[0].(*pyast.FormattedValue); ok {
			return
		}
	}
	c.emit(opBuildString, len(n.Values))
}

func (c *compiler) formattedValue(n *pyast.FormattedValue) {
	conv := n.Conversion
	if n.SelfDoc != "" {
		c.loadConst(Str(n.SelfDoc))
		if conv == 0 && n.FormatSpec == nil {
			conv = 'r'
		}
	}
	c.expr(n.Value)
	a := int(conv)
	if n.FormatSpec != nil {
		c.expr(n.FormatSpec)
		a |= 1 << 8
	}
	if c.version.AtLeast(3, 12) {
		c.emit(opFormatValue, a)
	} else {
		// Before 3.12 (PEP 701) a replacement field has the range of the
		// whole f-string it is in.
		c.emitAt(c.fstring, opFormatValue, a)
	}
	if n.SelfDoc != "" {
		c.emit(opBuildString, 2)
	}
}

func hasStarred(es []pyast.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*pyast.Starred); ok {
			return true
		}
	}
	return false
}

// sequence builds a tuple, list or set display, with *x unpacking.
func (c *compiler) sequence(elts []pyast.Expr, build Opcode) {
	if build == opBuildSet && c.constSet(elts) {
		return
	}
	if !hasStarred(elts) {
		for _, e := range elts {
			c.expr(e)
		}
		c.emit(build, len(elts))
		return
	}
	if build == opBuildSet {
		c.emit(opBuildSet, 0)
	} else {
		c.emit(opBuildList, 0)
	}
	for _, e := range elts {
		if s, ok := e.(*pyast.Starred); ok {
			c.expr(s.Value)
			if build == opBuildSet {
				c.emit(opSetUpdate, 0)
			} else {
				c.emit(opListExtend, 0)
			}
			continue
		}
		c.expr(e)
		if build == opBuildSet {
			c.emit(opSetAdd, 1)
		} else {
			c.emit(opListAppend, 1)
		}
	}
	if build == opBuildTuple {
		c.emit(opListToTuple, 0)
	}
}

func (c *compiler) dict(n *pyast.Dict) {
	spread := false
	for _, k := range n.Keys {
		if k == nil {
			spread = true
		}
	}
	if !spread {
		for i := range n.Keys {
			c.expr(n.Keys[i])
			c.expr(n.Values[i])
		}
		c.emit(opBuildMap, len(n.Keys))
		return
	}
	c.emit(opBuildMap, 0)
	for i, k := range n.Keys {
		if k == nil {
			c.expr(n.Values[i])
			c.emit(opDictUpdate, 0)
			continue
		}
		c.expr(k)
		c.expr(n.Values[i])
		c.emit(opMapAdd, 1)
	}
}

func (c *compiler) boolOp(n *pyast.BoolOp) {
	op := opJumpIfFalseOrPop
	if n.Op == "or" {
		op = opJumpIfTrueOrPop
	}
	var js []int
	for i, v := range n.Values {
		c.expr(v)
		if i < len(n.Values)-1 {
			js = append(js, c.emit(op, 0))
		}
	}
	for _, j := range js {
		c.patch(j)
	}
}

func (c *compiler) compare(n *pyast.Compare) {
	c.expr(n.Left)
	old := c.setLine(n.P.Line)
	defer func() { c.u.line = old }()
	if len(n.Ops) == 1 {
		c.expr(n.Comparators[0])
		c.emit(opCompare, int(cmpByName[n.Ops[0]]))
		return
	}
	var cleanups []int
	for i, op := range n.Ops {
		c.expr(n.Comparators[i])
		if i < len(n.Ops)-1 {
			c.emit(opDupTop, 0)
			c.emit(opRotThree, 0)
			c.emit(opCompare, int(cmpByName[op]))
			cleanups = append(cleanups, c.emit(opJumpIfFalseOrPop, 0))
			continue
		}
		c.emit(opCompare, int(cmpByName[op]))
	}
	end := c.emit(opJump, 0)
	for _, j := range cleanups {
		c.patch(j)
	}
	c.emit(opRotTwo, 0)
	c.emit(opPopTop, 0)
	c.patch(end)
}

func (c *compiler) call(n *pyast.Call) {
	spread := hasStarred(n.Args)
	for _, k := range n.Keywords {
		if k.Name == "" {
			spread = true
		}
	}
	// o.name(args): LOAD_METHOD and CALL_METHOD, as CPython compiles it
	// (compiler_call's maybe_optimize_method_call, 3.7+): a method found on
	// o's class is called with o as its first argument, and no bound method
	// is made for the call.
	attr, method := n.Func.(*pyast.Attribute)
	method = method && !spread
	if method {
		c.expr(attr.X)
		old := c.setLine(attr.P.Line)
		c.emitAt(c.attrAt(locOf(attr), attr), opLoadMethod, c.name(attr.Attr))
		c.u.line = old
	} else {
		c.expr(n.Func)
	}
	if spread {
		c.sequence(n.Args, opBuildTuple)
		if len(n.Keywords) > 0 {
			c.emit(opBuildMap, 0)
			for _, k := range n.Keywords {
				if k.Name == "" {
					c.expr(k.Value)
					c.emit(opDictUpdate, 0)
					continue
				}
				c.loadConst(Str(k.Name))
				c.expr(k.Value)
				c.emit(opMapAdd, 1)
			}
		}
		old := c.setLine(n.P.Line)
		c.emit(opCallEx, min(len(n.Keywords), 1))
		c.u.line = old
		return
	}
	for _, a := range n.Args {
		c.expr(a)
	}
	for _, k := range n.Keywords {
		c.expr(k.Value)
	}
	old := c.setLine(n.P.Line)
	call, callKw := opCall, opCallKw
	loc := c.u.loc
	if method {
		call, callKw = opCallMethod, opCallMethodKw
		loc = c.attrAt(loc, attr)
	}
	if len(n.Keywords) == 0 {
		c.emitAt(loc, call, len(n.Args))
	} else {
		names := make([]Value, len(n.Keywords))
		for i, k := range n.Keywords {
			names[i] = Str(k.Name)
		}
		c.loadConst(newTuple(names))
		c.emitAt(loc, callKw, len(n.Args)+len(n.Keywords))
	}
	c.u.line = old
}

func (c *compiler) subscriptIndex(e pyast.Expr) {
	if s, ok := e.(*pyast.Slice); ok {
		c.slice(s)
		return
	}
	c.expr(e)
}

func (c *compiler) slice(s *pyast.Slice) {
	for _, p := range []pyast.Expr{s.Lo, s.Hi, s.Step} {
		if p == nil {
			c.loadConst(None)
		} else {
			c.expr(p)
		}
	}
	c.emit(opBuildSlice, 0)
}

type compKind uint8

const (
	compList compKind = iota
	compSet
	compDict
	compGenerator // a generator expression: the body yields each element
)

func (k compKind) String() string { return [...]string{"list", "set", "dict", "generator"}[k] }

// yield compiles `yield x`, `yield` and `yield from x` (YIELD_VALUE,
// and GET_YIELD_FROM_ITER, None, YIELD_FROM as in CPython 3.8).
func (c *compiler) yield(n *pyast.Yield) {
	if n.From {
		c.expr(n.Value)
		c.emit(opGetYieldFromIter, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
		return
	}
	if n.Value == nil {
		c.loadConst(None)
	} else {
		c.expr(n.Value)
	}
	c.emit(opYieldValue, 0)
}

// comprehension compiles the comprehension as a nested function called
// at once with the outermost iterator, as CPython 3.8–3.11 do.
func (c *compiler) comprehension(node pyast.Expr, name string, gens []*pyast.Comprehension, kind compKind, elt, val pyast.Expr) {
	sc := c.st.scopes[node]
	outer := c.u
	qual := c.qual(name)
	line := c.u.line
	c.enter(sc, name, kindFunction, node.Position().Line, qual)
	c.u.line = line
	c.u.loc = locOf(node) // what no element or clause covers: the whole
	c.u.code.NumPos = 1
	c.u.code.Generator = kind == compGenerator
	switch kind {
	case compList:
		c.emit(opBuildList, 0)
	case compSet:
		c.emit(opBuildSet, 0)
	case compDict:
		c.emit(opBuildMap, 0)
	}
	c.compGen(gens, 0, kind, elt, val)
	if kind == compGenerator {
		c.loadConst(None)
	}
	c.emit(opReturnValue, 0)
	code := c.leave()
	c.u = outer
	c.makeFunction(code, qual, 0)
	c.expr(gens[0].Iter)
	c.emit(opGetIter, 0)
	c.emit(opCall, 1)
}

func (c *compiler) compGen(gens []*pyast.Comprehension, i int, kind compKind, elt, val pyast.Expr) {
	g := gens[i]
	if i == 0 {
		c.emit(opLoadFast, 0)
	} else {
		c.expr(g.Iter)
		c.emit(opGetIter, 0)
	}
	top := c.here()
	exit := c.emit(opForIter, 0)
	// The loop variable is stored on the line of the `for` clause, so a
	// comprehension split over lines steps through both (CPython 3.11).
	old := c.setLine(g.Target.Position().Line)
	c.store(g.Target)
	c.u.line = old
	var skips []int
	for _, cond := range g.Ifs {
		c.expr(cond)
		skips = append(skips, c.emit(opPopJumpIfFalse, 0))
	}
	depth := i + 2 // the result sits under one iterator per clause
	if i+1 < len(gens) {
		c.compGen(gens, i+1, kind, elt, val)
	} else {
		switch kind {
		case compList:
			c.expr(elt)
			c.emit(opListAppend, depth)
		case compSet:
			c.expr(elt)
			c.emitAt(c.elementAt(elt, elt), opSetAdd, depth)
		case compDict:
			c.expr(elt)
			c.expr(val)
			c.emitAt(c.elementAt(elt, val), opMapAdd, depth)
		case compGenerator:
			c.expr(elt)
			c.emit(opYieldValue, 0)
			c.emit(opPopTop, 0)
		}
	}
	for _, s := range skips {
		c.patchTo(s, top)
	}
	c.emit(opJump, top)
	c.patch(exit)
}

func (c *compiler) patchTo(j, target int) { c.u.code.Instrs[j].A = int32(target) }

// ---- names and targets ----

func (c *compiler) loadName(n string) {
	switch c.u.sc.resolve(n) {
	case symLocal:
		c.emit(opLoadFast, c.u.locals[n])
	case symCell, symFree:
		c.emit(opLoadDeref, c.u.derefs[n])
	case symGlobal:
		c.emit(opLoadGlobal, c.name(n))
	default:
		c.emit(opLoadName, c.name(n))
	}
}

func (c *compiler) storeName(n string) {
	switch c.u.sc.resolve(n) {
	case symLocal:
		c.emit(opStoreFast, c.u.locals[n])
	case symCell, symFree:
		c.emit(opStoreDeref, c.u.derefs[n])
	case symGlobal:
		c.emit(opStoreGlobal, c.name(n))
	default:
		c.emit(opStoreName, c.name(n))
	}
}

func (c *compiler) delName(n string) {
	switch c.u.sc.resolve(n) {
	case symLocal:
		c.emit(opDeleteFast, c.u.locals[n])
	case symGlobal:
		c.emit(opDeleteGlobal, c.name(n))
	case symName:
		c.emit(opDeleteName, c.name(n))
	default:
		c.unsupported(pyast.Pos{Line: c.u.line, Col: 1}, "deleting a closure variable")
	}
}

func (c *compiler) store(t pyast.Expr) {
	defer func(old srcLoc) { c.u.loc = old }(c.at(t))
	switch n := t.(type) {
	case *pyast.Name:
		c.storeName(n.Id)
	case *pyast.Attribute:
		if self, ok := n.X.(*pyast.Name); ok && self.Id == "self" && len(c.static) > 0 {
			c.static[len(c.static)-1][n.Attr] = true
		}
		c.expr(n.X)
		c.emit(opStoreAttr, c.name(n.Attr))
	case *pyast.Subscript:
		c.expr(n.X)
		c.subscriptIndex(n.Index)
		c.emit(opStoreSubscr, 0)
	case *pyast.Tuple:
		c.unpack(n.P, n.Elts)
	case *pyast.List:
		c.unpack(n.P, n.Elts)
	default:
		c.errorf(t.Position(), "cannot assign to this expression")
	}
}

func (c *compiler) unpack(p pyast.Pos, elts []pyast.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*pyast.Starred); ok {
			if star >= 0 {
				c.errorf(e.Position(), "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(opUnpackSequence, len(elts))
	} else {
		c.emit(opUnpackEx, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*pyast.Starred); ok {
			c.store(s.Value)
			continue
		}
		c.store(e)
	}
}

func (c *compiler) del(t pyast.Expr) {
	defer func(old srcLoc) { c.u.loc = old }(c.at(t))
	switch n := t.(type) {
	case *pyast.Name:
		c.delName(n.Id)
	case *pyast.Attribute:
		c.expr(n.X)
		c.emit(opDeleteAttr, c.name(n.Attr))
	case *pyast.Subscript:
		c.expr(n.X)
		c.subscriptIndex(n.Index)
		c.emit(opDeleteSubscr, 0)
	case *pyast.Tuple:
		for _, e := range n.Elts {
			c.del(e)
		}
	case *pyast.List:
		for _, e := range n.Elts {
			c.del(e)
		}
	default:
		c.errorf(t.Position(), "cannot delete this expression")
	}
}
