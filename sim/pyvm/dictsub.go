// This file lets a program subclass dict, as collections' Counter,
// OrderedDict and defaultdict do (Objects/dictobject.c, Objects/typeobject.c;
// CPython 3.8–3.13). An instance of a dict subclass is an Instance whose
// mapping is the dict it is: attribute lookup, instance attributes,
// __slots__, special methods written in Python, forks and pickling are an
// instance's, and dict's own methods and special methods (dict.__getitem__,
// keys(), update(), ...), found through the class's MRO, act on its mapping.
// dict.__getitem__ calls the class's __missing__ for a missing key; where
// CPython's C code takes any dict (dict(x), d.update(x), {**x}, f(**x)),
// PyDict_Merge's test is kept: the mapping is read as it is unless the
// class overrides __iter__, and then through keys() and __getitem__.
//
// What the subset leaves out: a dict subclass whose instances are also of
// another builtin type (list, tuple, an exception) is refused, as CPython
// refuses it ("multiple bases have instance lay-out conflict"); pickling an
// instance (a multiprocessing queue) rebuilds its items without calling a
// __setitem__ the class overrides (pickle's SETITEMS would).

package pyvm

// isDictSubclass reports a class of the program's whose MRO holds dict.
func isDictSubclass(c *Class) bool {
	if c.builtin {
		return false
	}
	for _, k := range c.mro {
		if k == dictClass {
			return true
		}
	}
	return false
}

// mappingOf is the dict v is: v itself, or an instance's mapping.
func mappingOf(v Value) (*Dict, bool) {
	switch x := v.(type) {
	case *Dict:
		return x, true
	case *Instance:
		if x.mapping != nil {
			return x.mapping, true
		}
	}
	return nil, false
}

// mergeable is the dict PyDict_Merge reads v as directly: a dict, or an
// instance of a dict subclass that keeps dict's __iter__.
func mergeable(v Value) (*Dict, bool) {
	d, ok := mappingOf(v)
	if !ok {
		return nil, false
	}
	if x, isInst := v.(*Instance); isInst {
		if it, _ := x.cls.lookup("__iter__"); it != dictIter {
			return nil, false
		}
	}
	return d, true
}

// checkSolidBases refuses a dict or list subclass whose instances would
// also be of another builtin type (best_base in Objects/typeobject.c finds
// two solid bases).
func checkSolidBases(c *Class) error {
	var solid *Class
	switch {
	case isDictSubclass(c):
		solid = dictClass
	case isListSubclass(c):
		solid = listClass
	default:
		return nil
	}
	for _, k := range c.mro {
		if k.builtin && k != solid && k != objectClass {
			return newTypeError("multiple bases have instance lay-out conflict")
		}
	}
	return nil
}

// dictSelf is the dict a dict method was called on, and whether it is an
// instance of a subclass.
func dictSelf(name string, v Value) (*Dict, *Instance, error) {
	switch x := v.(type) {
	case *Dict:
		return x, nil, nil
	case *Instance:
		if x.mapping != nil {
			return x.mapping, x, nil
		}
	}
	return nil, nil, newTypeError("descriptor '%s' for 'dict' objects doesn't apply to a '%s' object", name, typeName(v))
}

// dictIter is dict.__iter__, which mergeable looks for.
var dictIter *Builtin

// dictMethod adds a dict method taking self and lo..hi positional
// arguments; sub is the instance when self is one of a subclass.
func dictMethod(name string, lo, hi int, fn func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error)) *Builtin {
	b := &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("descriptor '%s' of 'dict' object needs an argument", name)
		}
		if err := checkMethodArgs(in, "dict", name, args[1:], kw, lo, hi); err != nil {
			return nil, err
		}
		d, sub, err := dictSelf(name, args[0])
		if err != nil {
			return nil, err
		}
		return fn(in, d, sub, args[1:])
	}}
	dictClass.dict.setStr(name, b)
	return b
}

// dictGetItem is dict.__getitem__, which missingFrame looks for.
var dictGetItem *Builtin

// initDictDunders adds dict's special methods, which an instance of a
// subclass reaches through its class (a plain dict's operations never look
// them up), and dict.__new__ and dict.__init__.
func initDictDunders() {
	dictClass.dict.setStr("__new__", &StaticMethod{fn: &Builtin{name: "__new__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("dict.__new__(): not enough arguments")
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, newTypeError("dict.__new__(X): X is not a type object (%s)", typeName(args[0]))
		}
		if c == dictClass {
			return newDict(), nil
		}
		if !isDictSubclass(c) {
			return nil, newTypeError("dict.__new__(%s): %s is not a subtype of dict", c.name, c.name)
		}
		return in.bareInstance(c, nil, nil)
	}}})
	dictClass.dict.setStr("__init__", &Builtin{name: "__init__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("descriptor '__init__' of 'dict' object needs an argument")
		}
		d, _, err := dictSelf("__init__", args[0])
		if err != nil {
			return nil, err
		}
		return None, in.dictInit(d, "dict", args[1:], kw)
	}})
	dictIter = dictMethod("__iter__", 0, 0, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		return in.getIter(d)
	})
	dictGetItem = dictMethod("__getitem__", 1, 1, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		v, found, err := in.dictLookup(d, args[0])
		if err != nil || found {
			return v, err
		}
		if sub != nil {
			// dict_subscript: a subclass's __missing__ answers.
			if m, ok := sub.cls.lookup("__missing__"); ok {
				return in.callSync(bindAttr(m, sub, sub.cls), []Value{args[0]}, nil)
			}
		}
		return nil, &PyError{newExc(keyErrorClass, args[0])}
	})
	dictMethod("__setitem__", 2, 2, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		return None, in.setItem(d, args[0], args[1])
	})
	dictMethod("__delitem__", 1, 1, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		return None, in.delItem(d, args[0])
	})
	dictMethod("__contains__", 1, 1, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		ok, err := in.contains(d, args[0])
		return mkBool(ok), err
	})
	dictMethod("__len__", 0, 0, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		return mkInt(int64(d.t.live)), nil
	})
	dictMethod("__repr__", 0, 0, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		s, err := in.repr(d)
		return Str(s), err
	})
	dictMethod("__reversed__", 0, 0, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		return in.reversedOf(d)
	})
	for i, name := range cmpDunder {
		op := cmpop(i)
		dictMethod(name, 1, 1, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
			o, ok := mappingOf(args[0])
			if !ok || op != cmpEq && op != cmpNe {
				return notImplementedType(struct{}{}), nil
			}
			eq, err := in.eqDict(d, o)
			return mkBool(eq == (op == cmpEq)), err
		})
	}
	// PEP 584 (3.9): | and |= with another dict; the result of | is a
	// plain dict (dict_or copies with PyDict_Copy).
	dictMethod("__or__", 1, 1, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		o, ok := mappingOf(args[0])
		if !ok || !in.cfg.Version.AtLeast(3, 9) {
			return notImplementedType(struct{}{}), nil
		}
		n := &Dict{t: d.t.copy()}
		return n, in.dictUpdate(n, o)
	})
	dictMethod("__ror__", 1, 1, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		o, ok := mappingOf(args[0])
		if !ok || !in.cfg.Version.AtLeast(3, 9) {
			return notImplementedType(struct{}{}), nil
		}
		n := &Dict{t: o.t.copy()}
		return n, in.dictUpdate(n, d)
	})
	dictMethod("__ior__", 1, 1, func(in *Interp, d *Dict, sub *Instance, args []Value) (Value, error) {
		if !in.cfg.Version.AtLeast(3, 9) {
			return notImplementedType(struct{}{}), nil
		}
		if err := in.dictUpdate(d, args[0]); err != nil {
			return nil, err
		}
		if sub != nil {
			return sub, nil
		}
		return d, nil
	})
	dictClass.dict.setStr("__hash__", None)
}

// dictLookup is d[k] without the KeyError.
func (in *Interp) dictLookup(d *Dict, k Value) (Value, bool, error) {
	dk, err := in.dictKey(d, k)
	if err != nil {
		return nil, false, err
	}
	return d.t.get(dk)
}

// dictInit is dict(...)'s and dict.__init__'s arguments into d: at most
// one positional (a mapping or pairs), then keywords.
func (in *Interp) dictInit(d *Dict, name string, args []Value, kw []string) error {
	pos := args[:len(args)-len(kw)]
	if len(pos) > 1 {
		return newTypeError("%s expected at most 1 argument, got %d", name, len(pos))
	}
	if len(pos) == 1 {
		if err := in.dictUpdate(d, pos[0]); err != nil {
			return err
		}
	}
	for i, k := range kw {
		d.setStr(k, args[len(pos)+i])
	}
	return nil
}

// missingFrame runs x.__missing__(k) as a frame when x is an instance of a
// dict subclass whose mapping lacks k and whose class defines __missing__
// in Python (so its lines are steps, as CPython traces them); pushed
// reports it did.
func (in *Interp) missingFrame(x *Instance, k Value) (bool, error) {
	if in.syncDepth > 0 {
		return false, nil
	}
	if gi, _ := x.cls.lookup("__getitem__"); gi != dictGetItem {
		return false, nil
	}
	_, fn, ok := pyDunder(x, "__missing__")
	if !ok {
		return false, nil
	}
	_, found, err := in.dictLookup(x.mapping, k)
	if err != nil || found {
		return false, err
	}
	return true, in.pushDunder(x, fn, retNormal, k)
}

// reversedOf is reversed(d): d's keys, last first (dict.__reversed__, 3.8).
func (in *Interp) reversedOf(d *Dict) (Value, error) {
	if err := in.dictReady(d); err != nil {
		return nil, err
	}
	out := make([]Value, 0, d.t.live)
	for i := len(d.t.entries) - 1; i >= 0; i-- {
		if e := d.t.entries[i]; e.live() {
			out = append(out, e.key)
		}
	}
	return &Iter{kind: iterSeq, src: newTuple(out), cls: dictRevKeyIterClass}, nil
}

// dictValue is x.__dict__: the instance itself when its attributes are its
// own mapping (self.__dict__ = self, the attribute-dict idiom).
func (x *Instance) dictValue() Value {
	if x.mapping != nil && x.dict == x.mapping && !x.cls.anySlots() {
		return x
	}
	return x.cls.visibleDict(x.dict)
}

// staticBase is the class tp_new_wrapper names in "is not safe, use
// X.__new__()" (Objects/typeobject.c): the first along the first bases
// that does not define __new__ in Python.
func staticBase(c *Class) *Class {
	for !c.builtin && len(c.bases) > 0 {
		if _, own := c.dict.getStr("__new__"); !own {
			break
		}
		c = c.bases[0]
	}
	return c
}
