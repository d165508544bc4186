// This file lets a program subclass tuple, as collections.namedtuple and
// typing.NamedTuple do (Objects/tupleobject.c tuple_subtype_new,
// Objects/typeobject.c type_call; Modules/_collectionsmodule.c
// _tuplegetter; CPython 3.8–3.13). An instance is a *Tuple whose seq names
// its class (structSeq with no fields): every tuple operation takes it as
// a tuple (indexing, unpacking, len, hashing, comparison, concatenation,
// str % args), while type(), isinstance(), attribute lookup, repr() and
// str() see its class, whose MRO holds tuple. A __str__ or __repr__ written
// in Python runs as a frame from print(), str(), repr() and %-formatting,
// so its lines are steps, as an instance's are (vm_dunder.go, pyDunder).
//
// What the subset leaves out, refused with a clear error instead of
// answered wrongly:
//   - special methods other than __new__, __init__, __repr__, __str__ and
//     __getnewargs__ in the class or its bases (the interpreter's tuple
//     operations would not call them: a class statement that defines one,
//     or a later assignment of one, raises TypeError);
//   - an instance __dict__: a class without __slots__ = () in CPython
//     gives its instances one; here setting or reading an attribute there
//     is refused (with __slots__ = () it is CPython's AttributeError);
//   - a tuple subclass that is also a subclass of another builtin type.

package pyvm

// tupleSubDunders are the special methods a tuple subclass may define.
var tupleSubDunders = map[string]bool{
	"__new__": true, "__init__": true, "__repr__": true, "__str__": true, "__getnewargs__": true,
	// What a class body or type_new puts in the namespace.
	"__module__": true, "__qualname__": true, "__doc__": true, "__slots__": true,
	"__annotations__": true, "__match_args__": true, "__init_subclass__": true,
	"__class_getitem__": true, "__dict__": true, "__weakref__": true, "__orig_bases__": true,
	"__classcell__": true, "__static_attributes__": true, "__firstlineno__": true,
	"__type_params__": true, "__parameters__": true, "__annotate__": true,
}

// isTupleSubclass reports a class of the program's whose MRO holds tuple.
func isTupleSubclass(c *Class) bool {
	if c.builtin {
		return false
	}
	for _, k := range c.mro {
		if k == tupleClass {
			return true
		}
	}
	return false
}

// userTupleClass is the class of an instance of a tuple subclass, or nil
// for a tuple or a struct sequence.
func userTupleClass(t *Tuple) *Class {
	if t.seq != nil && !t.seq.cls.builtin {
		return t.seq.cls
	}
	return nil
}

// tupleSeq is the seq the class's instances carry, made at the first need
// (a fork's copy of the class makes its own).
func (c *Class) tupleSeq() *structSeq {
	if c.tseq == nil {
		c.tseq = &structSeq{cls: c}
	}
	return c.tseq
}

// checkTupleSubclass refuses, when c is made, what an instance of a tuple
// subclass cannot honour here (the package comment above).
func checkTupleSubclass(c *Class) error {
	if !isTupleSubclass(c) {
		return nil
	}
	for _, k := range c.mro {
		if k.builtin && k != tupleClass && k != objectClass {
			// CPython: best_base finds two solid bases.
			return newTypeError("multiple bases have instance lay-out conflict")
		}
	}
	for _, k := range c.mro {
		if k.builtin {
			continue
		}
		for _, e := range k.dict.t.entries {
			if !e.live() {
				continue
			}
			if name, ok := e.key.(Str); ok {
				if err := tupleDunderAllowed(c, string(name)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// tupleDunderAllowed refuses a special method a tuple subclass may not
// define.
func tupleDunderAllowed(c *Class, name string) error {
	if len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__" && !tupleSubDunders[name] {
		return newTypeError("class %s: a subclass of tuple that defines %s is not supported by the simulator", c.name, name)
	}
	return nil
}

// initTupleNew adds tuple.__new__(cls, iterable=()), which a subclass's
// __new__ calls (namedtuple's: tuple.__new__(cls, values)).
func initTupleNew() {
	tupleClass.dict.setStr("__new__", &StaticMethod{fn: &Builtin{name: "__new__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) == 0 {
			return nil, newTypeError("tuple.__new__(): not enough arguments")
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, newTypeError("tuple.__new__(X): X is not a type object (%s)", typeName(args[0]))
		}
		if !isSubclass(c, tupleClass) {
			return nil, newTypeError("tuple.__new__(%s): %s is not a subtype of tuple", c.name, c.name)
		}
		if c == tupleClass {
			return tupleClass.ctor(in, c, args[1:], kw)
		}
		if c.builtin {
			return nil, newTypeError("tuple.__new__(%s) is not safe, use %s.__new__()", c.name, c.name)
		}
		return in.newTupleOf(c, args[1:], kw)
	}}})
}

// newTupleOf is tuple_subtype_new: an instance of tuple subclass c holding
// the items of the optional iterable. Keywords are left to __init__, as
// the argument clinic of tuple_new checks them only for tuple itself.
func (in *Interp) newTupleOf(c *Class, args []Value, kw []string) (*Tuple, error) {
	pos := args[:len(args)-len(kw)]
	if len(pos) > 1 {
		return nil, newTypeError("tuple expected at most 1 argument, got %d", len(pos))
	}
	t := &Tuple{seq: c.tupleSeq()}
	if len(pos) == 1 {
		vs, err := in.iterate(pos[0])
		if err != nil {
			return nil, err
		}
		t.items = copyVals(vs)
	}
	return t, nil
}

// tupleAttr is attribute lookup on an instance of tuple subclass c: what
// the class finds (descriptors, methods bound to t, class attributes),
// else __class__; there is no instance dict (refused where CPython would
// have one).
func (in *Interp) tupleAttr(t *Tuple, c *Class, name string) (Value, Value, error) {
	cv, ok := c.lookup(name)
	if ok {
		switch d := cv.(type) {
		case *tupleGetter:
			return d.get(t)
		case *Property:
			if d.fget == nil || d.fget == None {
				return nil, nil, raisef(attributeErrorClass, "property '%s' of '%s' object has no getter", name, c.name)
			}
			return nil, d.fget, nil
		case *GetSetDescr:
			// The first class of the MRO without __slots__ gets a
			// __dict__ descriptor (getset.go); a tuple subclass never
			// gets __weakref__ (tuple's instances vary in size).
			if d.name == "__dict__" {
				return nil, nil, noTupleDict(c)
			}
		case *Instance:
			if get, _ := descriptorOf(d); get != nil {
				return nil, descrGetter(get, d, t, c), nil
			}
		}
		return bindAttr(cv, t, c), nil, nil
	}
	if v, ok := specialAttr(in, t, name); ok {
		return v, nil, nil
	}
	return nil, nil, in.attrError(t, name)
}

// noTupleDict refuses the __dict__ an instance of a tuple subclass without
// __slots__ = () has in CPython.
func noTupleDict(c *Class) error {
	return newTypeError("attributes of instances of tuple subclass %s are not supported by the simulator (give the class __slots__ = ())", c.name)
}

// setTupleAttr is object.__setattr__ (v != nil) or __delattr__ (v == nil)
// on an instance of tuple subclass c: a data descriptor of the class, or
// CPython's AttributeError when __slots__ leaves no dict, or refused.
func (in *Interp) setTupleAttr(t *Tuple, c *Class, name string, v Value) error {
	del := v == nil
	if cv, ok := c.lookup(name); ok {
		switch d := cv.(type) {
		case *tupleGetter:
			// _tuplegetter has no setter (Modules/_collectionsmodule.c,
			// tuplegetter_descr_set), in every version.
			if del {
				return raisef(attributeErrorClass, "can't delete attribute")
			}
			return raisef(attributeErrorClass, "can't set attribute")
		case *Property:
			fn := d.fset
			if del {
				fn = d.fdel
			}
			if fn == nil || fn == None {
				return in.noPropertyAccessor(name, c, del)
			}
			args := []Value{t, v}
			if del {
				args = args[:1]
			}
			_, err := in.callSync(fn, args, nil)
			return err
		case *Instance:
			which := "__set__"
			if del {
				which = "__delete__"
			}
			if dsc, fn := descriptorSetter(cv, which); fn != nil {
				args := []Value{dsc, t, v}
				if del {
					args = args[:2]
				}
				_, err := in.callSync(fn, args, nil)
				return err
			}
		}
	}
	if !c.restricts {
		return noTupleDict(c)
	}
	if del {
		return in.noAttrToDelete(t, name)
	}
	if in.cfg.Version.AtLeast(3, 13) {
		return raisef(attributeErrorClass, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", c.name, name)
	}
	return in.attrError(t, name)
}

// tupleGetter is _collections._tuplegetter(index, doc): the descriptor of
// a namedtuple's field, the instance's item at index.
type tupleGetter struct {
	index int
	doc   Value
}

var tupleGetterClass = func() *Class {
	c := builtinClass("_tuplegetter")
	c.module = "_collections"
	return c
}()

func (g *tupleGetter) get(t *Tuple) (Value, Value, error) {
	if g.index >= len(t.items) {
		return nil, nil, raisef(indexErrorClass, "tuple index out of range")
	}
	return t.items[g.index], nil, nil
}

// zlTupleGetter is _zombielab.tuplegetter(index, doc).
func zlTupleGetter(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("tuplegetter", args, kw, 2, 2); err != nil {
		return nil, err
	}
	n, ok := asInt(args[0])
	if !ok || n < 0 {
		return nil, newTypeError("tuplegetter() needs an index >= 0")
	}
	return &tupleGetter{index: int(n), doc: args[1]}, nil
}
