// This file runs the special methods that Python code calls implicitly —
// d[k], d[k] = v, del d[k], x in d, len(d), iter(d) and for (__iter__,
// __next__, or __getitem__ for the sequence protocol), str(d), repr(d),
// print(d), f-strings, % and str.format, a + b and a += b, o.attr through
// __getattr__, o.attr = v through __setattr__ — as frames on the
// interpreter's stack when the method is Python code and the caller is
// Python code too. CPython calls them from C
// (PyObject_GetItem → slot_mp_subscript → a Python frame) with no
// restriction: their lines are trace events, and they may block (a
// multiprocessing.managers proxy waits for its server's reply in
// __getitem__) or fork. Called from Go (syncDepth > 0: a sorted key, a
// list's repr, __eq__ in a dict lookup) they still run nested through
// callSync, where blocking is refused.
//
// The frame's return kind (retTruth, retLen, retStr, retIter, retBinop,
// retForIter) applies the
// check or conversion that CPython's slot wrapper applies to the result
// (Objects/typeobject.c slot_sq_contains, slot_sq_length, slot_tp_str,
// slot_tp_iter; Objects/abstract.c PyObject_Str's type check).

package pyvm

// framePushed is what a builtin returns after dunderFrame pushed a frame:
// errFramePushed, or the error met setting up the call.
func framePushed(err error) error {
	if err != nil {
		return err
	}
	return errFramePushed
}

// pyDunder returns o's special method name when it is Python code: o is
// an instance of a user class or of a tuple subclass (tuplesub.go, whose
// special methods can only be __repr__ and __str__ among these).
func pyDunder(o Value, name string) (Value, *Function, bool) {
	cls := pyClass(o)
	if cls == nil {
		return nil, nil, false
	}
	m, ok := cls.lookup(name)
	if !ok {
		return nil, nil, false
	}
	fn, ok := m.(*Function)
	if !ok || fn.code.Generator {
		return nil, nil, false
	}
	return o, fn, true
}

// pyClass is the class of an instance, or of an instance of a tuple
// subclass; nil for any other value.
func pyClass(o Value) *Class {
	switch x := o.(type) {
	case *Instance:
		return x.cls
	case *Tuple:
		return userTupleClass(x)
	case *Class:
		return metaOf(x) // metaclass.go
	}
	return nil
}

// textClass is pyClass for str() and repr() from Python code: nil for an
// exception, whose text is its args' (excStr).
func textClass(o Value) *Class {
	if x, ok := o.(*Instance); ok && x.exc != nil {
		return nil
	}
	return pyClass(o)
}

// pySetattr is the class's own __setattr__, through its hint (asked at
// every STORE_ATTR of an instance): fn when it is written in Python, else
// native, a builtin such as dict.__setitem__ (the attribute-dict idiom
// __setattr__ = dict.__setitem__); neither for object's.
func pySetattr(x *Instance) (fn *Function, native Value) {
	m, ok := x.cls.lookupAt("__setattr__", &x.cls.setattr)
	if !ok || m == Value(objectSetattr) {
		return nil, nil
	}
	if fn, ok := m.(*Function); ok && !fn.code.Generator {
		return fn, nil
	}
	return nil, m
}

// dunderFrame pushes the frame of o's Python special method name, whose
// result ret delivers to the caller's stack. It reports false, and does
// nothing, when the method is not Python code or the caller is Go.
func (in *Interp) dunderFrame(o Value, name string, ret retKind, args ...Value) (bool, error) {
	if in.syncDepth > 0 {
		return false, nil
	}
	x, fn, ok := pyDunder(o, name)
	if !ok {
		return false, nil
	}
	return true, in.pushDunder(x, fn, ret, args...)
}

// pushDunder pushes the frame of special method fn of x (found by
// pyDunder) with args after x.
func (in *Interp) pushDunder(x Value, fn *Function, ret retKind, args ...Value) error {
	all := make([]Value, 0, len(args)+1)
	all = append(all, x)
	all = append(all, args...)
	f, err := in.newCallFrame(fn, all, nil)
	if err != nil {
		return err
	}
	f.ret = ret
	return in.pushFrame(f)
}

// dunderResult converts the value a special method's frame returned, as
// its slot wrapper does.
func (in *Interp) dunderResult(f *Frame, v Value) (Value, error) {
	switch f.ret {
	case retTruth, retNotTruth:
		t, err := in.truth(v)
		return mkBool(t != (f.ret == retNotTruth)), err
	case retLen:
		return lenResult(v)
	case retStr:
		if _, ok := v.(Str); !ok {
			return nil, newTypeError("%s returned non-string (type %s)", f.code.Name, typeName(v))
		}
		return v, nil
	case retBinop:
		if v != notImplementedType(struct{}{}) {
			return v, nil
		}
		// NotImplemented: the rest of binary_op1 (or, from __iadd__,
		// the binary operator), run nested.
		ops := f.aux.(*Tuple).items
		op, inplace := binop(ops[2].(Int)), ops[3] == Bool(true)
		if f.code.Name == inplaceDunder(op) {
			return in.binaryDunders(op, ops[0], ops[1], inplace)
		}
		if r, ok, err := in.dunder(ops[1], "__r"+binopDunder[op][2:], ops[0]); ok || err != nil {
			return r, err
		}
		return nil, newTypeError("unsupported operand type(s) for %s: '%s' and '%s'", opSymbol(op, inplace), typeName(ops[0]), typeName(ops[1]))
	case retIter:
		// PyObject_GetIter: the iterator itself, which must have __next__.
		switch x := v.(type) {
		case *Iter, *Generator:
			return v, nil
		case *Instance:
			if _, ok := x.cls.lookup("__next__"); ok {
				return v, nil
			}
		}
		return nil, newTypeError("iter() returned non-iterator of type '%s'", typeName(v))
	}
	return v, nil
}

// binopFrame is BINARY_* and INPLACE_* on an instance whose operator
// method is Python code: the method's frame (__iadd__ first for +=).
func (in *Interp) binopFrame(f *Frame, op binop, inplace bool) (bool, error) {
	if in.syncDepth > 0 {
		return false, nil
	}
	a, b := f.stack[len(f.stack)-2], f.stack[len(f.stack)-1]
	name := ""
	if _, _, ok := pyDunder(a, inplaceDunder(op)); ok && inplace {
		name = inplaceDunder(op)
	} else if _, _, ok := pyDunder(a, binopDunder[op]); ok {
		if x, isInst := a.(*Instance); isInst && inplace {
			if _, has := x.cls.lookup(inplaceDunder(op)); has {
				return false, nil // a builtin __iadd__: the nested path
			}
		}
		name = binopDunder[op]
	} else {
		return false, nil
	}
	f.stack = f.stack[:len(f.stack)-2]
	pushed, err := in.dunderFrame(a, name, retBinop, b)
	if err == nil && pushed {
		in.t.frames[len(in.t.frames)-1].aux = newTuple([]Value{a, b, mkInt(int64(op)), mkBool(inplace)})
	}
	return true, err
}

// forIterFrame is FOR_ITER over an iterator whose __next__ is Python code,
// or a sequence iterated by a Python __getitem__ (seqiter): the method's
// frame; StopIteration (or IndexError, for __getitem__) leaving it ends the
// loop at exit (unwind, vm_exc.go).
func (in *Interp) forIterFrame(f *Frame, exit int) (bool, error) {
	if x, ok := f.top().(*Instance); ok {
		pushed, err := in.dunderFrame(x, "__next__", retForIter)
		if pushed && err == nil {
			in.t.frames[len(in.t.frames)-1].aux = mkInt(int64(exit))
		}
		return pushed, err
	}
	it, ok := f.top().(*Iter)
	if !ok {
		return false, nil
	}
	var pushed bool
	var err error
	switch {
	case it.kind == iterCall:
		pushed, err = in.dunderFrame(it.src, "__next__", retForIter)
	case it.kind == iterGetItem && it.n >= 0:
		pushed, err = in.dunderFrame(it.src, "__getitem__", retForIter, mkInt(it.i))
	}
	if pushed && err == nil {
		in.t.frames[len(in.t.frames)-1].aux = mkInt(int64(exit))
	}
	return pushed, err
}

// forIterEnds reports an exception that ends a loop when it leaves the
// frame FOR_ITER pushed, and ends it: the caller drops the iterator and
// jumps to the loop's exit.
func (in *Interp) forIterEnds(f *Frame, exc *Instance) bool {
	caller := in.t.frames[len(in.t.frames)-1]
	it, _ := caller.top().(*Iter)
	if !isSubclass(exc.cls, stopIterationClass) &&
		!(it != nil && it.kind == iterGetItem && isSubclass(exc.cls, indexErrorClass)) {
		return false
	}
	if it != nil {
		it.n = -1
	}
	caller.pop()
	exit, _ := asInt(f.aux)
	caller.jump(int(exit))
	return true
}

// lenResult is slot_sq_length's check of what __len__ returned.
func lenResult(r Value) (Value, error) {
	n, ok := asInt(r)
	if !ok {
		if _, big := r.(*BigInt); big {
			return nil, raisef(overflowErrorClass, "cannot fit 'int' into an index-sized integer")
		}
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(r))
	}
	if n < 0 {
		return nil, newValueError("__len__() should return >= 0")
	}
	return mkInt(n), nil
}

// strFrame is str(o) or repr(o) (name "__str__" or "__repr__") from
// Python code: the method's frame, when it is Python code. str() falls
// back to __repr__ as object.__str__ does.
func (in *Interp) strFrame(o Value, name string) (bool, error) {
	if c := textClass(o); c != nil && name == "__str__" {
		if _, _, ok := pyDunder(o, "__str__"); !ok {
			if _, has := c.lookup("__str__"); !has {
				name = "__repr__"
			}
		}
	}
	return in.dunderFrame(o, name, retStr)
}

// printNeedsFrames reports a print() argument whose str() is Python code:
// print then runs as the prelude's _print, which calls str() of each
// argument from Python (each a frame) and prints the strings.
func (in *Interp) printNeedsFrames(pos []Value) bool {
	if in.syncDepth > 0 {
		return false
	}
	for _, a := range pos {
		c := textClass(a)
		if c == nil {
			continue
		}
		if _, _, ok := pyDunder(a, "__str__"); ok {
			return true
		}
		if _, has := c.lookup("__str__"); !has {
			if _, _, ok := pyDunder(a, "__repr__"); ok {
				return true
			}
		}
	}
	return false
}

// objectSetattr and objectDelattr are object.__setattr__ and
// object.__delattr__.
var objectSetattr, objectDelattr *Builtin

// initObjectAttrMethods defines object.__setattr__, object.__delattr__ and
// object.__getattribute__, through which a class's own __setattr__ (or
// __getattr__) reaches the plain behaviour.
func initObjectAttrMethods() {
	objectSetattr = &Builtin{name: "__setattr__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("__setattr__", args, kw, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, in.storeAttr(args[0], string(name), args[2])
	}}
	objectClass.dict.setStr("__setattr__", objectSetattr)
	objectDelattr = &Builtin{name: "__delattr__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("__delattr__", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, in.deleteAttr(args[0], string(name))
	}}
	objectClass.dict.setStr("__delattr__", objectDelattr)
	objectClass.dict.setStr("__getattribute__", &Builtin{name: "__getattribute__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("__getattribute__", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("attribute name must be string, not '%s'", typeName(args[1]))
		}
		x, isInst := args[0].(*Instance)
		if !isInst {
			return in.getAttr(args[0], string(name))
		}
		v, getter, err := in.instanceAttrNoHook(x, string(name))
		if err != nil || getter == nil {
			return v, err
		}
		r, pushed, err := in.call(getter, []Value{x}, nil)
		if err == nil && pushed {
			return nil, errFramePushed
		}
		return r, err
	}})
}

// newTypeCall is type(name, bases, dict) (Objects/typeobject.c type_new):
// a class like a class statement's, with a copy of dict as its namespace
// and __module__ taken from the caller's globals when dict has none.
func (in *Interp) newTypeCall(meta *Class, name, bases, dict Value, kwNames []string, kwVals []Value) (*Class, []classHook, error) {
	n, ok := name.(Str)
	if !ok {
		return nil, nil, newTypeError("type.__new__() argument 1 must be str, not %s", typeName(name))
	}
	b, ok := bases.(*Tuple)
	if !ok {
		return nil, nil, newTypeError("type.__new__() argument 2 must be tuple, not %s", typeName(bases))
	}
	d, ok := dict.(*Dict)
	if !ok {
		return nil, nil, newTypeError("type.__new__() argument 3 must be dict, not %s", typeName(dict))
	}
	ns := newDict()
	if err := in.dictUpdate(ns, d); err != nil {
		return nil, nil, err
	}
	if _, has := ns.getStr("__module__"); !has && len(in.t.frames) > 0 {
		if m, ok := in.t.frames[len(in.t.frames)-1].globals.getStr("__name__"); ok {
			ns.setStr("__module__", m)
		}
	}
	if _, has := ns.getStr("__qualname__"); !has {
		ns.setStr("__qualname__", n)
	}
	winner, err := calcMeta(meta, b.items)
	if err != nil {
		return nil, nil, err
	}
	return in.newClassOf(winner, string(n), b.items, ns, kwNames, kwVals)
}

// formatFrame is FORMAT_VALUE without a spec for an instance whose
// __str__ (or __repr__, for !r) is Python code and whose class has no
// __format__ of its own: f'{x}' is format(x, "") = str(x), so the method's
// frame gives the piece (a manager proxy's __str__ asks its server).
func (in *Interp) formatFrame(v Value, conv rune, spec string) (bool, error) {
	x, ok := v.(*Instance)
	if !ok || spec != "" || x.exc != nil {
		return false, nil
	}
	if _, custom := x.cls.lookup("__format__"); custom {
		return false, nil
	}
	switch conv {
	case 'r':
		return in.strFrame(x, "__repr__")
	case 's', 0:
		return in.strFrame(x, "__str__")
	}
	return false, nil
}

// percentRender is the state of `fmt % args` done in two passes when an
// argument's str() or repr() is Python code: the first pass (collect)
// lists those arguments in the order the format converts them; the
// prelude's _percent computes their texts as frames and the second pass
// uses them (done, consumed in order).
type percentRender struct {
	collect bool
	jobs    []Value // collect: (value, 's' or 'r') tuples
	done    []Value // render: the texts
}

// needsPyText reports an argument whose %s or %r text is Python code.
func needsPyText(conv rune, v Value) bool {
	c := textClass(v)
	if c == nil {
		return false
	}
	if conv == 's' {
		if _, _, ok := pyDunder(v, "__str__"); ok {
			return true
		}
		if _, has := c.lookup("__str__"); has {
			return false
		}
	}
	_, _, ok := pyDunder(v, "__repr__")
	return ok
}

// renderedText is percentOne's %s/%r text of v from the two passes.
func (in *Interp) renderedText(conv rune, v Value) (string, bool) {
	r := in.pctRender
	if r == nil || !needsPyText(conv, v) {
		return "", false
	}
	kind := "r"
	if conv == 's' {
		kind = "s"
	}
	if r.collect {
		r.jobs = append(r.jobs, newTuple([]Value{v, Str(kind)}))
		return "", true
	}
	if len(r.done) == 0 {
		return "", false
	}
	s, _ := r.done[0].(Str)
	r.done = r.done[1:]
	return string(s), true
}

// percentFrame is BINARY_MODULO on a str whose arguments' texts are Python
// code: the prelude's _percent as a frame (see percentRender).
func (in *Interp) percentFrame(f *Frame, op binop) (bool, error) {
	if op != opMod || in.syncDepth > 0 {
		return false, nil
	}
	format, ok := f.stack[len(f.stack)-2].(Str)
	if !ok {
		return false, nil
	}
	args := f.stack[len(f.stack)-1]
	in.pctRender = &percentRender{collect: true}
	_, err := in.percentFormat(string(format), args)
	jobs := in.pctRender.jobs
	in.pctRender = nil
	if err != nil || len(jobs) == 0 {
		return false, nil // the ordinary path formats it, or raises
	}
	f.stack = f.stack[:len(f.stack)-2]
	helper, _ := in.prelude.dict.getStr("_percent")
	_, _, err = in.call(helper, []Value{format, args, newList(jobs)}, nil)
	return true, err
}

// percentRendered is the prelude's _percent_rendered(fmt, args, texts):
// the second pass.
func percentRendered(in *Interp, args []Value, kw []string) (Value, error) {
	texts, _ := args[2].(*List)
	in.pctRender = &percentRender{done: append([]Value(nil), texts.items...)}
	defer func() { in.pctRender = nil }()
	s, err := in.percentFormat(string(args[0].(Str)), args[1])
	return Str(s), err
}

// formatConv is the conversion a str.format field applies to v: 'r' for
// !r and !a, 's' for !s, or for no conversion and no spec when v's class
// has no __format__ (format(v, "") is str(v)); 0 otherwise.
func formatConv(conv, spec string, v Value) rune {
	switch conv {
	case "r", "a":
		return 'r'
	case "s":
		return 's'
	case "":
		if x, ok := v.(*Instance); ok && spec == "" {
			if _, custom := x.cls.lookup("__format__"); !custom {
				return 's'
			}
		}
	}
	return 0
}

// strFormatFrame is str.format (args[0] the format) called from Python with
// an argument whose text is Python code: the prelude's _format as a frame,
// in two passes as for % (percentRender).
func (in *Interp) strFormatFrame(args []Value, kw []string) (bool, error) {
	format, ok := args[0].(Str)
	if !ok || in.syncDepth > 0 {
		return false, nil
	}
	in.pctRender = &percentRender{collect: true}
	_, err := in.strFormat(string(format), args[1:], kw)
	jobs := in.pctRender.jobs
	in.pctRender = nil
	if err != nil || len(jobs) == 0 {
		return false, nil
	}
	all := append([]Value{format, newList(jobs)}, args[1:]...)
	helper, _ := in.prelude.dict.getStr("_format")
	_, pushed, err := in.call(helper, all, kw)
	if err == nil && !pushed {
		return false, nil
	}
	return true, err
}

// formatRendered is the prelude's _format_rendered(fmt, texts, *args,
// **kw): str.format's second pass.
func formatRendered(in *Interp, args []Value, kw []string) (Value, error) {
	texts, _ := args[1].(*List)
	in.pctRender = &percentRender{done: append([]Value(nil), texts.items...)}
	defer func() { in.pctRender = nil }()
	s, err := in.strFormat(string(args[0].(Str)), args[2:], kw)
	return Str(s), err
}
