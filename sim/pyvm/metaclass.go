// This file implements metaclasses: a class statement's keywords
// (metaclass=M, and those __init_subclass__ takes), a class whose type is
// a subclass of type (Class.meta), and what that type does for its classes:
// its __call__, __getattr__, properties and methods as the class's
// attributes, __setattr__ and __delattr__, and the special methods the VM
// looks up on the type of a value (iter(C), len(C), C[k], x in C,
// repr(C), ...: pyClass gives the metaclass for a class).
//
// CPython's logic, condensed from Python/bltinmodule.c (builtin___build_class__)
// and Objects/typeobject.c (_PyType_CalculateMetaclass, type_new, type_call,
// type_init, type_getattro, type_prepare), 3.8–3.13:
//
//   - the bases are resolved (__mro_entries__), then the metaclass is the
//     metaclass= keyword or type(bases[0]) (type without bases), replaced by
//     the most derived of the bases' types, or a TypeError when two are
//     unrelated; a metaclass that is not a class is called as it is;
//   - its __prepare__(name, bases, **kw) gives the namespace the body runs
//     in; then metaclass(name, bases, namespace, **kw) makes the class;
//   - type.__call__ is __new__ and then __init__ when __new__ returned an
//     instance of the class called; type.__new__ makes a class whose type
//     is the metaclass it is given (again the most derived one) and passes
//     the keywords to __init_subclass__.

package pyvm

// metaOf is c's metaclass when it is not type (a user class deriving from
// type), else nil.
func metaOf(c *Class) *Class {
	if c.meta == nil || c.meta == typeClass {
		return nil
	}
	return c.meta
}

// metaMethod finds name in the user classes of metaclass m's MRO (type's
// and object's own attributes are left to the callers' usual paths).
func metaMethod(m *Class, name string) (Value, bool) {
	for _, k := range m.mro {
		if k.builtin && k != enumMetaClass {
			continue
		}
		if v, ok := k.dict.getStr(name); ok {
			return v, true
		}
	}
	return nil, false
}

// isMetaclass reports a user class deriving from type.
func isMetaclass(c *Class) bool {
	return !c.builtin && isSubclass(c, typeClass)
}

// calcMeta is _PyType_CalculateMetaclass: the most derived of meta and the
// types of the bases.
func calcMeta(meta *Class, bases []Value) (*Class, error) {
	winner := meta
	for _, b := range bases {
		t := typeOf(b)
		if isSubclass(winner, t) {
			continue
		}
		if isSubclass(t, winner) {
			winner = t
			continue
		}
		return nil, newTypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// classSpec is what a class body frame needs to build its class on return.
type classSpec struct {
	name string
	// bases are the bases resolved by __mro_entries__; orig the bases as
	// written when that changed them (__orig_bases__), else nil.
	bases, orig []Value
	// meta is the metaclass when it is not type: a type subclass, or any
	// callable given as metaclass=; nil for type.
	meta Value
	// kwNames and kwVals are the class statement's other keywords.
	kwNames []string
	kwVals  []Value
}

// buildClass implements BUILD_CLASS: with nkw keyword arguments above the
// bases (their values, then a tuple of their names), it resolves the
// bases, finds the metaclass and its namespace, and runs the class body in
// a frame that makes the class on return (returnFrom, retClass).
func (in *Interp) buildClass(f *Frame, nkw int) error {
	spec := &classSpec{}
	var meta Value
	if nkw > 0 {
		names := f.pop().(*Tuple)
		vals := f.stack[len(f.stack)-nkw:]
		for i, s := range names.items {
			if s == Value(Str("metaclass")) {
				meta = vals[i]
				continue
			}
			spec.kwNames = append(spec.kwNames, string(s.(Str)))
			spec.kwVals = append(spec.kwVals, vals[i])
		}
		f.stack = f.stack[:len(f.stack)-nkw]
	}
	bases := f.pop().(*Tuple)
	spec.name = string(f.pop().(Str))
	body := f.pop().(*Function)
	resolved, err := in.resolveBases(bases.items)
	if err != nil {
		return err
	}
	spec.bases = resolved
	if len(resolved) != len(bases.items) || (len(resolved) > 0 && &resolved[0] != &bases.items[0]) {
		spec.orig = bases.items
	}
	if meta == nil {
		meta = typeClass
		if len(resolved) > 0 {
			meta = typeOf(resolved[0])
		}
	}
	var ns *Dict
	if mc, isClass := meta.(*Class); isClass {
		w, err := calcMeta(mc, resolved)
		if err != nil {
			return err
		}
		meta = w
	}
	if meta != Value(typeClass) {
		spec.meta = meta
		if ns, err = in.prepare(meta, spec); err != nil {
			return err
		}
	}
	bf, err := in.newCallFrame(body, nil, nil)
	if err != nil {
		return err
	}
	if ns != nil {
		bf.ns = ns
	}
	bf.ret = retClass
	bf.aux = spec
	return in.pushFrame(bf)
}

// prepare is the namespace meta.__prepare__(name, bases, **kw) gives a
// class body ({} when meta has none, as a metaclass that is a function).
func (in *Interp) prepare(meta Value, spec *classSpec) (*Dict, error) {
	var p Value
	if mc, ok := meta.(*Class); ok {
		v, _, err := in.classAttr(mc, "__prepare__")
		if err != nil {
			return nil, err
		}
		p = v
	} else if v, err := in.getAttr(meta, "__prepare__"); err == nil {
		p = v
	} else {
		return newDict(), nil
	}
	args := append([]Value{Str(spec.name), newTuple(copyVals(spec.bases))}, spec.kwVals...)
	r, err := in.callSync(p, args, spec.kwNames)
	if err != nil {
		return nil, err
	}
	switch x := r.(type) {
	case *Dict:
		return x, nil
	case *Instance:
		if x.mapping != nil || x.cls.lookupHas("__getitem__") {
			// CPython runs the body's stores through the mapping's
			// __setitem__ (enum's _EnumDict); the simulator's class
			// bodies store into a plain dict.
			return nil, newTypeError("a __prepare__ that returns a '%s' (not a dict) is not supported by the simulator", x.cls.name)
		}
	}
	who := "<metaclass>"
	if mc, ok := meta.(*Class); ok {
		who = mc.name
	}
	return nil, newTypeError("%s.__prepare__() must return a mapping, not %s", who, typeName(r))
}

// lookupHas reports whether name is found along c's MRO.
func (c *Class) lookupHas(name string) bool {
	_, ok := c.lookup(name)
	return ok
}

// classMade is retClass: the class body's frame returned with its
// namespace ns; the class is made by type, or by calling the metaclass
// (pushed: a frame delivers it to the caller).
func (in *Interp) classMade(spec *classSpec, ns *Dict) (Value, bool, error) {
	if spec.orig != nil {
		ns.setStr("__orig_bases__", newTuple(copyVals(spec.orig)))
	}
	if spec.meta == nil {
		c, hooks, err := in.newClassOf(typeClass, spec.name, spec.bases, ns, spec.kwNames, spec.kwVals)
		if err != nil {
			return nil, false, err
		}
		pushed, err := in.runClassHooks(hooks, retClassMade, c)
		return c, pushed, err
	}
	args := append([]Value{Str(spec.name), newTuple(copyVals(spec.bases)), ns}, spec.kwVals...)
	return in.call(spec.meta, args, spec.kwNames)
}

// typeNew is type.__new__(meta, name, bases, namespace, **kw), and
// type.__new__(type, x), which is type(x).
var typeNew = &Builtin{name: "__new__"}

func typeNewFn(in *Interp, args []Value, kw []string) (Value, error) {
	v, hooks, err := typeNewCore(in, args, kw)
	if err != nil || hooks == nil {
		return v, err
	}
	return in.classReady(v.(*Class), hooks)
}

// typeNewCore is type.__new__ up to the new class's hooks, which the
// caller runs.
func typeNewCore(in *Interp, args []Value, kw []string) (Value, []classHook, error) {
	pos := len(args) - len(kw)
	if pos < 1 {
		return nil, nil, newTypeError("type.__new__(): not enough arguments")
	}
	meta, ok := args[0].(*Class)
	if !ok {
		return nil, nil, newTypeError("type.__new__(X): X is not a type object (%s)", typeName(args[0]))
	}
	if !isSubclass(meta, typeClass) {
		return nil, nil, newTypeError("type.__new__(%s): %s is not a subtype of type", meta.name, meta.name)
	}
	if meta == typeClass && pos == 2 && len(kw) == 0 {
		return typeOf(args[1]), nil, nil
	}
	if pos != 4 {
		return nil, nil, newTypeError("type.__new__() takes exactly 3 arguments (%d given)", pos-1)
	}
	return in.newTypeCall(meta, args[1], args[2], args[3], kw, args[pos:])
}

// classReady runs new class c's hooks for a native function that made it
// (type(), type.__new__): c, or errFramePushed when they run as frames
// that deliver it.
func (in *Interp) classReady(c *Class, hooks []classHook) (Value, error) {
	pushed, err := in.runClassHooks(hooks, retClassMade, c)
	if err != nil {
		return nil, err
	}
	if pushed {
		return nil, errFramePushed
	}
	return c, nil
}

// typeInit is type.__init__(cls, ...): nothing, with type_init's checks.
var typeInit = &Builtin{name: "__init__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
	pos := len(args) - len(kw) - 1
	if len(kw) > 0 && pos == 1 {
		return nil, newTypeError("type.__init__() takes no keyword arguments")
	}
	if pos != 1 && pos != 3 {
		return nil, newTypeError("type.__init__() takes 1 or 3 arguments")
	}
	return None, nil
}}

// typeCall is type.__call__(cls, *args, **kw): the class's __new__ and
// __init__, never its metaclass's own __call__ (which calls this through
// super().__call__ or type.__call__).
var typeCall = &Builtin{name: "__call__"}

func typeCallFn(in *Interp, args []Value, kw []string) (Value, error) {
	if len(args)-len(kw) < 1 {
		return nil, newTypeError("descriptor '__call__' of 'type' object needs an argument")
	}
	c, ok := args[0].(*Class)
	if !ok {
		return nil, newTypeError("descriptor '__call__' requires a 'type' object but received a '%s'", typeName(args[0]))
	}
	r, pushed, err := in.instantiate(c, args[1:], kw)
	if err == nil && pushed {
		return nil, errFramePushed
	}
	return r, err
}

// typePrepare is type.__prepare__(name, bases, **kw): an empty dict.
var typePrepare = &ClassMethod{fn: &Builtin{name: "__prepare__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
	return newDict(), nil
}}}

func init() {
	typeNew.fn = typeNewFn
	typeCall.fn = typeCallFn
	typeClass.dict.setStr("__new__", &StaticMethod{fn: typeNew})
	typeClass.dict.setStr("__init__", typeInit)
	typeClass.dict.setStr("__call__", typeCall)
	typeClass.dict.setStr("__prepare__", typePrepare)
	// type.mro(): the class's C3 linearisation as a list, what __mro__
	// holds (a metaclass that overrides mro() is not consulted when a
	// class is made).
	typeClass.dict.setStr("mro", &Builtin{name: "mro", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, unboundNeedsArg(in, "type", "mro")
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, newTypeError("descriptor 'mro' for 'type' objects doesn't apply to a '%s' object", typeName(args[0]))
		}
		if n := len(args) - 1; n > 0 || len(kw) > 0 {
			if len(kw) > 0 {
				return nil, newTypeError("mro() takes no keyword arguments")
			}
			name := "mro()"
			if in.cfg.Version.AtLeast(3, 9) {
				name = c.name + ".mro()" // METH_NOARGS names the bound method
			}
			return nil, newTypeError("%s takes no arguments (%d given)", name, n)
		}
		items := make([]Value, len(c.mro))
		for i, k := range c.mro {
			items[i] = k
		}
		return newList(items), nil
	}})
}

// newMetaInstance is calling metaclass m without a __new__ of its own:
// type.__new__(m, *args), then m's __init__.
func (in *Interp) newMetaInstance(m *Class, args []Value, kw []string) (Value, bool, error) {
	c, hooks, err := typeNewCore(in, append([]Value{m}, args...), kw)
	if err != nil {
		return nil, false, err
	}
	// The hooks first (as frames, the lowest of which then calls
	// __init__, as type_call does after __new__: retNew), then __init__.
	pushed, err := in.runClassHooks(hooks, retNew, &newSpec{cls: m, args: copyVals(args), kw: kw, made: c})
	if err != nil || pushed {
		return nil, pushed, err
	}
	return in.initInstance(m, c, args, kw)
}

// metaCall is the __call__ that calling class c runs when its metaclass
// defines one in Python (EnumMeta's lookup by value, a singleton's cache).
func metaCall(c *Class) (Value, bool) {
	m := metaOf(c)
	if m == nil {
		return nil, false
	}
	return metaMethod(m, "__call__")
}

// metaAttr is type_getattro's metaclass part for class c with metaclass m:
// data is the metaclass's data descriptor (a property), which wins over
// the class's own attributes; otherwise what the metaclass holds, bound to
// c, after them.
func (in *Interp) metaAttr(c, m *Class, name string, data bool) (Value, Value, bool) {
	v, ok := metaMethod(m, name)
	if !ok {
		return nil, nil, false
	}
	switch d := v.(type) {
	case *Property:
		if d.fget == nil || d.fget == None {
			return nil, nil, false
		}
		return nil, d.fget, true
	case *Instance:
		if get, isData := descriptorOf(d); get != nil {
			if isData != data {
				return nil, nil, false
			}
			return nil, descrGetter(get, d, c, m), true
		}
	}
	if data {
		return nil, nil, false
	}
	return bindAttr(v, c, m), nil, true
}

// metaGetattr is the getter calling the metaclass's __getattr__(c, name).
func (in *Interp) metaGetattr(c, m *Class, name string) (Value, bool) {
	ga, ok := metaMethod(m, "__getattr__")
	if !ok {
		return nil, false
	}
	return &Builtin{name: "__getattr__", fn: func(in *Interp, _ []Value, _ []string) (Value, error) {
		r, pushed, err := in.call(ga, []Value{c, Str(name)}, nil)
		if err == nil && pushed {
			return nil, errFramePushed
		}
		return r, err
	}}, true
}

// storeClassAttr is STORE_ATTR on a class whose metaclass defines
// __setattr__ or a property with a setter (handled: true).
func (in *Interp) storeClassAttr(c *Class, name string, v Value) (bool, error) {
	m := metaOf(c)
	if m == nil {
		return false, nil
	}
	if sa, ok := metaMethod(m, "__setattr__"); ok {
		if fn, isFn := sa.(*Function); isFn && in.syncDepth == 0 && !fn.code.Generator {
			return true, in.pushDunder(c, fn, retDiscard, Str(name), v)
		}
		_, err := in.callSync(&BoundMethod{self: c, fn: sa}, []Value{Str(name), v}, nil)
		return true, err
	}
	if p, ok := metaMethod(m, name); ok {
		if p, isProp := p.(*Property); isProp {
			if p.fset == nil || p.fset == None {
				return true, raisef(attributeErrorClass, "can't set attribute")
			}
			_, err := in.callSync(p.fset, []Value{c, v}, nil)
			return true, err
		}
	}
	return false, nil
}

// metaDunder is dunder for a class whose metaclass defines special method
// name in Python.
func (in *Interp) metaDunder(c *Class, name string, args ...Value) (Value, bool, error) {
	m := metaOf(c)
	if m == nil {
		return nil, false, nil
	}
	fn, ok := metaMethod(m, name)
	if !ok {
		return nil, false, nil
	}
	return in.callDunder(c, fn, args)
}
