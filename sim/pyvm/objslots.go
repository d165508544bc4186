// This file gives object's and BaseException's special methods as
// attributes (Objects/typeobject.c object_repr, object_str, object_richcompare,
// _Py_HashPointer; Objects/exceptions.c BaseException_str and _repr), for the
// idioms that name them: __hash__ = object.__hash__ in a class that
// defines __eq__, super().__repr__(), super().__str__() in an exception,
// object.__eq__(a, b). They are found only by attribute lookup on a class
// and through super(), after the class's MRO: the VM's own dispatch
// (vm_dunder.go, ops.go) models these slots without looking them up.

package pyvm

import "fmt"

// slotFallback is the special method name of builtin class k (object or
// BaseException) as CPython's type dict holds it, or false.
func (in *Interp) slotFallback(k *Class, name string) (*Builtin, bool) {
	one := func(fn func(in *Interp, self Value, args []Value) (Value, error), n int) *Builtin {
		return &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return nil, newTypeError("descriptor '%s' of '%s' object needs an argument", name, k.name)
			}
			if err := checkArgs(name, args[1:], kw, n, n); err != nil {
				return nil, err
			}
			return fn(in, args[0], args[1:])
		}}
	}
	if k == baseExceptionClass {
		switch name {
		case "__str__":
			return one(func(in *Interp, self Value, args []Value) (Value, error) {
				if x, ok := self.(*Instance); ok && x.exc != nil {
					return Str(excStr(x)), nil
				}
				return nil, newTypeError("descriptor '__str__' requires a 'BaseException' object but received a '%s'", typeName(self))
			}, 0), true
		case "__repr__":
			return one(func(in *Interp, self Value, args []Value) (Value, error) {
				if x, ok := self.(*Instance); ok && x.exc != nil {
					s, err := in.seqRepr("(", ")", x.exc.args.items, nil)
					return Str(x.cls.name + s), err
				}
				return nil, newTypeError("descriptor '__repr__' requires a 'BaseException' object but received a '%s'", typeName(self))
			}, 0), true
		}
		return nil, false
	}
	if k != objectClass {
		return nil, false
	}
	switch name {
	case "__repr__":
		return one(func(in *Interp, self Value, args []Value) (Value, error) {
			if x, ok := self.(*Instance); ok {
				return Str(fmt.Sprintf("<%s object at %s>", qualClassName(x.cls), in.addr(x))), nil
			}
			s, err := in.repr(self)
			return Str(s), err
		}, 0), true
	case "__str__":
		// object_str: repr() through the type's __repr__.
		return one(func(in *Interp, self Value, args []Value) (Value, error) {
			s, err := in.repr(self)
			return Str(s), err
		}, 0), true
	case "__hash__":
		return one(func(in *Interp, self Value, args []Value) (Value, error) {
			return mkInt(in.idOf(self) >> 4), nil
		}, 0), true
	case "__eq__":
		return one(func(in *Interp, self Value, args []Value) (Value, error) {
			if identical(self, args[0]) {
				return trueV, nil
			}
			return notImplementedType(struct{}{}), nil
		}, 1), true
	case "__ne__":
		// object_richcompare's Py_NE: the inverse of the type's __eq__.
		return one(func(in *Interp, self Value, args []Value) (Value, error) {
			if x, ok := self.(*Instance); ok {
				r, ok, err := in.dunder(x, "__eq__", args[0])
				if err != nil || !ok {
					return notImplementedType(struct{}{}), err
				}
				t, err := in.truth(r)
				return mkBool(!t), err
			}
			return mkBool(!identical(self, args[0])), nil
		}, 1), true
	case "__lt__", "__le__", "__gt__", "__ge__":
		return one(func(in *Interp, self Value, args []Value) (Value, error) {
			return notImplementedType(struct{}{}), nil
		}, 1), true
	}
	return nil, false
}

// classSlot is slotFallback along c's MRO (the first of object and
// BaseException it holds that has name).
func (in *Interp) classSlot(c *Class, name string) (*Builtin, bool) {
	for _, k := range c.mro {
		if b, ok := in.slotFallback(k, name); ok {
			return b, true
		}
	}
	return nil, false
}
