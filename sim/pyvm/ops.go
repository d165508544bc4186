// This file implements the generic operators: binary operators over every
// builtin type, comparisons and equality, truth, membership, subscripts,
// iteration and unpacking; user classes take part through their dunder
// methods (__eq__, __lt__, __add__, __len__, __getitem__, __iter__, ...).

package pyvm

import (
	"errors"
	"math/big"
	"strings"
)

var errUnsupportedOp = errors.New("unsupported operand")

// dunder calls a special method of an instance synchronously; ok=false if
// the class does not define it.
func (in *Interp) dunder(o Value, name string, args ...Value) (Value, bool, error) {
	x, isInst := o.(*Instance)
	if !isInst {
		if c, ok := o.(*Class); ok && c.meta != nil {
			return in.metaDunder(c, name, args...)
		}
		return nil, false, nil
	}
	m, ok := x.cls.lookup(name)
	if !ok {
		return nil, false, nil
	}
	return in.callDunder(x, m, args)
}

// callDunder calls special method m of self with args; NotImplemented
// reports ok=false. A copy of args: the caller's then stays on its stack
// (dunder is asked about every comparison and operator, and most operands
// are not instances).
func (in *Interp) callDunder(self, m Value, args []Value) (Value, bool, error) {
	r, err := in.callSync(&BoundMethod{self: self, fn: m}, append([]Value(nil), args...), nil)
	if err == nil && r == notImplementedType(struct{}{}) {
		return nil, false, nil
	}
	return r, true, err
}

var binopDunder = [...]string{"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__"}

func (in *Interp) binary(op binop, a, b Value, inplace bool) (Value, error) {
	if x, ok := a.(Bool); ok && op >= opAnd && op <= opXor {
		// bool's &, | and ^ of two bools give a bool (Objects/boolobject.c).
		if y, ok := b.(Bool); ok {
			switch op {
			case opAnd:
				return mkBool(bool(x) && bool(y)), nil
			case opOr:
				return mkBool(bool(x) || bool(y)), nil
			}
			return mkBool(bool(x) != bool(y)), nil
		}
	}
	// An operator the numbers lack (1.5 & 2, 1 @ 2) goes on to the
	// TypeError of binaryDunders.
	if x, ok := asInt(a); ok {
		if y, ok := asInt(b); ok {
			if r, err := intBinary(in.cfg.Version, op, x, y); err != errUnsupportedOp {
				return r, err
			}
		}
	}
	if x, ok := asFloat(a); ok {
		if y, ok := asFloat(b); ok {
			if r, err := floatBinary(in.cfg.Version, op, x, y); err != errUnsupportedOp {
				return r, err
			}
		}
	}
	if r, ok, err := bigMixed(in.cfg.Version, op, a, b); ok && err != errUnsupportedOp {
		return r, err
	}
	if _, isInst := b.(*Instance); isInst && !isPyInstance(a) && !(op == opMod && isStrOrBytes(a)) {
		// A builtin left operand has no numeric slot that takes an
		// instance (str and list concatenate and repeat through sequence
		// slots, tried last): binary_op1 reaches the instance's reflected
		// method first, so [0] + UserList([1]) is a UserList. Only str's
		// and bytes' % formats whatever it is given.
		if r, ok, err := in.dunder(b, "__r"+binopDunder[op][2:], a); ok || err != nil {
			return r, err
		}
	}
	r, err := in.seqBinary(op, a, b, inplace)
	if err != errUnsupportedOp {
		return r, err
	}
	if inplace {
		// binary_iop1: __iadd__ and friends first, then __add__ ...
		if r, ok, err := in.dunder(a, inplaceDunder(op), b); ok || err != nil {
			return r, err
		}
	}
	return in.binaryDunders(op, a, b, inplace)
}

// inplaceDunder is "__iadd__" for opAdd, and so on.
func inplaceDunder(op binop) string { return "__i" + binopDunder[op][2:] }

// binaryDunders is binary_op1 for instances: a's method, then b's
// reflected one, then the TypeError.
func (in *Interp) binaryDunders(op binop, a, b Value, inplace bool) (Value, error) {
	if r, ok, err := in.dunder(a, binopDunder[op], b); ok || err != nil {
		return r, err
	}
	if r, ok, err := in.dunder(b, "__r"+binopDunder[op][2:], a); ok || err != nil {
		return r, err
	}
	return nil, newTypeError("unsupported operand type(s) for %s: '%s' and '%s'", opSymbol(op, inplace), typeName(a), typeName(b))
}

func opSymbol(op binop, inplace bool) string {
	if inplace {
		return op.String() + "="
	}
	if op == opPow {
		return "** or pow()" // binary_op1's name for the slot pow() shares
	}
	return op.String()
}

// seqBinary handles str, list, tuple, set and dict operators.
func (in *Interp) seqBinary(op binop, a, b Value, inplace bool) (Value, error) {
	if r, ok, err := in.viewBinary(op, a, b); ok {
		return r, err
	}
	if _, ok := a.(*List); ok && op == opAdd {
		if o, ok := seqOf(b); ok {
			b = o // list + an instance of a list subclass: a list
		}
	}
	if op == opMul && (isRepeatable(a) && isBig(b) || isBig(a) && isRepeatable(b)) {
		return nil, errIndexSized(overflowErrorClass)
	}
	switch x := a.(type) {
	case Str:
		switch op {
		case opAdd:
			if y, ok := b.(Str); ok {
				if len(x)+len(y) > maxItems {
					return nil, tooBig(int64(len(x) + len(y)))
				}
				// CPython resizes a str nothing else references in
				// place (unicode_concatenate), so s += t in a loop is
				// linear there: charge only what is appended.
				return x + y, in.spendCopy(len(y))
			}
			return nil, newTypeError("can only concatenate str (not \"%s\") to str", typeName(b))
		case opMul:
			if n, ok := asInt(b); ok {
				if n > 0 && int64(len(x))*n > maxItems {
					return nil, tooBig(int64(len(x)) * n)
				}
				return Str(strings.Repeat(string(x), int(max(n, 0)))), in.spendCopy(len(x) * int(max(n, 0)))
			}
		case opMod:
			s, err := in.percentFormat(string(x), b)
			return Str(s), err
		}
	case Bytes:
		if y, ok := bytesOf(b); ok && op == opAdd {
			if len(x)+len(y) > maxItems {
				return nil, tooBig(int64(len(x) + len(y)))
			}
			return x + Bytes(y), in.spendCopy(len(y))
		}
		switch op {
		case opMul:
			if n, ok := asInt(b); ok {
				if n > 0 && int64(len(x))*n > maxItems {
					return nil, tooBig(int64(len(x)) * n)
				}
				return Bytes(strings.Repeat(string(x), int(max(n, 0)))), in.spendCopy(len(x) * int(max(n, 0)))
			}
		case opMod:
			return in.bytesPercent(string(x), b)
		case opAdd:
			return nil, newTypeError("can't concat %s to bytes", typeName(b))
		}
	case *List:
		switch op {
		case opAdd:
			if inplace {
				vs, err := in.iterate(b)
				if err != nil {
					return nil, err
				}
				if len(x.items)+len(vs) > maxItems {
					return nil, tooBig(int64(len(x.items) + len(vs)))
				}
				x.ownFrom(len(x.items))
				x.items = append(x.items, vs...)
				return x, in.spendCopy(len(vs))
			}
			if y, ok := b.(*List); ok {
				if len(x.items)+len(y.items) > maxItems {
					return nil, tooBig(int64(len(x.items) + len(y.items)))
				}
				return newList(concat(x.items, y.items)), in.spendCopy(len(x.items) + len(y.items))
			}
			return nil, newTypeError("can only concatenate list (not \"%s\") to list", typeName(b))
		case opMul:
			if n, ok := asInt(b); ok {
				if n > 0 && int64(len(x.items))*n > maxItems {
					return nil, tooBig(int64(len(x.items)) * n)
				}
				if inplace {
					// list_inplace_repeat: the same list, repeated.
					x.own()
					x.items = repeat(x.items, n)
					return x, in.spendCopy(len(x.items))
				}
				return newList(repeat(x.items, n)), in.spendCopy(len(x.items) * int(max(n, 0)))
			}
		}
	case *Tuple:
		switch op {
		case opAdd:
			if y, ok := b.(*Tuple); ok {
				if len(x.items)+len(y.items) > maxItems {
					return nil, tooBig(int64(len(x.items) + len(y.items)))
				}
				return newTuple(concat(x.items, y.items)), in.spendCopy(len(x.items) + len(y.items))
			}
			return nil, newTypeError("can only concatenate tuple (not \"%s\") to tuple", typeName(b))
		case opMul:
			if n, ok := asInt(b); ok {
				if n > 0 && int64(len(x.items))*n > maxItems {
					return nil, tooBig(int64(len(x.items)) * n)
				}
				return newTuple(repeat(x.items, n)), in.spendCopy(len(x.items) * int(max(n, 0)))
			}
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return in.setBinary(op, x, y, inplace)
		}
	case *Instance:
		if d, ok := bytearrayData(x); ok && inplace && op == opAdd {
			// bytearray += x extends in place (bytearray_iconcat).
			y, ok := bytesOf(b)
			if !ok {
				return nil, newTypeError("can't concat %s to bytearray", typeName(b))
			}
			setBytearray(x, d+y)
			return x, nil
		}
	case *Dict:
		if y, ok := unproxy(b).(*Dict); ok && op == opOr && (b == y || in.cfg.Version.AtLeast(3, 9)) {
			d := x
			if !inplace {
				d = &Dict{t: x.t.copy()}
			}
			return d, in.dictUpdate(d, y)
		}
	case *MappingProxy:
		// mappingproxy_or (3.9): a new dict, never the class's updated.
		if y, ok := unproxy(b).(*Dict); ok && op == opOr && in.cfg.Version.AtLeast(3, 9) {
			d := &Dict{t: x.d.t.copy()}
			return d, in.dictUpdate(d, y)
		}
	}
	if n, ok := asInt(a); ok && op == opMul {
		switch b.(type) {
		case Str, *List, *Tuple:
			return in.seqBinary(op, b, mkInt(n), false)
		}
	}
	return nil, errUnsupportedOp
}

// maxItems bounds the size of one str, list or tuple: a simulated process
// gets a MemoryError instead of exhausting the simulator's memory.
const maxItems = 1 << 22

func tooBig(n int64) error {
	return raisef(memoryErrorClass, "the simulator limits a sequence to %d items (asked for %d)", maxItems, n)
}

func concat(a, b []Value) []Value {
	r := make([]Value, 0, len(a)+len(b))
	return append(append(r, a...), b...)
}

func repeat(a []Value, n int64) []Value {
	if n <= 0 || len(a) == 0 {
		return nil
	}
	r := make([]Value, 0, int64(len(a))*n)
	for i := int64(0); i < n; i++ {
		r = append(r, a...)
	}
	return r
}

func (in *Interp) unary(op unop, a Value) (Value, error) {
	switch op {
	case unNot:
		t, err := in.truth(a)
		return mkBool(!t), err
	case unNeg:
		if x, ok := asInt(a); ok {
			if x == -x && x != 0 {
				return normBig(new(big.Int).Neg(big.NewInt(x))), nil
			}
			return mkInt(-x), nil
		}
		if x, ok := a.(*BigInt); ok {
			return normBig(new(big.Int).Neg(x.v)), nil
		}
		if x, ok := a.(Float); ok {
			return -x, nil
		}
		if r, ok, err := in.dunder(a, "__neg__"); ok || err != nil {
			return r, err
		}
	case unPos:
		if x, ok := asInt(a); ok {
			return mkInt(x), nil
		}
		if x, ok := a.(*BigInt); ok {
			return x, nil
		}
		if r, ok, err := in.dunder(a, "__pos__"); ok || err != nil {
			return r, err
		}
		if x, ok := a.(Float); ok {
			return x, nil
		}
	case unInvert:
		if x, ok := asInt(a); ok {
			return mkInt(^x), nil
		}
		if x, ok := a.(*BigInt); ok {
			return normBig(new(big.Int).Not(x.v)), nil
		}
		if r, ok, err := in.dunder(a, "__invert__"); ok || err != nil {
			return r, err
		}
	}
	return nil, newTypeError("bad operand type for unary %s: '%s'", op, typeName(a))
}

// truth is bool(v), calling __bool__ or __len__ for instances.
func (in *Interp) truth(v Value) (bool, error) {
	if x, ok := v.(*Instance); ok {
		if r, ok, err := in.dunder(x, "__bool__"); ok || err != nil {
			if err != nil {
				return false, err
			}
			b, isBool := r.(Bool)
			if !isBool {
				return false, newTypeError("__bool__ should return bool, returned %s", typeName(r))
			}
			return bool(b), nil
		}
		if r, ok, err := in.dunder(x, "__len__"); ok || err != nil {
			if err != nil {
				return false, err
			}
			n, _ := asInt(r)
			return n != 0, nil
		}
		return true, nil
	}
	return truth(v), nil
}

var cmpDunder = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwap = [...]cmpop{cmpGt, cmpGe, cmpEq, cmpNe, cmpLt, cmpLe}

func (in *Interp) compare(op cmpop, a, b Value) (Value, error) {
	switch op {
	case cmpIs:
		return mkBool(identical(a, b)), nil
	case cmpIsNot:
		return mkBool(!identical(a, b)), nil
	case cmpIn, cmpNotIn:
		ok, err := in.contains(b, a)
		return mkBool(ok == (op == cmpIn)), err
	case cmpEq, cmpNe:
		if isPyInstance(a) || isPyInstance(b) {
			// What the method returns, which need not be a bool; when no
			// side answers, identity (do_richcompare's default).
			if r, ok, err := in.richcmp(op, a, b); ok || err != nil {
				return r, err
			}
			return mkBool(identical(a, b) == (op == cmpEq)), nil
		}
		eq, err := in.eq(a, b)
		return mkBool(eq == (op == cmpEq)), err
	}
	if x, ok := a.(*Set); ok {
		if y, ok := b.(*Set); ok {
			return in.setOrder(op, x, y)
		}
	}
	if r, ok, err := in.viewCompare(op, a, b); ok || err != nil {
		return r, err
	}
	if r, ok, err := in.richcmp(op, a, b); ok || err != nil {
		return r, err
	}
	if r, ok := floatOrder(op, a, b); ok {
		return r, nil
	}
	if x, y, ok := sameSeqs(a, b); ok {
		return in.seqOrder(op, x, y)
	}
	c, err := in.order(a, b, op)
	if err != nil {
		return nil, err
	}
	return orderResult(op, c), nil
}

// floatOrder is < <= > or >= when a float is compared with a number: done
// on the values, since a NaN is neither less, equal nor greater (a
// three-way result would make nan >= 1 true).
func floatOrder(op cmpop, a, b Value) (Value, bool) {
	_, af := a.(Float)
	_, bf := b.(Float)
	if !af && !bf {
		return nil, false
	}
	x, ok := asFloat(a)
	if !ok {
		return nil, false
	}
	y, ok := asFloat(b)
	if !ok {
		return nil, false
	}
	switch op {
	case cmpLt:
		return mkBool(x < y), true
	case cmpLe:
		return mkBool(x <= y), true
	case cmpGt:
		return mkBool(x > y), true
	}
	return mkBool(x >= y), true
}

// seqOrder is < <= > or >= between two lists or two tuples
// (list_richcompare, tuplerichcompare): the first items that differ
// answer, with whatever their comparison returns.
func (in *Interp) seqOrder(op cmpop, x, y []Value) (Value, error) {
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := in.eq(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			return in.compare(op, x[i], y[i])
		}
	}
	return orderResult(op, cmp3(len(x) < len(y), len(x) > len(y))), nil
}

// sameSeqs gives the items of two lists or two tuples.
func sameSeqs(a, b Value) ([]Value, []Value, bool) {
	switch x := a.(type) {
	case *List:
		if y, ok := b.(*List); ok {
			return x.items, y.items, true
		}
	case *Tuple:
		if y, ok := b.(*Tuple); ok {
			return x.items, y.items, true
		}
	}
	return nil, nil, false
}

// orderResult is the bool of < <= > or >= for a three-way result c.
func orderResult(op cmpop, c int) Value {
	switch op {
	case cmpLt:
		return mkBool(c < 0)
	case cmpLe:
		return mkBool(c <= 0)
	case cmpGt:
		return mkBool(c > 0)
	}
	return mkBool(c >= 0)
}

// identical is `is`: same object for pointers, same value for immutables.
func identical(a, b Value) bool {
	switch x := a.(type) {
	case Float:
		y, ok := b.(Float)
		return ok && x == y
	case *BoundMethod:
		return a == b
	}
	return a == b
}

// order compares two values of orderable builtin types: -1, 0 or 1.
func (in *Interp) order(a, b Value, op cmpop) (int, error) {
	if x, ok := asInt(a); ok {
		if y, ok := asInt(b); ok {
			return cmp3(x < y, x > y), nil
		}
	}
	if x, ok := asFloat(a); ok {
		if y, ok := asFloat(b); ok {
			return cmp3(x < y, x > y), nil
		}
	}
	if c, ok := bigOrder(a, b); ok {
		return c, nil
	}
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return strings.Compare(string(x), string(y)), nil
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return strings.Compare(string(x), string(y)), nil
		}
	case *List:
		if y, ok := b.(*List); ok {
			return in.orderSeq(x.items, y.items, op)
		}
	case *Tuple:
		if y, ok := b.(*Tuple); ok {
			return in.orderSeq(x.items, y.items, op)
		}
	}
	return 0, newTypeError("'%s' not supported between instances of '%s' and '%s'", op, typeName(a), typeName(b))
}

func cmp3(lt, gt bool) int {
	if lt {
		return -1
	}
	if gt {
		return 1
	}
	return 0
}

func (in *Interp) orderSeq(a, b []Value, op cmpop) (int, error) {
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, err := in.eq(a[i], b[i])
		if err != nil {
			return 0, err
		}
		if !eq {
			// The first items that differ decide, by op itself
			// (Objects/listobject.c list_richcompare): a three-way
			// answer that orderResult turns back into op's.
			r, err := in.compare(op, a[i], b[i])
			if err != nil {
				return 0, err
			}
			yes, err := in.truth(r)
			if err != nil {
				return 0, err
			}
			if op == cmpGt || op == cmpGe {
				return cmp3(!yes, yes), nil
			}
			return cmp3(yes, !yes), nil
		}
	}
	return cmp3(len(a) < len(b), len(a) > len(b)), nil
}

// eq is ==.
func (in *Interp) eq(a, b Value) (bool, error) {
	if x, ok := asInt(a); ok {
		if y, ok := asInt(b); ok {
			return x == y, nil
		}
	}
	if isPyInstance(a) || isPyInstance(b) {
		return in.eqInstance(a, b)
	}
	if r, ok, err := in.viewCompare(cmpEq, a, b); ok || err != nil {
		if err != nil {
			return false, err
		}
		return bool(r.(Bool)), nil
	}
	if c, ok := bigOrder(a, b); ok {
		return c == 0, nil
	}
	if x, ok := asFloat(a); ok {
		if y, ok := asFloat(b); ok {
			return x == y, nil
		}
		return false, nil
	}
	switch x := a.(type) {
	case Str:
		y, ok := b.(Str)
		return ok && x == y, nil
	case *List:
		if y, ok := b.(*List); ok {
			return in.eqSeq(x.items, y.items)
		}
		return false, nil
	case *Tuple:
		if y, ok := b.(*Tuple); ok {
			return in.eqSeq(x.items, y.items)
		}
		return false, nil
	case *Dict:
		if y, ok := unproxy(b).(*Dict); ok {
			return in.eqDict(x, y)
		}
		return false, nil
	case *MappingProxy:
		// mappingproxy_richcompare: the mapping shown compared.
		return in.eq(x.d, unproxy(b))
	case *Slice:
		// slice_richcompare: as the tuples (start, stop, step).
		if y, ok := b.(*Slice); ok {
			return in.eqSeq([]Value{orNone(x.lo), orNone(x.hi), orNone(x.step)}, []Value{orNone(y.lo), orNone(y.hi), orNone(y.step)})
		}
		return false, nil
	case *Set:
		if y, ok := b.(*Set); ok {
			return in.setEq(x, y)
		}
		return false, nil
	case *BoundMethod:
		y, ok := b.(*BoundMethod)
		return ok && x.fn == y.fn && identical(x.self, y.self), nil
	}
	return identical(a, b), nil
}

// eqInstance is == with an instance on at least one side: the methods
// richcmp finds, then identity.
func (in *Interp) eqInstance(a, b Value) (bool, error) {
	r, ok, err := in.richcmp(cmpEq, a, b)
	if err != nil {
		return false, err
	}
	if ok {
		return in.truth(r)
	}
	return identical(a, b), nil
}

// richcmp is the part of a comparison that instances answer, after
// Objects/object.c do_richcompare (3.8-3.13): the right operand's
// reflected method first when its class is a proper subclass of the
// left's, then the left's method, then the right's reflected one (unless
// tried already). ok is false when no side answered (no method, or
// NotImplemented); builtin values answer only each other, which the
// callers compare before or after.
func (in *Interp) richcmp(op cmpop, a, b Value) (Value, bool, error) {
	rightFirst := false
	if y, ok := b.(*Instance); ok {
		if ta := typeOf(a); ta != y.cls && isSubclass(y.cls, ta) {
			rightFirst = true
			if r, ok, err := in.cmpMethod(y, cmpSwap[op], a); ok || err != nil {
				return r, ok, err
			}
		}
	}
	if x, ok := a.(*Instance); ok {
		if r, ok, err := in.cmpMethod(x, op, b); ok || err != nil {
			return r, ok, err
		}
	} else if r, ok, err := in.builtinCmp(op, a, b); ok || err != nil {
		return r, ok, err
	}
	if y, ok := b.(*Instance); ok {
		if !rightFirst {
			return in.cmpMethod(y, cmpSwap[op], a)
		}
		return nil, false, nil
	}
	return in.builtinCmp(cmpSwap[op], b, a)
}

// builtinCmp is a builtin value's comparison with an instance: only a dict
// knows one, an instance of a dict subclass, which it compares as a dict.
func (in *Interp) builtinCmp(op cmpop, x, other Value) (Value, bool, error) {
	if l, ok := x.(*List); ok {
		// A list knows an instance of a list subclass too.
		o, ok := seqOf(other)
		if !ok {
			return nil, false, nil
		}
		r, err := in.listCompare(op, l, o)
		return r, err == nil, err
	}
	d, ok := x.(*Dict)
	if !ok || op != cmpEq && op != cmpNe {
		return nil, false, nil
	}
	o, ok := mappingOf(other)
	if !ok {
		return nil, false, nil
	}
	eq, err := in.eqDict(d, o)
	return mkBool(eq == (op == cmpEq)), err == nil, err
}

// cmpMethod calls x's comparison method for op (slot_tp_richcompare); a
// class without __ne__ gets object.__ne__'s default, the inverse of its
// __eq__ unless that is NotImplemented (Objects/typeobject.c,
// object_richcompare).
func (in *Interp) cmpMethod(x *Instance, op cmpop, other Value) (Value, bool, error) {
	if r, ok, err := in.dunder(x, cmpDunder[op], other); ok || err != nil {
		return r, ok, err
	}
	if op != cmpNe {
		return nil, false, nil
	}
	if _, has := x.cls.lookup("__ne__"); has {
		return nil, false, nil // its own __ne__ said NotImplemented
	}
	r, ok, err := in.dunder(x, "__eq__", other)
	if !ok || err != nil {
		return nil, false, err
	}
	t, err := in.truth(r)
	return mkBool(!t), err == nil, err
}

func (in *Interp) eqSeq(a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	for i := range a {
		if identical(a[i], b[i]) {
			continue
		}
		eq, err := in.eq(a[i], b[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func (in *Interp) eqDict(x, y *Dict) (bool, error) {
	if x.t.live != y.t.live {
		return false, nil
	}
	for _, e := range x.t.entries {
		if !e.live() {
			continue
		}
		// The equal key of y: frozensets and keys of a program's class
		// with __hash__ are found by value (dictKey).
		k, err := in.dictKey(y, e.key)
		if err != nil {
			return false, err
		}
		v, ok, err := y.t.get(k)
		if err != nil || !ok {
			return false, err
		}
		if eq, err := in.eq(e.val, v); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// contains is `item in container`.
func (in *Interp) contains(container, item Value) (bool, error) {
	switch c := container.(type) {
	case *MappingProxy:
		return in.contains(c.d, item)
	case *DictView:
		return in.viewContains(c, item)
	case Str:
		s, ok := item.(Str)
		if !ok {
			return false, newTypeError("'in <string>' requires string as left operand, not %s", typeName(item))
		}
		return strings.Contains(string(c), string(s)), nil
	case *Dict:
		k, err := in.dictKey(c, item)
		if err != nil {
			return false, err
		}
		_, ok, err := c.t.get(k)
		return ok, err
	case *Set:
		return in.setHas(c, item)
	case Bytes:
		return bytesContains(c, item)
	case *List:
		return in.seqContains(c.items, item)
	case *Tuple:
		return in.seqContains(c.items, item)
	case *Range:
		n, ok := asInt(item)
		if !ok {
			return false, nil
		}
		if c.step > 0 {
			return n >= c.start && n < c.stop && (n-c.start)%c.step == 0, nil
		}
		return n <= c.start && n > c.stop && (c.start-n)%(-c.step) == 0, nil
	case *Instance, *Class:
		if r, ok, err := in.dunder(c, "__contains__", item); ok || err != nil {
			if err != nil {
				return false, err
			}
			return in.truth(r)
		}
	}
	it, err := in.getIter(container)
	if err != nil {
		return false, newTypeError("argument of type '%s' is not iterable", typeName(container))
	}
	// Stop at the first match: the rest of an iterator stays unconsumed.
	found := false
	err = in.forEach(it, func(v Value) (bool, error) {
		eq, err := in.seqContains([]Value{v}, item)
		found = eq
		return eq, err
	})
	return found, err
}

func (in *Interp) seqContains(vs []Value, item Value) (bool, error) {
	for _, v := range vs {
		if identical(v, item) {
			return true, nil
		}
		eq, err := in.eq(v, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func isPyInstance(v Value) bool {
	_, ok := v.(*Instance)
	return ok
}

func isStrOrBytes(v Value) bool {
	switch v.(type) {
	case Str, Bytes:
		return true
	}
	return false
}
