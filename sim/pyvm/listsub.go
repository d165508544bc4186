// This file lets a program subclass list (Objects/listobject.c,
// Objects/typeobject.c; CPython 3.8–3.13), as dictsub.go does dict: an
// instance of a list subclass is an Instance whose seq is the list it is.
// Its attributes, special methods written in Python, forks and pickling are
// an instance's; list's methods and special methods, found through the
// class's MRO, act on its seq. Slicing, + and * give plain lists, as in
// CPython; list.__iadd__ and __imul__ give the instance back.

package pyvm

// isListSubclass reports a class of the program's whose MRO holds list.
func isListSubclass(c *Class) bool {
	if c.builtin {
		return false
	}
	for _, k := range c.mro {
		if k == listClass {
			return true
		}
	}
	return false
}

// seqOf is the list v is: v itself, or an instance's seq.
func seqOf(v Value) (*List, bool) {
	switch x := v.(type) {
	case *List:
		return x, true
	case *Instance:
		if x.seq != nil {
			return x.seq, true
		}
	}
	return nil, false
}

// listSelf is the list a list method was called on, and the instance when
// it is one of a subclass.
func listSelf(name string, v Value) (*List, *Instance, error) {
	switch x := v.(type) {
	case *List:
		return x, nil, nil
	case *Instance:
		if x.seq != nil {
			return x.seq, x, nil
		}
	}
	return nil, nil, newTypeError("descriptor '%s' for 'list' objects doesn't apply to a '%s' object", name, typeName(v))
}

// listMethod adds a list special method taking self and lo..hi arguments.
func listMethod(name string, lo, hi int, fn func(in *Interp, l *List, sub *Instance, args []Value) (Value, error)) {
	listClass.dict.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("descriptor '%s' of 'list' object needs an argument", name)
		}
		if err := checkMethodArgs(in, "list", name, args[1:], kw, lo, hi); err != nil {
			return nil, err
		}
		l, sub, err := listSelf(name, args[0])
		if err != nil {
			return nil, err
		}
		return fn(in, l, sub, args[1:])
	}})
}

// initListDunders adds list's special methods, which an instance of a
// subclass reaches through its class, and list.__new__ and list.__init__.
func initListDunders() {
	listClass.dict.setStr("__new__", &StaticMethod{fn: &Builtin{name: "__new__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("list.__new__(): not enough arguments")
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, newTypeError("list.__new__(X): X is not a type object (%s)", typeName(args[0]))
		}
		if c == listClass {
			return newList(nil), nil
		}
		if !isListSubclass(c) {
			return nil, newTypeError("list.__new__(%s): %s is not a subtype of list", c.name, c.name)
		}
		return in.bareInstance(c, nil, nil)
	}}})
	listClass.dict.setStr("__init__", &Builtin{name: "__init__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("descriptor '__init__' of 'list' object needs an argument")
		}
		l, _, err := listSelf("__init__", args[0])
		if err != nil {
			return nil, err
		}
		if len(kw) > 0 {
			return nil, newTypeError("list() takes no keyword arguments")
		}
		if len(args) > 2 {
			return nil, newTypeError("list expected at most 1 argument, got %d", len(args)-1)
		}
		// list___init___impl: emptied, then extended.
		var vs []Value
		if len(args) == 2 {
			if vs, err = in.iterate(args[1]); err != nil {
				return nil, err
			}
		}
		l.items, l.shared, l.frozen = copyVals(vs), false, 0
		return None, nil
	}})
	listMethod("__getitem__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		return in.getItem(l, args[0])
	})
	listMethod("__setitem__", 2, 2, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		return None, in.setItem(l, args[0], args[1])
	})
	listMethod("__delitem__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		return None, in.delItem(l, args[0])
	})
	listMethod("__len__", 0, 0, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		return mkInt(int64(len(l.items))), nil
	})
	listMethod("__iter__", 0, 0, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		return in.getIter(l)
	})
	listMethod("__contains__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		ok, err := in.seqContains(l.items, args[0])
		return mkBool(ok), err
	})
	listMethod("__reversed__", 0, 0, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		out := make([]Value, len(l.items))
		for i, v := range l.items {
			out[len(out)-1-i] = v
		}
		return &Iter{kind: iterSeq, src: newTuple(out), cls: listRevIterClass}, nil
	})
	listMethod("__repr__", 0, 0, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		s, err := in.repr(l)
		return Str(s), err
	})
	listMethod("__add__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		o, ok := seqOf(args[0])
		if !ok {
			return nil, newTypeError("can only concatenate list (not \"%s\") to list", typeName(args[0]))
		}
		return in.seqBinary(opAdd, l, o, false)
	})
	listMethod("__mul__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		return in.seqBinary(opMul, l, args[0], false)
	})
	listMethod("__rmul__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		return in.seqBinary(opMul, l, args[0], false)
	})
	listMethod("__iadd__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		vs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		l.ownFrom(len(l.items))
		l.items = append(l.items, copyVals(vs)...)
		if sub != nil {
			return sub, nil
		}
		return l, nil
	})
	listMethod("__imul__", 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
		r, err := in.seqBinary(opMul, l, args[0], false)
		if err != nil {
			return nil, err
		}
		l.items, l.shared, l.frozen = r.(*List).items, false, 0
		if sub != nil {
			return sub, nil
		}
		return l, nil
	})
	for i, name := range cmpDunder {
		op := cmpop(i)
		listMethod(name, 1, 1, func(in *Interp, l *List, sub *Instance, args []Value) (Value, error) {
			o, ok := seqOf(args[0])
			if !ok {
				return notImplementedType(struct{}{}), nil
			}
			return in.listCompare(op, l, o)
		})
	}
	listClass.dict.setStr("__hash__", None)
}

// listCompare is list_richcompare between two lists.
func (in *Interp) listCompare(op cmpop, a, b *List) (Value, error) {
	switch op {
	case cmpEq, cmpNe:
		eq, err := in.eqSeq(a.items, b.items)
		return mkBool(eq == (op == cmpEq)), err
	}
	return in.seqOrder(op, a.items, b.items)
}

// searchBounds is list.index's start and stop (listindex: negative ones
// count from the end, then both are clamped to the list).
func (in *Interp) searchBounds(args []Value, n int) (lo, hi int, err error) {
	clamp := func(v Value) (int, error) {
		i, err := in.intArg(v)
		if err != nil {
			if isPyExc(err, typeErrorClass) {
				return 0, newTypeError("slice indices must be integers or have an __index__ method")
			}
			return 0, err
		}
		if i < 0 {
			i += int64(n)
		}
		return int(min(max(i, 0), int64(n))), nil
	}
	lo, hi = 0, n
	if lo, err = clamp(args[0]); err != nil {
		return 0, 0, err
	}
	if len(args) > 1 {
		if hi, err = clamp(args[1]); err != nil {
			return 0, 0, err
		}
	}
	return lo, hi, nil
}
