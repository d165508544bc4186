// This file implements attribute access (Objects/object.c,
// PyObject_GenericGetAttr): data descriptors on the class (property, or an
// instance of a class with __get__ and __set__ or __delete__ in Python)
// win over the instance dict, which wins over other descriptors, methods
// and class attributes; functions found on a class bind to the instance.

package pyvm

import "strings"

// opLoadAttr is LOAD_ATTR; a property getter written in Python runs as a
// frame whose result replaces the object on the stack.
func (in *Interp) opLoadAttr(f *Frame, name string) error {
	o := f.top()
	var v, getter Value
	var err error
	switch x := o.(type) {
	case *Instance:
		v, getter, err = in.lookupInstanceAttrAt(x, name, true, f.code.attrSlot(f.ip-1))
	case *Module:
		// The instruction's name slot (unused by attribute instructions)
		// remembers where the module's dictionary holds the name.
		if mv, ok := x.dict.getStrAt(name, f.code.slot(f.ip-1)); ok && !x.lacks(name) {
			v = mv
			break
		}
		v, getter, err = in.findAttr(o, name)
	default:
		v, getter, err = in.findAttr(o, name)
	}
	if err != nil {
		return err
	}
	if getter == nil {
		f.stack[len(f.stack)-1] = v
		return nil
	}
	r, pushed, err := in.call(getter, []Value{o}, nil)
	if err != nil {
		return err
	}
	f.pop()
	if !pushed {
		f.push(r)
	}
	return nil
}

// opLoadMethod is LOAD_METHOD (Python/ceval.c, 3.7-3.11; LOAD_ATTR with
// its method bit from 3.12): o.name about to be called. A function found
// on o's class, where LOAD_ATTR would bind it, is left as (function, o), so
// the call passes o as the first argument and no bound method is made;
// anything else as (NULL, what LOAD_ATTR gives), a property getter's
// result included.
func (in *Interp) opLoadMethod(f *Frame, name string) error {
	o := f.top()
	var v, getter Value
	var err error
	switch x := o.(type) {
	case *Instance:
		v, getter, err = in.lookupInstanceAttrM(x, name, true, f.code.attrSlot(f.ip-1), true)
	case *Module:
		if mv, ok := x.dict.getStrAt(name, f.code.slot(f.ip-1)); ok && !x.lacks(name) {
			v = mv
			break
		}
		v, getter, err = in.findAttrM(o, name, false)
	default:
		v, getter, err = in.findAttrM(o, name, true)
	}
	if err != nil {
		return err
	}
	switch getter {
	case asMethod:
		f.stack[len(f.stack)-1] = v
		f.push(o)
		return nil
	case nil:
		f.stack[len(f.stack)-1] = nil
		f.push(v)
		return nil
	}
	r, pushed, err := in.call(getter, []Value{o}, nil)
	if err != nil {
		return err
	}
	f.stack[len(f.stack)-1] = nil
	if !pushed {
		f.push(r)
	}
	return nil
}

// asMethod is the getter findAttrM and lookupInstanceAttrM give, when asked
// for a method, with a function found on the object's class: the caller
// passes the object as the first argument (bindAttr would bind it).
var asMethod Value = &Builtin{name: "<method>"}

// unboundMethod reports whether bindAttr would bind v to an instance.
func unboundMethod(v Value) bool {
	switch b := v.(type) {
	case *Function:
		return true
	case *Builtin:
		return !b.function
	}
	return false
}

// getAttr is getattr(o, name) from Go (property getters run synchronously).
func (in *Interp) getAttr(o Value, name string) (Value, error) {
	v, getter, err := in.findAttr(o, name)
	if err != nil || getter == nil {
		return v, err
	}
	return in.callSync(getter, []Value{o}, nil)
}

// attrError is the AttributeError for o.name in this interpreter's version.
func (in *Interp) attrError(o Value, name string) error {
	err := in.attrErrorOf(o, name)
	if pe, ok := err.(*PyError); ok && pe.Exc.exc != nil && in.cfg.Version.AtLeast(3, 10) && plainNoAttr(pe.Exc.exc, name) {
		// The traceback suggests the closest of dir(o) (suggest.go).
		pe.Exc.exc.attrObj, pe.Exc.exc.attrName = o, name
		pe.Exc.exc.attrSelf = in.selfIs(o)
		pe.Exc.exc.setMember("name", Str(name))
		pe.Exc.exc.setMember("obj", o)
	}
	return err
}

// plainNoAttr reports an AttributeError of CPython's own words ("... has
// no attribute 'x'"), not the simulator's "not supported".
func plainNoAttr(e *excState, name string) bool {
	if e.args == nil || len(e.args.items) != 1 {
		return false
	}
	m, ok := e.args.items[0].(Str)
	return ok && strings.HasSuffix(string(m), "has no attribute '"+name+"'")
}

func (in *Interp) attrErrorOf(o Value, name string) error {
	switch x := o.(type) {
	case *Module:
		if err := in.unsupportedAttr(x, name); err != nil {
			return err
		}
		return raisef(attributeErrorClass, "module '%s' has no attribute '%s'", x.name, name)
	case *Class:
		if x.builtin && in.cpythonTypeHas(x.name, name) {
			return unsupportedTypeAttr(x.name, name)
		}
		return raisef(attributeErrorClass, "type object '%s' has no attribute '%s'", x.name, name)
	}
	if c := typeOf(o); c.builtin && in.cpythonTypeHas(c.name, name) {
		return unsupportedTypeAttr(c.name, name)
	}
	return raisef(attributeErrorClass, "'%s' object has no attribute '%s'", typeName(o), name)
}

// cpythonTypeHas reports whether builtin type cls has attribute name in
// its own namespace in this interpreter's CPython version (dir_table.go),
// public names only.
func (in *Interp) cpythonTypeHas(cls, name string) bool {
	if in == nil || strings.HasPrefix(name, "_") {
		return false
	}
	names, ok := in.typeNames[cls]
	if !ok {
		// Read from the table once per type (hasattr on a builtin value
		// comes here at every miss).
		names, _ = builtinOwnNames(cls, in.cfg.Version.Minor)
		if in.typeNames == nil {
			in.typeNames = map[string][]string{}
		}
		in.typeNames[cls] = names
	}
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// unsupportedTypeAttr refuses a method of a builtin type that CPython has
// and the simulator does not model, rather than saying it does not exist.
func unsupportedTypeAttr(cls, name string) error {
	return raisef(attributeErrorClass, "%s.%s is not supported by the simulator (CPython has it; the simulated %s type does not model it yet)", cls, name, cls)
}

// findAttr returns the attribute, or a getter to call with o.
func (in *Interp) findAttr(o Value, name string) (Value, Value, error) {
	return in.findAttrM(o, name, false)
}

// findAttrM is findAttr; with meth, a function found on o's class comes
// unbound, with asMethod for its getter (opLoadMethod).
func (in *Interp) findAttrM(o Value, name string, meth bool) (Value, Value, error) {
	switch x := o.(type) {
	case *Instance:
		return in.lookupInstanceAttrM(x, name, true, nil, meth)
	case *Class:
		return in.classAttr(x, name)
	case *Module:
		if v, ok := x.dict.getStr(name); ok && !x.lacks(name) {
			return v, nil, nil
		}
		if name == "__dict__" {
			return x.dict, nil, nil
		}
		return nil, nil, in.attrError(o, name)
	case *Super:
		return in.superAttr(x, name)
	case *DictView:
		if v, ok := in.viewAttr(x, name); ok {
			return v, nil, nil
		}
	case *HashObj:
		if v, ok := hashAttr(x, name); ok {
			return v, nil, nil
		}
	case *Function:
		if v, ok := functionAttr(in.fnView(x), name); ok {
			return v, nil, nil
		}
		if name == "__dict__" {
			// The function's attribute dict, made at the first look.
			w := in.fnWritable(x)
			if w.dict == nil {
				w.dict = newDict()
			}
			return w.dict, nil, nil
		}
		if name == "__annotations__" {
			// {} for a def without annotations, made at the first look.
			if v := in.fnView(x); v.annotations != nil {
				return v.annotations, nil, nil
			}
			w := in.fnWritable(x)
			if w.annotations == nil {
				w.annotations = newDict()
			}
			return w.annotations, nil, nil
		}
	case *Tuple:
		if c := userTupleClass(x); c != nil {
			return in.tupleAttr(x, c, name)
		}
		if x.seq != nil {
			for i, n := range x.seq.fields {
				if n == name {
					return x.items[i], nil, nil
				}
			}
		}
	}
	if v, ok := specialAttr(in, o, name); ok {
		return v, nil, nil
	}
	cls := typeOf(o)
	if v, ok := cls.lookup(name); ok && !in.absent(v) {
		if p, ok := v.(*Property); ok && p.fget != nil {
			return nil, p.fget, nil // a builtin type's property (signal.Signals.name)
		}
		if meth && unboundMethod(v) {
			return v, asMethod, nil
		}
		return bindAttr(v, o, cls), nil, nil
	}
	return nil, nil, in.attrError(o, name)
}

func (in *Interp) instanceAttr(x *Instance, name string) (Value, Value, error) {
	return in.lookupInstanceAttr(x, name, true)
}

// instanceAttrNoHook is object.__getattribute__: no __getattr__ fallback.
func (in *Interp) instanceAttrNoHook(x *Instance, name string) (Value, Value, error) {
	return in.lookupInstanceAttr(x, name, false)
}

func (in *Interp) lookupInstanceAttr(x *Instance, name string, hook bool) (Value, Value, error) {
	return in.lookupInstanceAttrAt(x, name, hook, nil)
}

// lookupInstanceAttrAt is lookupInstanceAttr for the instruction whose
// attrSlot s is (nil: none).
func (in *Interp) lookupInstanceAttrAt(x *Instance, name string, hook bool, s *attrSlot) (Value, Value, error) {
	return in.lookupInstanceAttrM(x, name, hook, s, false)
}

// lookupInstanceAttrM is lookupInstanceAttrAt; with meth, a function found
// on the class comes unbound, with asMethod for its getter.
func (in *Interp) lookupInstanceAttrM(x *Instance, name string, hook bool, s *attrSlot, meth bool) (Value, Value, error) {
	cv, inClass := x.cls.lookupSite(name, s)
	if inClass && in.absent(cv) {
		cv, inClass = nil, false // a str subclass on 3.8: no removeprefix
	}
	var get Value // the __get__ of a descriptor written in Python
	if inClass {
		switch d := cv.(type) {
		case *GetSetDescr:
			// A data descriptor: the slot's value (else on as if the class
			// had nothing: an unset slot's error), the instance's dict, or
			// no weak reference.
			if d.member {
				if v, ok := x.dict.getStr(name); ok {
					return v, nil, nil
				}
				cv, inClass = nil, false
				break
			}
			if d.name == "__dict__" && !x.cls.restricts {
				return x.dictValue(), nil, nil
			}
			if d.name == "__weakref__" {
				return None, nil, nil
			}
		case *Property:
			if d.fget == nil || d.fget == None {
				return nil, nil, raisef(attributeErrorClass, "property '%s' of '%s' object has no getter", name, x.cls.name)
			}
			return nil, d.fget, nil
		case *Instance:
			var data bool
			if get, data = descriptorOf(d); get != nil && data {
				// A data descriptor wins over the instance's dict.
				return nil, descrGetter(get, d, x, x.cls), nil
			}
		}
	}
	if v, ok := x.dict.getStr(name); ok {
		return v, nil, nil
	}
	if get != nil {
		return nil, descrGetter(get, cv, x, x.cls), nil
	}
	if x.exc != nil {
		if v, ok := excAttr(x, name); ok {
			return v, nil, nil
		}
		if in.excMember(x.cls, name) {
			return orNone(x.exc.members[name]), nil, nil
		}
	}
	if inClass {
		if meth && unboundMethod(cv) {
			return cv, asMethod, nil
		}
		return bindAttr(cv, x, x.cls), nil, nil
	}
	if v, ok := specialAttr(in, x, name); ok {
		return v, nil, nil
	}
	if ga, ok := x.cls.lookup("__getattr__"); ok && hook {
		// The getter runs __getattr__(x, name): a frame for LOAD_ATTR (it
		// may block, as a manager's NamespaceProxy does), nested for getattr().
		return nil, &Builtin{name: "__getattr__", fn: func(in *Interp, _ []Value, _ []string) (Value, error) {
			r, pushed, err := in.call(ga, []Value{x, Str(name)}, nil)
			if err == nil && pushed {
				return nil, errFramePushed
			}
			return r, err
		}}, nil
	}
	if !in.cfg.Version.AtLeast(3, 11) && x.cls.hasSlot(name) {
		// An unset slot's member descriptor names only the slot before 3.11.
		return nil, nil, raisef(attributeErrorClass, "%s", name)
	}
	return nil, nil, in.attrError(x, name)
}

func (in *Interp) classAttr(c *Class, name string) (Value, Value, error) {
	// type's own data descriptors come before the class's namespace.
	switch name {
	case "__name__":
		return Str(c.name), nil, nil
	case "__qualname__":
		return Str(c.qual()), nil, nil
	case "__dict__":
		return in.proxyOf(c.dict), nil, nil
	}
	meta := metaOf(c)
	if meta != nil {
		// type_getattro: a data descriptor of the metaclass (a property)
		// comes first.
		if v, get, ok := in.metaAttr(c, meta, name, true); ok {
			return v, get, nil
		}
	}
	if v, ok := c.lookup(name); ok && !in.absent(v) {
		switch d := v.(type) {
		case *StaticMethod:
			return d.fn, nil, nil
		case *ClassMethod:
			return &BoundMethod{self: c, fn: d.fn}, nil, nil
		case *Instance:
			if get, _ := descriptorOf(d); get != nil {
				return nil, descrGetter(get, d, None, c), nil // __get__(None, cls)
			}
		}
		return v, nil, nil
	}
	switch name {
	case "__mro__":
		vs := make([]Value, len(c.mro))
		for i, k := range c.mro {
			vs[i] = k
		}
		return newTuple(vs), nil, nil
	case "__bases__":
		vs := make([]Value, len(c.bases))
		for i, k := range c.bases {
			vs[i] = k
		}
		return newTuple(vs), nil, nil
	case "__dict__":
		return in.proxyOf(c.dict), nil, nil
	case "__module__":
		return Str(c.module), nil, nil
	case "__class__":
		return typeOf(c), nil, nil
	}
	if meta != nil {
		// Then the metaclass's other attributes, bound to the class.
		if v, get, ok := in.metaAttr(c, meta, name, false); ok {
			return v, get, nil
		}
	}
	if v, ok := typeClass.lookup(name); ok {
		return bindAttr(v, c, typeOf(c)), nil, nil
	}
	if b, ok := in.classSlot(c, name); ok {
		return b, nil, nil // objslots.go: object.__hash__, ...
	}
	if meta != nil {
		// Last, the metaclass's __getattr__ (slot_tp_getattr_hook).
		if get, ok := in.metaGetattr(c, meta, name); ok {
			return nil, get, nil
		}
	}
	return nil, nil, in.attrError(c, name)
}

// bindAttr turns a class attribute into what attribute access returns.
func bindAttr(v Value, self Value, cls *Class) Value {
	switch d := v.(type) {
	case *Function:
		return &BoundMethod{self: self, fn: d}
	case *Builtin:
		if d.function {
			return d
		}
		return &BoundMethod{self: self, fn: d}
	case *StaticMethod:
		return d.fn
	case *ClassMethod:
		return &BoundMethod{self: cls, fn: d.fn}
	}
	return v
}

func (in *Interp) superAttr(s *Super, name string) (Value, Value, error) {
	start := typeOf(s.self)
	selfCls, isCls := s.self.(*Class)
	if isCls && isSubclass(selfCls, s.cls) {
		// super() in a class method, or a metaclass's __new__: the
		// class's own MRO (supercheck).
		start = selfCls
	} else {
		// An instance, or a class that is an instance of s.cls (a
		// metaclass's __call__ or __init__): its type's MRO.
		isCls = false
	}
	found := false
	for _, k := range start.mro {
		if !found {
			found = k == s.cls
			continue
		}
		v, ok := k.dict.getStr(name)
		if !ok {
			if b, ok := in.slotFallback(k, name); ok {
				v = b // objslots.go: super().__repr__(), ...
			} else {
				continue
			}
		}
		if p, ok := v.(*Property); ok {
			return nil, p.fget, nil
		}
		if isCls {
			if cm, ok := v.(*ClassMethod); ok {
				return &BoundMethod{self: s.self, fn: cm.fn}, nil, nil
			}
			return v, nil, nil
		}
		return bindAttr(v, s.self, start), nil, nil
	}
	return nil, nil, raisef(attributeErrorClass, "'super' object has no attribute '%s'", name)
}

func functionAttr(f *Function, name string) (Value, bool) {
	switch name {
	case "__name__":
		return Str(f.name), true
	case "__qualname__":
		return Str(f.qualname), true
	case "__module__":
		return f.module, true
	case "__doc__":
		if f.dict != nil {
			if v, ok := f.dict.getStr(name); ok {
				return v, true
			}
		}
		if f.code.HasDoc {
			return Str(f.code.Doc), true
		}
		return None, true
	case "__defaults__":
		if f.defaults == nil {
			return None, true
		}
		return newTuple(f.defaults), true
	case "__kwdefaults__":
		if f.kwdefs == nil {
			return None, true
		}
		return f.kwdefs, true
	}
	if f.dict != nil {
		if v, ok := f.dict.getStr(name); ok {
			return v, true
		}
	}
	return nil, false
}

// setFunctionDefaults sets __defaults__ (a tuple) or __kwdefaults__ (a
// dict), None or nil (del) removing them: the next calls use them
// (Objects/funcobject.c, func_set_defaults and func_set_kwdefaults, 3.8–3.13).
func setFunctionDefaults(f *Function, name string, v Value) error {
	if v == None {
		v = nil
	}
	if name == "__defaults__" {
		t, ok := v.(*Tuple)
		if v != nil && !ok {
			return newTypeError("__defaults__ must be set to a tuple object")
		}
		f.defaults = nil
		if ok && len(t.items) > 0 {
			f.defaults = t.items
		} else if ok {
			f.defaults = []Value{}
		}
		return nil
	}
	d, ok := v.(*Dict)
	if v != nil && !ok {
		return newTypeError("__kwdefaults__ must be set to a dict object")
	}
	f.kwdefs = d
	return nil
}

// descriptorOf is the __get__ of d's class, if it is Python code, and
// whether d is a data descriptor (its class defines __set__ or __delete__),
// for an instance found on a class (Objects/object.c,
// PyObject_GenericGetAttr; descriptors written in Python, as in the
// descriptor HOWTO).
func descriptorOf(d *Instance) (get Value, data bool) {
	if d.exc != nil || d.cls.builtin {
		return nil, false
	}
	g, ok := d.cls.lookup("__get__")
	if _, isFn := g.(*Function); !ok || !isFn {
		g = nil
	}
	_, set := d.cls.lookup("__set__")
	_, del := d.cls.lookup("__delete__")
	return g, set || del
}

// descrGetter is the getter that calls descriptor d's __get__(obj, owner):
// a frame for LOAD_ATTR, nested for getattr() from Go.
func descrGetter(get, d, obj, owner Value) Value {
	return &Builtin{name: "__get__", fn: func(in *Interp, _ []Value, _ []string) (Value, error) {
		r, pushed, err := in.call(get, []Value{d, obj, owner}, nil)
		if err == nil && pushed {
			return nil, errFramePushed
		}
		return r, err
	}}
}

// descriptorSetter is d's __set__ or __delete__ (which), if d is an
// instance of a class that defines it in Python.
func descriptorSetter(cv Value, which string) (*Instance, Value) {
	d, ok := cv.(*Instance)
	if !ok || d.exc != nil || d.cls.builtin {
		return nil, nil
	}
	if m, ok := d.cls.lookup(which); ok {
		if _, isFn := m.(*Function); isFn {
			return d, m
		}
	}
	return nil, nil
}

// excAttr serves args, __cause__, __context__ and friends.
func excAttr(x *Instance, name string) (Value, bool) {
	switch name {
	case "args":
		return x.exc.args, true
	case "__cause__":
		return orNone(x.exc.cause), true
	case "__context__":
		return orNone(x.exc.context), true
	case "__suppress_context__":
		return mkBool(x.exc.suppress), true
	case "__traceback__":
		return None, true
	}
	return nil, false
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// specialAttr serves __class__, __dict__ and the attributes of builtin values.
func specialAttr(in *Interp, o Value, name string) (Value, bool) {
	switch name {
	case "__doc__":
		if g, ok := o.(*tupleGetter); ok {
			return g.doc, true
		}
	case "__class__":
		return typeOf(o), true
	case "__dict__":
		if x, ok := o.(*Instance); ok && !x.cls.restricts {
			return x.dictValue(), true
		}
	case "__name__":
		switch x := o.(type) {
		case *Builtin:
			return Str(x.name), true
		case *BoundMethod:
			return in.getAttrOr(x.fn, "__name__")
		}
	case "__self__":
		if x, ok := o.(*BoundMethod); ok {
			return x.self, true
		}
	case "__func__":
		switch x := o.(type) {
		case *BoundMethod:
			return x.fn, true
		case *StaticMethod:
			return x.fn, true
		case *ClassMethod:
			return x.fn, true
		}
	case "start", "stop", "step":
		if r, ok := o.(*Range); ok {
			return mkInt(map[string]int64{"start": r.start, "stop": r.stop, "step": r.step}[name]), true
		}
		if s, ok := o.(*Slice); ok {
			return orNone(map[string]Value{"start": s.lo, "stop": s.hi, "step": s.step}[name]), true
		}
	case "real":
		if _, ok := o.(Int); ok {
			return o, true
		}
	case "fget", "fset", "fdel":
		if p, ok := o.(*Property); ok {
			return orNone(map[string]Value{"fget": p.fget, "fset": p.fset, "fdel": p.fdel}[name]), true
		}
	case "__isabstractmethod__":
		// property, staticmethod and classmethod are abstract when what
		// they wrap is (Objects/descrobject.c property_get___isabstractmethod__,
		// funcobject.c sm/cm_get___isabstractmethod__).
		fns, n := wrapped(o)
		if n == 0 {
			break
		}
		for _, f := range fns[:n] {
			if f == nil || f == None {
				continue
			}
			if v, ok := in.getAttrOr(f, "__isabstractmethod__"); ok {
				if t, err := in.truth(v); err == nil && t {
					return Bool(true), true
				}
			}
		}
		return Bool(false), true
	}
	return nil, false
}

func (in *Interp) getAttrOr(o Value, name string) (Value, bool) {
	v, err := in.getAttr(o, name)
	return v, err == nil
}

// propertySetter returns the Python setter of a property found on an
// instance's class, or nil.
func propertySetter(o Value, name string) Value {
	return propertyAccessor(o, name, func(p *Property) Value { return p.fset })
}

// propertyDeleter is the Python deleter of a property name of o, or nil.
func propertyDeleter(o Value, name string) Value {
	return propertyAccessor(o, name, func(p *Property) Value { return p.fdel })
}

func propertyAccessor(o Value, name string, which func(*Property) Value) Value {
	x, ok := o.(*Instance)
	if !ok {
		return nil
	}
	cv, ok := x.cls.lookup(name)
	if !ok {
		return nil
	}
	p, ok := cv.(*Property)
	if !ok {
		return nil
	}
	fn := which(p)
	if _, isFn := fn.(*Function); !isFn {
		return nil
	}
	return fn
}

// noPropertyAccessor is the AttributeError for setting or deleting a
// property without a setter or deleter (Objects/descrobject.c,
// property_descr_set: the wording changed in 3.10 and 3.11).
func (in *Interp) noPropertyAccessor(name string, cls *Class, del bool) error {
	verb, noun := "set", "setter"
	if del {
		verb, noun = "delete", "deleter"
	}
	switch v := in.cfg.Version; {
	case v.AtLeast(3, 11):
		return raisef(attributeErrorClass, "property '%s' of '%s' object has no %s", name, cls.name, noun)
	case v.AtLeast(3, 10):
		return raisef(attributeErrorClass, "can't %s attribute '%s'", verb, name)
	}
	return raisef(attributeErrorClass, "can't %s attribute", verb)
}

// opStoreAttr is STORE_ATTR from Go (setattr); a property setter and a
// Python __setattr__ run synchronously.
func (in *Interp) opStoreAttr(o Value, name string, v Value) error {
	if x, fn, ok := pyDunder(o, "__setattr__"); ok {
		_, err := in.callSync(fn, []Value{x, Str(name), v}, nil)
		return err
	}
	return in.storeAttr(o, name, v)
}

// execStoreAttr is the STORE_ATTR instruction: o.name = v, through the
// class's own __setattr__ or a property's setter, written in Python, as a
// frame (their lines are steps) unless the caller is Go. The class is
// looked up once for __setattr__ and once for name.
func (in *Interp) execStoreAttr(o Value, name string, v Value) error {
	return in.execStoreAttrAt(o, name, v, nil)
}

// execStoreAttrAt is execStoreAttr for the instruction whose attrSlot s is
// (nil: none).
func (in *Interp) execStoreAttrAt(o Value, name string, v Value, s *attrSlot) error {
	x, ok := o.(*Instance)
	if !ok {
		if c, isCls := o.(*Class); isCls {
			if done, err := in.storeClassAttr(c, name, v); done {
				return err
			}
		}
		return in.storeAttr(o, name, v)
	}
	fn, native := pySetattr(x)
	if native != nil {
		_, err := in.callSync(native, []Value{x, Str(name), v}, nil)
		return err
	}
	if fn != nil {
		if in.syncDepth > 0 {
			_, err := in.callSync(fn, []Value{x, Str(name), v}, nil)
			return err
		}
		return in.pushDunder(x, fn, retDiscard, Str(name), v)
	}
	cv, found := x.cls.lookupSite(name, s)
	if p, ok := cv.(*Property); ok && found {
		if _, isFn := p.fset.(*Function); isFn {
			// A Python setter runs as a frame, so its lines are steps.
			_, pushed, err := in.call(p.fset, []Value{x, v}, nil)
			if pushed {
				in.t.frames[len(in.t.frames)-1].ret = retDiscard
			}
			return err
		}
	}
	if d, ok := cv.(*GetSetDescr); ok && found && !d.member {
		// subtype_setdict; __weakref__ has no setter.
		if d.name == "__weakref__" {
			return raisef(attributeErrorClass, "attribute '__weakref__' of '%s' objects is not writable", d.owner)
		}
		nd, ok := mappingOf(v)
		if !ok {
			return newTypeError("__dict__ must be set to a dictionary, not a '%s'", typeName(v))
		}
		x.dict = nd
		return nil
	}
	if d, set := descriptorSetter(cv, "__set__"); set != nil && found {
		// A descriptor's __set__ runs as a frame too.
		_, pushed, err := in.call(set, []Value{d, x, v}, nil)
		if pushed {
			in.t.frames[len(in.t.frames)-1].ret = retDiscard
		}
		return err
	}
	var key Value // the name as a str, boxed once per instruction
	if s != nil {
		if s.key == nil {
			s.key = Str(name)
		}
		key = s.key
	}
	return in.storeInstanceAttr(x, name, v, cv, found, key)
}

// storeAttr is object.__setattr__: the store without the class's own
// __setattr__.
func (in *Interp) storeAttr(o Value, name string, v Value) error {
	switch x := o.(type) {
	case *Instance:
		cv, found := x.cls.lookup(name)
		return in.storeInstanceAttr(x, name, v, cv, found, nil)
	case *Tuple:
		if c := userTupleClass(x); c != nil {
			return in.setTupleAttr(x, c, name, v)
		}
	case *Class:
		if x.builtin {
			return in.immutableType(x, name)
		}
		if name == "__name__" || name == "__qualname__" {
			// type_set_name, type_set_qualname (Objects/typeobject.c).
			s, ok := v.(Str)
			if !ok {
				return newTypeError("can only assign string to %s.%s, not '%s'", x.name, name, typeName(v))
			}
			if name == "__name__" {
				x.name = string(s)
			} else {
				x.qualname = string(s)
			}
			return nil
		}
		if s, ok := v.(Str); ok && name == "__module__" {
			x.module = string(s) // what repr shows
		}
		if isTupleSubclass(x) {
			if err := tupleDunderAllowed(x, name); err != nil {
				return err
			}
		}
		x.dict.setStr(name, v)
		in.setOwner(v, x)
		return nil
	case *Module:
		x.dict.setStr(name, v)
		if x.lacks(name) {
			// The program's own functools.cache on 3.8: seen from now on.
			absent := make(map[string]bool, len(x.absent))
			for n := range x.absent {
				absent[n] = n != name
			}
			x.absent = absent
		}
		return nil
	case *Function:
		x = in.fnWritable(x)
		switch name {
		case "__name__", "__qualname__":
			// funcobject.c, func_set_name / func_set_qualname.
			str, ok := v.(Str)
			if !ok {
				return newTypeError("%s must be set to a string object", name)
			}
			if name == "__name__" {
				x.name = string(str)
			} else {
				x.qualname = string(str)
			}
			return nil
		case "__module__":
			x.module = v
			return nil
		case "__defaults__", "__kwdefaults__":
			return setFunctionDefaults(x, name, v)
		case "__annotations__":
			// func_set_annotations (Objects/funcobject.c).
			d, ok := v.(*Dict)
			if !ok {
				return newTypeError("__annotations__ must be set to a dict object")
			}
			x.annotations = d
			return nil
		}
		if x.dict == nil {
			x.dict = newDict()
		}
		x.dict.setStr(name, v)
		return nil
	}
	return in.slotSetError(o, name)
}

// storeInstanceAttr is object.__setattr__ on an instance whose class gave
// cv (found) for name: a property's setter, else the instance's dict.
func (in *Interp) storeInstanceAttr(x *Instance, name string, v, cv Value, found bool, key Value) error {
	if p, ok := cv.(*Property); ok && found {
		if p.fset == nil || p.fset == None {
			return in.noPropertyAccessor(name, x.cls, false)
		}
		_, err := in.callSync(p.fset, []Value{x, v}, nil)
		return err
	}
	if d, set := descriptorSetter(cv, "__set__"); set != nil && found {
		_, err := in.callSync(set, []Value{d, x, v}, nil)
		return err
	}
	if x.exc != nil && in.excMember(x.cls, name) {
		x.exc.setMember(name, v)
		return nil
	}
	if x.exc != nil {
		switch name {
		case "__cause__":
			x.exc.cause = v
			x.exc.suppress = true
			return nil
		case "__context__":
			x.exc.context = v
			return nil
		case "__traceback__":
			return nil
		case "args":
			vs, err := in.iterate(v)
			if err != nil {
				return err
			}
			x.exc.args = newTuple(vs)
			return nil
		}
	}
	if x.cls.restricts && !x.cls.hasSlot(name) {
		return in.slotSetError(x, name)
	}
	x.dict.setStrKey(name, key, v)
	if n := x.dict.t.live; n > x.cls.attrHint && !x.cls.builtin {
		x.cls.attrHint = n
	}
	return nil
}

func (in *Interp) delAttr(o Value, name string) error {
	if x, fn, ok := pyDunder(o, "__delattr__"); ok {
		_, err := in.callSync(fn, []Value{x, Str(name)}, nil)
		return err
	}
	if x, ok := o.(*Instance); ok {
		// A builtin other than object's (__delattr__ = dict.__delitem__).
		if m, ok := x.cls.lookup("__delattr__"); ok && m != Value(objectDelattr) {
			_, err := in.callSync(m, []Value{x, Str(name)}, nil)
			return err
		}
	}
	return in.deleteAttr(o, name)
}

// deleteAttr is object.__delattr__.
func (in *Interp) deleteAttr(o Value, name string) error {
	var d *Dict
	switch x := o.(type) {
	case *Tuple:
		if c := userTupleClass(x); c != nil {
			return in.setTupleAttr(x, c, name, nil)
		}
	case *Instance:
		if cv, ok := x.cls.lookup(name); ok {
			if p, ok := cv.(*Property); ok {
				if p.fdel == nil || p.fdel == None {
					return in.noPropertyAccessor(name, x.cls, true)
				}
				_, err := in.callSync(p.fdel, []Value{x}, nil)
				return err
			}
			if dsc, del := descriptorSetter(cv, "__delete__"); del != nil {
				_, err := in.callSync(del, []Value{dsc, x}, nil)
				return err
			}
		}
		d = x.dict
	case *Class:
		if x.builtin {
			return in.immutableType(x, name)
		}
		if name == "__name__" || name == "__qualname__" {
			// check_set_special_type_attr: 3.10 reworded it.
			if in.cfg.Version.AtLeast(3, 10) {
				return newTypeError("cannot delete '%s' attribute of immutable type '%s'", name, x.name)
			}
			return newTypeError("can't delete %s.%s", x.name, name)
		}
		d = x.dict
	case *Module:
		if x.lacks(name) {
			return in.noAttrToDelete(o, name)
		}
		d = x.dict
	case *Function:
		switch name {
		case "__defaults__", "__kwdefaults__":
			return setFunctionDefaults(in.fnWritable(x), name, nil)
		case "__annotations__":
			in.fnWritable(x).annotations = nil // {} again at the next look
			return nil
		case "__name__", "__qualname__":
			return newTypeError("%s must be set to a string object", name)
		}
		if v := in.fnView(x); v.dict != nil {
			if _, ok := v.dict.getStr(name); ok {
				d = in.fnWritable(x).dict
			}
		}
		if d == nil {
			return in.noAttrToDelete(o, name)
		}
	}
	if d == nil {
		return in.attrErrorOf(o, name) // no name, obj or hint for a del
	}
	if _, ok, _ := d.t.del(Str(name)); !ok {
		if x, isInst := o.(*Instance); isInst && x.cls.hasSlot(name) {
			return raisef(attributeErrorClass, "%s", name)
		}
		return in.noAttrToDelete(o, name)
	}
	return nil
}

// immutableType is the TypeError of setting or deleting an attribute of a
// builtin type (Objects/typeobject.c, type_setattro; worded anew in 3.10).
func (in *Interp) immutableType(c *Class, name string) error {
	if !in.cfg.Version.AtLeast(3, 10) {
		return newTypeError("can't set attributes of built-in/extension type '%s'", c.name)
	}
	return newTypeError("cannot set '%s' attribute of immutable type '%s'", name, c.name)
}

// noAttrToDelete is the AttributeError of deleting an attribute an object
// has not got. Before 3.11 the generic delete said only the name; from
// 3.11 it says what getattr says, but for a module "'module' object"
// (Objects/object.c, _PyObject_GenericSetAttrWithDict).
func (in *Interp) noAttrToDelete(o Value, name string) error {
	if !in.cfg.Version.AtLeast(3, 11) {
		return raisef(attributeErrorClass, "%s", name)
	}
	if _, ok := o.(*Module); ok {
		return raisef(attributeErrorClass, "'module' object has no attribute '%s'", name)
	}
	if _, ok := o.(*Class); ok && in.cfg.Version.AtLeast(3, 13) {
		return in.attrError(o, name) // type_setattro names them from 3.13
	}
	return in.attrErrorOf(o, name) // no name, obj or hint for a del
}
