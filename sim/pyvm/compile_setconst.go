// This file compiles a set display whose items are all constants the way
// CPython 3.9+ does (Python/compile.c starunpack_helper): with three or
// more constant items the set is built empty and updated from a frozenset
// constant, and a set filled from another set's table takes that table's
// order (settable.go setMerge), so {2, 5, 11, 17, 30} prints as
// {17, 2, 5, 11, 30} from 3.9 on and as written on 3.8.

package pyvm

import (
	"math/big"

	"zombielab/sim/pyast"
)

// constSet emits BUILD_SET 0, LOAD_CONST frozenset, SET_UPDATE when the
// version folds the display; it reports whether it did.
func (c *compiler) constSet(elts []pyast.Expr) bool {
	if !c.version.AtLeast(3, 9) || len(elts) <= 2 {
		return false
	}
	vals := make([]Value, len(elts))
	for i, e := range elts {
		v, ok := foldedConst(e)
		if !ok {
			return false
		}
		vals[i] = v
	}
	// The constant keeps the items in source order, unhashed: a set
	// updated from it adds them in that order to a fresh frozenset first
	// (setUpdateFrom), which is PyFrozenSet_New(tuple) in the compiler.
	t := table{}
	t.rebuild(nil)
	for _, v := range vals {
		if err := t.put(v, nil); err != nil {
			return false // unhashable constant: let BUILD_SET raise it
		}
	}
	t.entries = append(t.entries, entry{key: frozenMark})
	c.emit(opBuildSet, 0)
	c.emit(opLoadConst, len(c.u.code.Consts))
	c.u.code.Consts = append(c.u.code.Consts, &Set{t: t})
	c.emit(opSetUpdate, 0)
	return true
}

// foldedConst is the value of an expression CPython's AST optimizer folds
// to a constant: a literal, a negated number, a tuple of those.
func foldedConst(e pyast.Expr) (Value, bool) {
	switch n := e.(type) {
	case *pyast.Constant:
		switch n.Kind {
		case pyast.ConstNone:
			return None, true
		case pyast.ConstBool:
			return mkBool(n.Bool), true
		case pyast.ConstInt:
			return Int(n.Int), true
		case pyast.ConstBigInt:
			b, ok := new(big.Int).SetString(n.Str, 10)
			return normBig(b), ok
		case pyast.ConstFloat:
			return Float(n.Float), true
		case pyast.ConstStr:
			return Str(n.Str), true
		case pyast.ConstBytes:
			return Bytes(n.Str), true
		}
	case *pyast.UnaryOp:
		if n.Op != "-" {
			return nil, false
		}
		v, ok := foldedConst(n.Operand)
		if !ok {
			return nil, false
		}
		switch x := v.(type) {
		case Int:
			if x != Int(-1<<63) {
				return -x, true
			}
		case Float:
			return -x, true
		case *BigInt:
			return normBig(new(big.Int).Neg(x.v)), true
		}
	case *pyast.Tuple:
		items := make([]Value, len(n.Elts))
		for i, e := range n.Elts {
			v, ok := foldedConst(e)
			if !ok {
				return nil, false
			}
			items[i] = v
		}
		return newTuple(items), true
	}
	return nil, false
}
