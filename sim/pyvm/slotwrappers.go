// This file gives int, bool, float, str and bytes the special methods
// CPython's classes carry (Objects/typeobject.c slot wrappers such as
// int.__add__, and the few ordinary methods among them such as
// float.__round__), for the code that names them: functools.reduce(
// int.__add__, xs), map(str.__len__, words), (5).__add__(1). Each applies
// what the operator does, with the slot wrapper's own rules (3.8-3.13):
// an operand the type does not handle gives NotImplemented (int.__add__(1,
// 1.5), int.__lt__(1, 'a')), a self of another type is a TypeError, and a
// bool operand of an int method counts as the int it is. The interpreter's
// operators never look here: these types cannot be subclassed in the
// subset, so only attribute lookups meet these methods.

package pyvm

// isIntValue reports an int (bool included).
func isIntValue(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}

// asPlainInt is an int or bool as an int (True is 1).
func asPlainInt(v Value) Value {
	if b, ok := v.(Bool); ok {
		if b {
			return mkInt(1)
		}
		return mkInt(0)
	}
	return v
}

// slotSelf reports whether v is an instance of c, for c's special methods.
func slotSelf(c *Class, v Value) bool {
	switch c {
	case intClass:
		return isIntValue(v)
	case boolClass:
		_, ok := v.(Bool)
		return ok
	case floatClass:
		_, ok := v.(Float)
		return ok
	case strClass:
		_, ok := v.(Str)
		return ok
	case bytesClass:
		_, ok := v.(Bytes)
		return ok
	}
	return false
}

// slot adds special method name to c, taking exactly nargs arguments
// after self (-1: fn checks them).
func slot(c *Class, name string, nargs int, fn func(in *Interp, self Value, args []Value) (Value, error)) {
	if _, ok := c.dict.getStr(name); ok {
		return // the type's own method (list.__getitem__ style) stays
	}
	isMethod := methodDunder(c.name, name)
	b := &Builtin{name: name, owner: c}
	b.fn = func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == len(kw) {
			return nil, unboundNeedsArg(in, c.name, name)
		}
		self, rest := args[0], args[1:len(args)-len(kw)]
		if !slotSelf(c, self) {
			if isMethod {
				return nil, newTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.name, typeName(self))
			}
			return nil, newTypeError("descriptor '%s' requires a '%s' object but received a '%s'", name, c.name, typeName(self))
		}
		if len(kw) > 0 {
			if isMethod {
				return nil, newTypeError("%s() takes no keyword arguments", name)
			}
			return nil, newTypeError("wrapper %s() takes no keyword arguments", name)
		}
		if nargs >= 0 && len(rest) != nargs {
			return nil, newTypeError("expected %d argument%s, got %d", nargs, plural(nargs), len(rest))
		}
		return fn(in, self, rest)
	}
	c.dict.setStr(name, b)
}

// callUniverse calls builtin function name.
func callUniverse(in *Interp, name string, args ...Value) (Value, error) {
	b, _ := universe.getStr(name)
	return b.(*Builtin).fn(in, args, nil)
}

var notImplemented Value = notImplementedType(struct{}{})

// numberSlots adds the arithmetic and comparison methods of int or float:
// accepts reports the operands the type's own operation takes.
func numberSlots(c *Class, ops []binop, accepts func(Value) bool) {
	for _, op := range ops {
		name := binopDunder[op]
		op := op
		slot(c, name, 1, func(in *Interp, self Value, a []Value) (Value, error) {
			if !accepts(a[0]) {
				return notImplemented, nil
			}
			return in.binary(op, asPlainInt(self), asPlainInt(a[0]), false)
		})
		slot(c, "__r"+name[2:], 1, func(in *Interp, self Value, a []Value) (Value, error) {
			if !accepts(a[0]) {
				return notImplemented, nil
			}
			return in.binary(op, asPlainInt(a[0]), asPlainInt(self), false)
		})
	}
	slot(c, "__divmod__", 1, func(in *Interp, self Value, a []Value) (Value, error) {
		if !accepts(a[0]) {
			return notImplemented, nil
		}
		return callUniverse(in, "divmod", asPlainInt(self), asPlainInt(a[0]))
	})
	slot(c, "__rdivmod__", 1, func(in *Interp, self Value, a []Value) (Value, error) {
		if !accepts(a[0]) {
			return notImplemented, nil
		}
		return callUniverse(in, "divmod", asPlainInt(a[0]), asPlainInt(self))
	})
	// pow's third argument (int.__pow__(2, 3, 5)).
	slot(c, "__pow__", -1, func(in *Interp, self Value, a []Value) (Value, error) {
		if len(a) < 1 || len(a) > 2 {
			return nil, newTypeError("expected 1 argument, got %d", len(a))
		}
		if !accepts(a[0]) {
			return notImplemented, nil
		}
		return callUniverse(in, "pow", append([]Value{asPlainInt(self)}, a...)...)
	})
	slot(c, "__rpow__", -1, func(in *Interp, self Value, a []Value) (Value, error) {
		if len(a) < 1 || len(a) > 2 {
			return nil, newTypeError("expected 1 argument, got %d", len(a))
		}
		if !accepts(a[0]) {
			return notImplemented, nil
		}
		return callUniverse(in, "pow", append([]Value{asPlainInt(a[0]), asPlainInt(self)}, a[1:]...)...)
	})
	compareSlots(c, accepts)
	unarySlot(c, "__neg__", func(in *Interp, v Value) (Value, error) { return in.unary(unNeg, asPlainInt(v)) })
	unarySlot(c, "__pos__", func(in *Interp, v Value) (Value, error) { return in.unary(unPos, asPlainInt(v)) })
	unarySlot(c, "__abs__", func(in *Interp, v Value) (Value, error) { return callUniverse(in, "abs", asPlainInt(v)) })
	unarySlot(c, "__bool__", func(in *Interp, v Value) (Value, error) {
		t, err := in.truth(v)
		return mkBool(t), err
	})
	unarySlot(c, "__int__", func(in *Interp, v Value) (Value, error) { return in.callSync(intClass, []Value{v}, nil) })
	unarySlot(c, "__float__", func(in *Interp, v Value) (Value, error) { return in.callSync(floatClass, []Value{v}, nil) })
	unarySlot(c, "__hash__", func(in *Interp, v Value) (Value, error) { return in.hash(v) })
	unarySlot(c, "__repr__", func(in *Interp, v Value) (Value, error) {
		s, err := in.repr(v)
		return Str(s), err
	})
	unarySlot(c, "__trunc__", func(in *Interp, v Value) (Value, error) { return in.callSync(intClass, []Value{v}, nil) })
	slot(c, "__round__", -1, func(in *Interp, self Value, a []Value) (Value, error) {
		if len(a) > 1 {
			return nil, newTypeError("__round__ expected at most 1 argument, got %d", len(a))
		}
		return builtinRound(in, append([]Value{asPlainInt(self)}, a...), nil)
	})
	formatSlot(c)
}

// compareSlots adds the six comparisons.
func compareSlots(c *Class, accepts func(Value) bool) {
	for _, p := range []struct {
		name string
		op   cmpop
	}{{"__lt__", cmpLt}, {"__le__", cmpLe}, {"__eq__", cmpEq}, {"__ne__", cmpNe}, {"__gt__", cmpGt}, {"__ge__", cmpGe}} {
		op := p.op
		slot(c, p.name, 1, func(in *Interp, self Value, a []Value) (Value, error) {
			if !accepts(a[0]) {
				return notImplemented, nil
			}
			return in.compare(op, self, a[0])
		})
	}
}

func unarySlot(c *Class, name string, fn func(in *Interp, v Value) (Value, error)) {
	slot(c, name, 0, func(in *Interp, self Value, _ []Value) (Value, error) { return fn(in, self) })
}

func formatSlot(c *Class) {
	slot(c, "__format__", -1, func(in *Interp, self Value, a []Value) (Value, error) {
		if len(a) != 1 {
			return nil, newTypeError("__format__() takes exactly one argument (%d given)", len(a))
		}
		spec, ok := a[0].(Str)
		if !ok {
			return nil, newTypeError("__format__() argument must be str, not %s", typeName(a[0]))
		}
		s, err := in.format(self, string(spec))
		return Str(s), err
	})
}

// sequenceSlots adds what str and bytes share: concatenation (whose
// errors are the + operator's), repetition, % formatting, length,
// membership, indexing, iteration, hashing, repr and comparisons with
// their own type.
func sequenceSlots(c *Class, same func(Value) bool) {
	slot(c, "__add__", 1, func(in *Interp, self Value, a []Value) (Value, error) { return in.binary(opAdd, self, a[0], false) })
	slot(c, "__mul__", 1, func(in *Interp, self Value, a []Value) (Value, error) {
		if !isIntValue(a[0]) {
			return notImplemented, nil
		}
		return in.binary(opMul, self, a[0], false)
	})
	slot(c, "__rmul__", 1, func(in *Interp, self Value, a []Value) (Value, error) {
		if !isIntValue(a[0]) {
			return notImplemented, nil
		}
		return in.binary(opMul, self, a[0], false)
	})
	slot(c, "__mod__", 1, func(in *Interp, self Value, a []Value) (Value, error) { return in.binary(opMod, self, a[0], false) })
	unarySlot(c, "__len__", func(in *Interp, v Value) (Value, error) {
		n, err := in.length(v)
		return mkInt(int64(n)), err
	})
	slot(c, "__contains__", 1, func(in *Interp, self Value, a []Value) (Value, error) {
		ok, err := in.contains(self, a[0])
		return mkBool(ok), err
	})
	slot(c, "__getitem__", 1, func(in *Interp, self Value, a []Value) (Value, error) { return in.getItem(self, a[0]) })
	unarySlot(c, "__iter__", func(in *Interp, v Value) (Value, error) { return in.getIter(v) })
	unarySlot(c, "__hash__", func(in *Interp, v Value) (Value, error) { return in.hash(v) })
	unarySlot(c, "__repr__", func(in *Interp, v Value) (Value, error) {
		s, err := in.repr(v)
		return Str(s), err
	})
	compareSlots(c, same)
}

func init() {
	intOps := []binop{opAdd, opSub, opMul, opTrueDiv, opFloorDiv, opMod, opLShift, opRShift, opAnd, opOr, opXor}
	numberSlots(intClass, intOps, isIntValue)
	unarySlot(intClass, "__invert__", func(in *Interp, v Value) (Value, error) { return in.unary(unInvert, asPlainInt(v)) })
	unarySlot(intClass, "__index__", func(in *Interp, v Value) (Value, error) { return asPlainInt(v), nil })
	unarySlot(intClass, "__floor__", func(in *Interp, v Value) (Value, error) { return asPlainInt(v), nil })
	unarySlot(intClass, "__ceil__", func(in *Interp, v Value) (Value, error) { return asPlainInt(v), nil })
	slot(intClass, "__getnewargs__", 0, func(in *Interp, self Value, _ []Value) (Value, error) {
		return newTuple([]Value{asPlainInt(self)}), nil
	})
	// bool's &, | and ^ keep a bool when both operands are bools, else
	// they are int's.
	for _, op := range []binop{opAnd, opOr, opXor} {
		name := binopDunder[op]
		op := op
		for _, n := range []string{name, "__r" + name[2:]} {
			slot(boolClass, n, 1, func(in *Interp, self Value, a []Value) (Value, error) {
				if !isIntValue(a[0]) {
					return notImplemented, nil
				}
				if _, ok := a[0].(Bool); ok {
					return in.binary(op, self, a[0], false)
				}
				return in.binary(op, asPlainInt(self), a[0], false)
			})
		}
	}
	unarySlot(boolClass, "__repr__", func(in *Interp, v Value) (Value, error) {
		s, err := in.repr(v)
		return Str(s), err
	})

	numberSlots(floatClass, []binop{opAdd, opSub, opMul, opTrueDiv, opFloorDiv, opMod}, func(v Value) bool {
		_, isFloat := v.(Float)
		return isFloat || isIntValue(v)
	})
	slot(floatClass, "__getnewargs__", 0, func(in *Interp, self Value, _ []Value) (Value, error) {
		return newTuple([]Value{self}), nil
	})

	sequenceSlots(strClass, func(v Value) bool { _, ok := v.(Str); return ok })
	unarySlot(strClass, "__str__", func(in *Interp, v Value) (Value, error) { return v, nil })
	formatSlot(strClass)
	slot(strClass, "__getnewargs__", 0, func(in *Interp, self Value, _ []Value) (Value, error) {
		return newTuple([]Value{self}), nil
	})
	sequenceSlots(bytesClass, func(v Value) bool {
		if _, ok := v.(Bytes); ok {
			return true
		}
		x, ok := v.(*Instance)
		return ok && x.cls == bytearrayClass
	})
}
