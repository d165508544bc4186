// This file implements calls: the CALL opcodes, argument binding
// (Python/ceval.c, initialize_locals), frames for Python functions, class
// instantiation with __init__, returns, class creation, and synchronous calls
// of Python code from Go (callSync).

package pyvm

import (
	"fmt"
	"sort"
	"strings"
)

const maxDepth = 1000

// opCall runs CALL, CALL_KW and CALL_EX. A native call that blocks leaves the
// stack untouched so the instruction can be retried.
func (in *Interp) opCall(f *Frame, ins Instr) error {
	var fn Value
	var args []Value
	var kw []string
	n := int(ins.A)
	drop := callDrop(ins)
	top := len(f.stack)
	switch ins.Op {
	case opCall:
		fn = f.stack[top-n-1]
		args = f.stack[top-n:]
	case opCallKw, opCallMethodKw:
		top--
		kw = f.code.kwNames(f.ip-1, f.stack[top].(*Tuple))
		fallthrough
	case opCallMethod:
		fn, args = f.stack[top-n-1], f.stack[top-n:top]
		if ins.Op != opCallKw {
			// LOAD_METHOD left (fn, self) or (NULL, callable): self is
			// the first argument.
			if m := f.stack[top-n-2]; m != nil {
				fn, args = m, f.stack[top-n-1:top]
			}
		}
	case opCallEx:
		var err error
		fn = f.stack[len(f.stack)-drop]
		args, kw, err = in.spreadArgs(f.stack[len(f.stack)-drop+1], n == 1, f.top())
		if err != nil {
			return err
		}
	}
	if bm, ok := fn.(*BoundMethod); ok && ins.Op != opCallEx {
		if py, ok := bm.fn.(*Function); ok {
			// A method written in Python: self goes in the bound method's
			// stack slot, just below the arguments, which then serve as
			// the call's arguments as they are (newCallFrame copies them;
			// a Python call is never retried, so the slot is not read
			// again).
			first := top - len(args)
			f.stack[first-1] = bm.self
			fn, args = py, f.stack[first-1:top]
		}
	}
	if f == in.t.blocked {
		// This is the retry of the blocked call (signal handlers run as
		// frames above it, so nothing else can execute in this frame).
		in.t.blocked = nil
	}
	r, pushed, err := in.call(fn, args, kw)
	if err != nil {
		if _, ok := err.(raiseIn); ok {
			// The call is over (a frame was entered to raise in it).
			f.stack = f.stack[:len(f.stack)-drop]
		}
		return err
	}
	f.stack = f.stack[:len(f.stack)-drop]
	if !pushed {
		f.push(r)
	}
	return nil
}

// callDrop is how many stack slots call instruction ins takes.
func callDrop(ins Instr) int {
	switch ins.Op {
	case opCallKw, opCallMethod:
		return int(ins.A) + 2
	case opCallMethodKw:
		return int(ins.A) + 3
	case opCallEx:
		return int(ins.A) + 2
	}
	return int(ins.A) + 1
}

// spreadArgs flattens f(*args, **kwargs).
func (in *Interp) spreadArgs(pos Value, hasKw bool, kwv Value) ([]Value, []string, error) {
	args := append([]Value(nil), pos.(*Tuple).items...)
	if !hasKw {
		return args, nil, nil
	}
	var kw []string
	d := kwv.(*Dict)
	for _, e := range d.t.entries {
		if !e.live() {
			continue
		}
		k, ok := e.key.(Str)
		if !ok {
			return nil, nil, newTypeError("keywords must be strings")
		}
		kw = append(kw, string(k))
		args = append(args, e.val)
	}
	return args, kw, nil
}

// call calls fn. For a Python function it pushes a frame (pushed=true) whose
// return value will land on the caller's stack; otherwise it returns the
// result.
func (in *Interp) call(fn Value, args []Value, kw []string) (Value, bool, error) {
	switch c := fn.(type) {
	case *Function:
		f, err := in.newCallFrame(c, args, kw)
		if err != nil {
			return nil, false, err
		}
		if c.code.Generator {
			return newGenerator(in.fnView(c), f), false, nil
		}
		return nil, true, in.pushFrame(f)
	case *Builtin:
		if c.owner != nil {
			if len(args) == len(kw) {
				// bytes.decode(): a method of a builtin type called on the
				// type with no self.
				return nil, false, unboundNeedsArg(in, c.owner.name, c.name)
			}
			if s := typeOf(args[0]); s != c.owner && !isSubclass(s, c.owner) {
				// str.upper(b'a'): called on the type with a self of
				// another type.
				return nil, false, wrongSelf(c, args[0])
			}
		}
		r, err := c.fn(in, args, kw)
		if err == errFramePushed {
			return nil, true, nil
		}
		return r, false, err
	case *BoundMethod:
		all := make([]Value, 0, len(args)+1)
		all = append(all, c.self)
		all = append(all, args...)
		return in.call(c.fn, all, kw)
	case *Class:
		if m, ok := metaCall(c); ok {
			return in.call(&BoundMethod{self: c, fn: m}, args, kw)
		}
		return in.instantiate(c, args, kw)
	case *Instance:
		m, ok := c.cls.lookup("__call__")
		if ok {
			return in.call(&BoundMethod{self: c, fn: m}, args, kw)
		}
	case *StaticMethod:
		return in.call(c.fn, args, kw)
	}
	return nil, false, newTypeError("'%s' object is not callable", typeName(fn))
}

func (in *Interp) pushFrame(f *Frame) error {
	if len(in.t.frames) >= maxDepth {
		return raisef(recursionErrorClass, "maximum recursion depth exceeded")
	}
	in.t.frames = append(in.t.frames, f)
	return nil
}

// instantiate calls a class: builtin constructors directly, user classes
// through __init__ (a frame whose return pushes the instance).
func (in *Interp) instantiate(c *Class, args []Value, kw []string) (Value, bool, error) {
	if c.builtin && c.ctor == nil && noConstructorTypes[c.name] {
		// A type of the interpreter's that has no constructor: CPython
		// makes its objects itself (a generator, an iterator, a view).
		return nil, false, in.noConstructor(c, args, kw)
	}
	tupleSub := false
	for _, k := range c.mro {
		if k.ctor != nil && k.builtin && !isExcClass(k) {
			if k == typeClass && k != c {
				// A metaclass: its own __new__, or type.__new__ (metaclass.go).
				if fn := userNew(c); fn != nil {
					return nil, true, in.callUserNew(c, fn, args, kw)
				}
				return in.newMetaInstance(c, args, kw)
			}
			if k == c {
				if drained, err := in.drainClassArgs(c, args, kw); drained {
					if err == errFramePushed {
						return nil, true, nil
					}
					return nil, false, err
				}
				r, err := k.ctor(in, c, args, kw)
				if err == errFramePushed {
					return nil, true, nil // str(x): x.__str__'s frame (vm_dunder.go)
				}
				return r, false, err
			}
			if k == tupleClass {
				tupleSub = true // tuplesub.go
				break
			}
			if k == dictClass || k == listClass {
				break // an instance with a mapping or a seq (dictsub.go, listsub.go)
			}
			if k == randomClass {
				break // random.Random: its state in the instance's dict (mod_random.go)
			}
			return nil, false, newTypeError("subclassing builtin type '%s' is not supported by the simulator", k.name)
		}
	}
	if n := len(args) - len(kw); c == osErrorClass && n >= 2 && n <= 5 {
		// OSError(errno, strerror[, filename[, winerror[, filename2]]])
		// builds the errno's subclass (Objects/exceptions.c, OSError_new;
		// oserror_parse_args reads an errno from 2 to 5 arguments only).
		if n, ok := asInt(args[0]); ok {
			c = errnoClass(Errno(n))
		}
	}
	if fn := userNew(c); fn != nil {
		return nil, true, in.callUserNew(c, fn, args, kw)
	}
	// object.__new__, or tuple's for a tuple subclass; then __init__.
	var self Value
	if tupleSub {
		t, err := in.newTupleOf(c, args, kw)
		if err != nil {
			return nil, false, err
		}
		self = t
	} else {
		inst, err := in.bareInstance(c, args, kw)
		if err != nil {
			return nil, false, err
		}
		self = inst
	}
	return in.initInstance(c, self, args, kw)
}

// userNew is the __new__ written in Python that c or a base defines, or nil.
func userNew(c *Class) *Function {
	if nf, ok := c.lookup("__new__"); ok {
		if sm, ok := nf.(*StaticMethod); ok {
			if fn, ok := sm.fn.(*Function); ok {
				return fn
			}
		}
	}
	return nil
}

// callUserNew pushes the frame of the class's own __new__(cls, *args):
// __init__ runs on what it returns, if that is an instance (retNew).
func (in *Interp) callUserNew(c *Class, fn *Function, args []Value, kw []string) error {
	all := append([]Value{c}, args...)
	f, err := in.newCallFrame(fn, all, kw)
	if err != nil {
		return err
	}
	f.ret = retNew
	f.aux = &newSpec{cls: c, args: copyVals(args), kw: kw}
	return in.pushFrame(f)
}

// bareInstance is object.__new__(c): an instance of c with nothing set.
func (in *Interp) bareInstance(c *Class, args []Value, kw []string) (*Instance, error) {
	if err := in.refuseAbstract(c); err != nil {
		return nil, err
	}
	inst := &Instance{cls: c, dict: newDictSized(c.attrHint)}
	if isDictSubclass(c) {
		inst.mapping = newDict()
	} else if isListSubclass(c) {
		inst.seq = newList(nil)
	}
	if err := in.newLocal(c, inst, args, kw); err != nil {
		return nil, err
	}
	if isExcClass(c) {
		inst.exc = &excState{args: newTuple(copyVals(args[:len(args)-len(kw)]))}
		initExcAttrs(inst)
	}
	return inst, nil
}

// newSpec is what the frame of a class's own __new__ keeps for its
// return: the class called and the call's arguments, for __init__.
type newSpec struct {
	cls  *Class
	args []Value
	kw   []string
	// made is the object __new__ made when the frame returning is not
	// __new__'s but the last hook of the class type.__new__ made
	// (metaclass.go, newMetaInstance); nil otherwise.
	made Value
}

// afterNew is type_call after __new__ returned v (Objects/typeobject.c):
// an instance of the class called (or of a subclass) gets its class's
// __init__ with the call's arguments; anything else is the call's result
// as it is. pushed: __init__ runs in a frame that delivers v.
func (in *Interp) afterNew(spec *newSpec, v Value) (Value, bool, error) {
	if spec.made != nil {
		v = spec.made
	}
	var cls *Class
	switch x := v.(type) {
	case *Instance:
		cls = x.cls
	case *Tuple:
		cls = userTupleClass(x) // an instance of a tuple subclass (tuplesub.go)
	case *Class:
		cls = typeOf(x) // a metaclass's __new__ made a class
	}
	if cls == nil || !isSubclass(cls, spec.cls) {
		return v, false, nil
	}
	init, ok := cls.lookup("__init__")
	if !ok || init == Value(objectInit) {
		// object.__init__ takes the extra arguments when __new__ is
		// overridden.
		return v, false, nil
	}
	return in.initInstance(cls, v, spec.args, spec.kw)
}

// initInstance runs c's __init__ on inst: a frame that delivers inst
// (pushed), or at once for a builtin __init__.
func (in *Interp) initInstance(c *Class, inst Value, args []Value, kw []string) (Value, bool, error) {
	init, ok := c.lookup("__init__")
	if !ok {
		if x, isInst := inst.(*Instance); len(args) > 0 && !(isInst && x.exc != nil) {
			return nil, false, newTypeError("%s() takes no arguments", c.name)
		}
		return inst, false, nil
	}
	switch fn := init.(type) {
	case *Function:
		all := make([]Value, 0, len(args)+1)
		all = append(all, inst)
		all = append(all, args...)
		f, err := in.newCallFrame(fn, all, kw)
		if err != nil {
			return nil, false, err
		}
		f.ret = retInit
		f.aux = inst
		return nil, true, in.pushFrame(f)
	case *Builtin:
		all := append([]Value{inst}, args...)
		if _, err := fn.fn(in, all, kw); err != nil {
			return nil, false, err
		}
	}
	return inst, false, nil
}

// noConstructorTypes are the builtin types whose objects only CPython
// makes (Objects/*.c: no tp_new), by name.
var noConstructorTypes = map[string]bool{
	"generator": true, "coroutine": true, "async_generator": true, "builtin_function_or_method": true,
	"method-wrapper": true, "wrapper_descriptor": true, "method_descriptor": true, "classmethod_descriptor": true,
	"getset_descriptor": true, "member_descriptor": true, "function": true, "frame": true, "traceback": true, "code": true,
	"list_iterator": true, "list_reverseiterator": true, "range_iterator": true, "longrange_iterator": true,
	"tuple_iterator": true, "str_iterator": true, "str_ascii_iterator": true, "set_iterator": true,
	"bytes_iterator": true, "bytearray_iterator": true, "callable_iterator": true, "iterator": true,
	"dict_keys": true, "dict_values": true, "dict_items": true, "dict_keyiterator": true, "dict_valueiterator": true,
	"dict_itemiterator": true, "dict_reversekeyiterator": true, "dict_reversevalueiterator": true,
	"dict_reverseitemiterator": true,
}

// noConstructor is calling a builtin type whose objects cannot be made so
// (type(iter([]))()): CPython's TypeError.
func (in *Interp) noConstructor(c *Class, args []Value, kw []string) error {
	switch c {
	case functionClass:
		if len(args) == 0 {
			return newTypeError("function() missing required argument 'code' (pos 1)")
		}
		return newTypeError("creating a function from a code object is not supported by the simulator")
	}
	return newTypeError("cannot create '%s' instances", c.name)
}

func copyVals(vs []Value) []Value { return append([]Value(nil), vs...) }

// newCallFrame binds arguments into a new frame for fn.
func (in *Interp) newCallFrame(fn *Function, args []Value, kw []string) (*Frame, error) {
	frameFn := fn
	fn = in.fnView(fn)
	code := fn.code
	// One allocation for the locals and the first 8 stack slots, or a
	// returned frame's.
	nl := len(code.Locals)
	var f *Frame
	var mem []Value
	if k := len(in.spareFrames); k > 0 && cap(in.spareFrames[k-1].mem) >= nl+8 {
		f, mem = in.spareFrames[k-1], in.spareFrames[k-1].mem
		in.spareFrames = in.spareFrames[:k-1]
	} else {
		f, mem = &Frame{}, make([]Value, nl+8)
	}
	in.frameSerial++
	buf := mem[:nl+8]
	*f = Frame{code: code, fn: frameFn, globals: in.fnGlobals(fn), lastLine: -1,
		locals: buf[:nl:nl], stack: buf[nl:nl], mem: mem, blocks: f.blocks[:0], serial: in.frameSerial}
	if code.Kind == kindClass {
		f.ns = newDict()
	}
	if err := in.bindArgs(fn, f.locals, args, kw); err != nil {
		return nil, err
	}
	nc := len(code.CellVars)
	if nc+len(code.FreeVars) > 0 {
		f.cells = make([]*Cell, nc+len(code.FreeVars))
		for i := range code.CellVars {
			c := &Cell{}
			if a := code.cell2arg[i]; a >= 0 {
				c.v = f.locals[a]
			}
			f.cells[i] = c
		}
		copy(f.cells[nc:], fn.closure)
	}
	return f, nil
}

// reuseFrame keeps f, a frame newCallFrame made that has returned, for a
// later call: nothing refers to it any more (a generator's frame is never
// given back; StackCache compares serials), and its memory is cleared so
// that it holds nothing alive. A frame is about 170 bytes and its locals
// and stack another 200: the allocations of every call, otherwise.
func (in *Interp) reuseFrame(f *Frame) {
	if f.mem == nil || f.gen != nil || f == in.t.blocked || len(in.spareFrames) >= maxSpareFrames || cap(f.mem) > 64 {
		return
	}
	clear(f.mem[:cap(f.mem)])
	clear(f.blocks)
	*f = Frame{mem: f.mem, blocks: f.blocks[:0]}
	in.spareFrames = append(in.spareFrames, f)
}

// maxSpareFrames bounds the frames kept for reuse (a deep recursion's
// frames are left to the collector).
const maxSpareFrames = 32

// bindArgs fills the parameter slots of locals: positional, *args, keyword,
// **kwargs, then defaults; errors are CPython's TypeError messages.
func (in *Interp) bindArgs(fn *Function, locals []Value, args []Value, kw []string) error {
	code := fn.code
	npos := code.NumPos
	nargs := len(args) - len(kw)
	name := in.argErrorName(fn)
	var extra []Value
	tooMany := false // reported after the keywords, as CPython does
	for i := 0; i < nargs; i++ {
		if i < npos {
			locals[i] = args[i]
		} else if code.Vararg {
			extra = append(extra, args[i])
		} else {
			tooMany = true
			break
		}
	}
	slot := npos + code.NumKwOnly
	if code.Vararg {
		locals[slot] = newTuple(extra)
		slot++
	}
	var kwargs *Dict
	if code.Kwarg {
		kwargs = newDict()
		locals[slot] = kwargs
	}
	for j, k := range kw {
		v := args[nargs+j]
		idx := -1
		for p := code.NumPosOnly; p < npos+code.NumKwOnly; p++ {
			if code.Locals[p] == k {
				idx = p
				break
			}
		}
		if idx < 0 {
			if kwargs == nil {
				if err := posOnlyAsKeyword(name, code, kw); err != nil {
					return err
				}
				if in.cfg.Version.AtLeast(3, 13) {
					// 3.13 suggests a parameter (initialize_locals,
					// Python/ceval.c: _Py_CalculateSuggestions over them all).
					if s := closestName(code.Locals[:npos+code.NumKwOnly], k, false); s != "" {
						return newTypeError("%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", name, k, s)
					}
				}
				return newTypeError("%s() got an unexpected keyword argument '%s'", name, k)
			}
			kwargs.setStr(k, v)
			continue
		}
		if locals[idx] != nil {
			return newTypeError("%s() got multiple values for argument '%s'", name, k)
		}
		locals[idx] = v
	}
	if tooMany {
		kwonly := 0
		for i := npos; i < npos+code.NumKwOnly; i++ {
			if locals[i] != nil {
				kwonly++
			}
		}
		return tooManyPositional(name, npos, len(fn.defaults), nargs, kwonly)
	}
	return fillDefaults(fn, locals, name)
}

// posOnlyAsKeyword is CPython's error for positional-only parameters
// given by keyword to a function without **kwargs (Python/ceval.c,
// positional_only_passed_as_keyword, 3.8–3.13): every such keyword, in
// the call's order.
func posOnlyAsKeyword(name string, code *Code, kw []string) error {
	var names []string
	for _, k := range kw {
		for _, p := range code.Locals[:code.NumPosOnly] {
			if p == k {
				names = append(names, k)
				break
			}
		}
	}
	if names == nil {
		return nil
	}
	return newTypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(names, ", "))
}

// argErrorName is how a call's argument errors name fn: its qualified name
// from 3.10 (bpo-40679, Python/ceval.c), its name before.
func (in *Interp) argErrorName(fn *Function) string {
	if in.cfg.Version.AtLeast(3, 10) && fn.qualname != "" {
		return fn.qualname
	}
	return fn.name
}

func fillDefaults(fn *Function, locals []Value, name string) error {
	code := fn.code
	npos := code.NumPos
	first := npos - len(fn.defaults)
	var missing []string
	for i := 0; i < npos; i++ {
		if locals[i] != nil {
			continue
		}
		if i >= first {
			locals[i] = fn.defaults[i-first]
			continue
		}
		missing = append(missing, "'"+code.Locals[i]+"'")
	}
	if len(missing) > 0 {
		return newTypeError("%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	for i := npos; i < npos+code.NumKwOnly; i++ {
		if locals[i] != nil {
			continue
		}
		if fn.kwdefs != nil {
			if v, ok := fn.kwdefs.getStr(code.Locals[i]); ok {
				locals[i] = v
				continue
			}
		}
		missing = append(missing, "'"+code.Locals[i]+"'")
	}
	if len(missing) > 0 {
		return newTypeError("%s() missing %d required keyword-only argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	return nil
}

// tooManyPositional is CPython's error for extra positional arguments
// (Python/ceval.c, too_many_positional, 3.8–3.13), which counts the
// keyword-only arguments given too.
func tooManyPositional(name string, npos, ndef, given, kwonly int) error {
	takes, many := fmt.Sprint(npos), npos != 1
	if ndef > 0 {
		takes, many = fmt.Sprintf("from %d to %d", npos-ndef, npos), true
	}
	also := ""
	if kwonly > 0 {
		also = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", plural(given), kwonly, plural(kwonly))
	}
	was := "were"
	if given == 1 && kwonly == 0 {
		was = "was"
	}
	return newTypeError("%s() takes %s positional argument%s but %d%s %s given", name, takes, plural(b2n(many)), given, also, was)
}

// b2n is 2 for true, 1 for false (plural's count).
func b2n(b bool) int {
	if b {
		return 2
	}
	return 1
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames is CPython's "'a', 'b' and 'c'".
func joinNames(ns []string) string {
	switch len(ns) {
	case 1:
		return ns[0]
	case 2:
		return ns[0] + " and " + ns[1]
	}
	s := ""
	for i, n := range ns[:len(ns)-1] {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s + ", and " + ns[len(ns)-1]
}

// returnFrom pops a returning frame and delivers v according to its kind.
func (in *Interp) returnFrom(f *Frame, v Value) error {
	in.t.frames = in.t.frames[:len(in.t.frames)-1]
	switch f.ret {
	case retMain:
		in.beginShutdown(0)
		return nil
	case retShutdown:
		in.finish()
		return errExited
	case retThread:
		in.threadEnded(in.t)
		return errThreadExited
	}
	if f.ret == retGen {
		return in.genReturned(f.gen, v)
	}
	caller := in.t.frames[len(in.t.frames)-1]
	switch f.ret {
	case retNormal:
		caller.push(v)
	case retInit:
		if v != None {
			// type_call's check, at the call: in the caller.
			return raiseIn{newTypeError("__init__() should return None, not '%s'", typeName(v))}
		}
		caller.push(f.aux)
	case retNew:
		r, pushed, err := in.afterNew(f.aux.(*newSpec), v)
		if err != nil {
			return raiseIn{err}
		}
		if !pushed {
			caller.push(r)
		}
	case retClass:
		cls, pushed, err := in.classMade(f.aux.(*classSpec), f.ns)
		if err != nil {
			// Raised by type_new, at the class statement: in the
			// caller, the body's frame gone.
			return raiseIn{err}
		}
		if !pushed {
			caller.push(cls)
		}
	case retAliasMain:
		// spawn._fixup_main_from_path: once the file has run as
		// __mp_main__, sys.modules['__main__'] is the same module.
		if m, ok := in.modules.getStr("__mp_main__"); ok {
			in.modules.setStr("__main__", m)
		}
		caller.push(None)
	case retForIter:
		if it, ok := caller.top().(*Iter); ok && it.kind == iterGetItem {
			it.i++
		}
		caller.push(v)
	case retTruth, retNotTruth, retLen, retStr, retIter, retBinop:
		r, err := in.dunderResult(f, v)
		if err != nil {
			return err
		}
		caller.push(r)
	case retClassMade:
		caller.push(f.aux)
	case retRetry, retDiscard:
		// retRetry: importOne already moved the caller back to its
		// instruction.
	}
	return nil
}

// makeFunction implements MAKE_FUNCTION.
func (in *Interp) makeFunction(f *Frame, flags int) {
	qual := string(f.pop().(Str))
	code := f.pop().(*Code)
	fn := &Function{code: code, globals: f.globals, name: code.Name, qualname: qual}
	if flags&4 != 0 {
		cl := f.pop().(*Tuple)
		fn.closure = make([]*Cell, len(cl.items))
		for i, c := range cl.items {
			fn.closure[i] = c.(*Cell)
		}
	}
	if flags&8 != 0 {
		fn.annotations = f.pop().(*Dict)
	}
	if flags&2 != 0 {
		fn.kwdefs = f.pop().(*Dict)
	}
	if flags&1 != 0 {
		fn.defaults = f.pop().(*Tuple).items
	}
	fn.module, _ = f.globals.getStr("__name__")
	f.push(fn)
}

// refuseAbstract is object.__new__'s TypeError for a class whose
// __abstractmethods__ (which abc's ABC sets) is not empty, with the names
// sorted and worded as each version words it (Objects/typeobject.c,
// object_new).
func (in *Interp) refuseAbstract(c *Class) error {
	v, ok := c.lookup("__abstractmethods__")
	if !ok {
		return nil
	}
	s, ok := v.(*Set)
	if !ok || s.t.live == 0 {
		return nil
	}
	var names []string
	for _, e := range s.t.entries {
		if n, isStr := e.key.(Str); isStr && e.live() {
			names = append(names, string(n))
		}
	}
	sort.Strings(names)
	plural := "s"
	if len(names) == 1 && in.cfg.Version.AtLeast(3, 9) {
		plural = ""
	}
	if in.cfg.Version.AtLeast(3, 12) {
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = "'" + n + "'"
		}
		return newTypeError("Can't instantiate abstract class %s without an implementation for abstract method%s %s", c.name, plural, strings.Join(quoted, ", "))
	}
	return newTypeError("Can't instantiate abstract class %s with abstract method%s %s", c.name, plural, strings.Join(names, ", "))
}

// newClassOf creates a class of metaclass meta (type, or a type
// subclass) from its namespace; the keywords go to __init_subclass__.
func (in *Interp) newClassOf(meta *Class, name string, baseVals []Value, ns *Dict, kwNames []string, kwVals []Value) (*Class, []classHook, error) {
	var bases []*Class
	for _, b := range baseVals {
		bc, ok := b.(*Class)
		if !ok {
			return nil, nil, newTypeError("bases must be classes, not '%s'", typeName(b))
		}
		bases = append(bases, bc)
	}
	if len(bases) == 0 {
		bases = []*Class{objectClass}
	}
	for i, b := range bases {
		for _, o := range bases[:i] {
			if o == b {
				return nil, nil, newTypeError("duplicate base class %s", b.name)
			}
		}
	}
	if _, eq := ns.getStr("__eq__"); eq {
		if _, hash := ns.getStr("__hash__"); !hash {
			// type_new: a class that defines __eq__ without __hash__
			// gets __hash__ = None in its dict (its instances are
			// unhashable; hash.go reads the same).
			ns.setStr("__hash__", None)
		}
	}
	c := &Class{name: name, bases: bases, dict: ns}
	if meta != typeClass {
		c.meta = meta
	}
	// type_new moves __qualname__ out of the namespace (Objects/
	// typeobject.c type_new_set_names / type_new_set_attrs, 3.8-3.13).
	if q, ok := ns.getStr("__qualname__"); ok {
		s, isStr := q.(Str)
		if !isStr {
			return nil, nil, newTypeError("type __qualname__ must be a str, not %s", typeName(q))
		}
		c.qualname = string(s)
		ns.t.del(Str("__qualname__"))
	}
	if m, ok := ns.getStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			c.module = string(s)
		}
	}
	mro, conflict := c3MRO(c)
	if conflict != nil {
		return nil, nil, mroError(conflict, in.cfg.Version.AtLeast(3, 13))
	}
	c.mro = mro
	if err := c.initSlots(); err != nil {
		return nil, nil, err
	}
	if err := checkSolidBases(c); err != nil {
		return nil, nil, err
	}
	if err := checkTupleSubclass(c); err != nil {
		return nil, nil, err
	}
	addInstanceDescriptors(c)
	if _, ok := ns.getStr("__doc__"); !ok {
		// type_new sets __doc__ to None when the body has no docstring.
		ns.setStr("__doc__", None)
	}
	// type_new makes __init_subclass__ (and __class_getitem__) a class
	// method when the body defines it as a plain function.
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if fn, ok := ns.getStr(n); ok {
			if _, plain := fn.(*Function); plain {
				ns.setStr(n, &ClassMethod{fn: fn})
			}
		}
	}
	// ... and __new__ a static method.
	if fn, ok := ns.getStr("__new__"); ok {
		if _, plain := fn.(*Function); plain {
			ns.setStr("__new__", &StaticMethod{fn: fn})
		}
	}
	for _, e := range ns.t.entries {
		if e.live() {
			in.setOwner(e.val, c)
		}
	}
	return c, in.classHooks(c, kwNames, kwVals), nil
}

// classHook is a call type_new makes once a class exists
// (Objects/typeobject.c, type_new_set_names and type_new_init_subclass,
// 3.8-3.13): an attribute's __set_name__(cls, name), then the
// __init_subclass__ that the class's bases define, on the new class.
type classHook struct {
	fn   Value
	args []Value
	kw   []string
}

// classHooks lists c's hooks, in the order type_new calls them.
func (in *Interp) classHooks(c *Class, kwNames []string, kwVals []Value) []classHook {
	var hooks []classHook
	for _, e := range c.dict.t.entries {
		if d, ok := e.val.(*Instance); ok && e.live() && d.exc == nil && !d.cls.builtin {
			if m, has := d.cls.lookup("__set_name__"); has {
				hooks = append(hooks, classHook{fn: m, args: []Value{e.val, c, e.key}})
			}
		}
	}
	for _, k := range c.mro[1:] {
		v, ok := k.dict.getStr("__init_subclass__")
		if !ok {
			continue
		}
		if cm, isCM := v.(*ClassMethod); isCM {
			hooks = append(hooks, classHook{fn: cm.fn, args: append([]Value{c}, kwVals...), kw: kwNames})
		}
		break
	}
	return hooks
}

// runClassHooks runs a new class's hooks. Called from Go (syncDepth > 0)
// they run to completion here; else those written in Python run as frames
// above the caller's, so that their lines are steps, as in CPython: the
// lowest returns with ret and aux (retClassMade delivers the class;
// retDiscard when a frame below delivers the result). Native hooks
// (object.__init_subclass__, which only refuses keywords) run first.
func (in *Interp) runClassHooks(hooks []classHook, ret retKind, aux Value) (pushed bool, err error) {
	var frames []*Frame
	for _, h := range hooks {
		fn, py := h.fn.(*Function)
		if !py || in.syncDepth > 0 || fn.code.Generator {
			if _, err := in.callSync(h.fn, h.args, h.kw); err != nil {
				return false, err
			}
			continue
		}
		f, err := in.newCallFrame(fn, h.args, h.kw)
		if err != nil {
			return false, err
		}
		f.ret = retDiscard
		frames = append(frames, f)
	}
	if len(frames) == 0 {
		return false, nil
	}
	frames[len(frames)-1].ret, frames[len(frames)-1].aux = ret, aux
	for i := len(frames) - 1; i >= 0; i-- {
		if err := in.pushFrame(frames[i]); err != nil {
			return false, err
		}
	}
	return true, nil
}

// setOwner records the class a method was defined in, for zero-argument super().
func (in *Interp) setOwner(v Value, c *Class) {
	switch x := v.(type) {
	case *Function:
		if in.fnView(x).owner == nil {
			in.fnWritable(x).owner = c
		}
	case *Property:
		in.setOwner(x.fget, c)
		in.setOwner(x.fset, c)
		in.setOwner(x.fdel, c)
	case *StaticMethod:
		in.setOwner(x.fn, c)
	case *ClassMethod:
		in.setOwner(x.fn, c)
	}
}

// callSync calls fn from Go and runs it to completion (no line stops).
func (in *Interp) callSync(fn Value, args []Value, kw []string) (Value, error) {
	n0 := len(in.t.frames)
	r, pushed, err := in.call(fn, args, kw)
	if err != nil || !pushed {
		return r, err
	}
	if len(in.t.frames) > n0+1 {
		// A new class's hooks run as frames above the one that
		// delivers the call's result (runClassHooks): all of them, to
		// the lowest.
		return in.runFramesSync(in.t.frames[n0])
	}
	f := in.t.frames[len(in.t.frames)-1]
	if f.ret == retNew {
		// The class's own __new__, then (maybe) __init__, each run to
		// completion.
		spec := f.aux.(*newSpec)
		v, err := in.runTopSync(f)
		if err != nil {
			return nil, err
		}
		r, pushed, err := in.afterNew(spec, v)
		if err != nil || !pushed {
			return r, err
		}
		f = in.t.frames[len(in.t.frames)-1]
	}
	if f.ret == retInit {
		// The instance is delivered by the frame below; run to completion
		// through a synchronous trampoline.
		v, err := in.runTopSync(f)
		if err != nil {
			return nil, err
		}
		if v != None {
			return nil, newTypeError("__init__() should return None, not '%s'", typeName(v))
		}
		return f.aux, nil
	}
	return in.runTopSync(f)
}

// runFramesSync runs the frames from f, which delivers a call's result,
// to the innermost, to completion: f is a new class's hook (the class) or
// a metaclass's __init__ (the class, when it returns None).
func (in *Interp) runFramesSync(f *Frame) (Value, error) {
	ret, aux := f.ret, f.aux
	base := len(in.t.frames) - 1
	for i, g := range in.t.frames {
		if g == f {
			base = i
		}
	}
	f.ret = retSync
	in.syncDepth++
	_, v, err := in.exec(base, 0)
	in.syncDepth--
	if err != nil {
		return nil, err
	}
	switch ret {
	case retClassMade:
		return aux, nil
	case retNew:
		r, pushed, err := in.afterNew(aux.(*newSpec), v)
		if err != nil || !pushed {
			return r, err
		}
		return in.runFramesSync(in.t.frames[len(in.t.frames)-1])
	case retInit:
		if v != None {
			return nil, newTypeError("__init__() should return None, not '%s'", typeName(v))
		}
		return aux, nil
	}
	return v, nil
}

// runTopSync runs f, the innermost frame, to completion and returns
// what it returns.
func (in *Interp) runTopSync(f *Frame) (Value, error) {
	f.ret = retSync
	in.syncDepth++
	v, err := in.runSync()
	in.syncDepth--
	return v, err
}

func (in *Interp) runSync() (Value, error) {
	base := len(in.t.frames) - 1
	_, v, err := in.exec(base, 0)
	return v, err
}

// resolveBases is types.resolve_bases, as __build_class__ applies it (PEP
// 560): a base that is not a class but has __mro_entries__ (a generic
// alias, Stack[int]) is replaced by the classes that method gives; the
// namespace then keeps the bases as written in __orig_bases__.
func (in *Interp) resolveBases(bases []Value) ([]Value, error) {
	var out []Value
	for i, b := range bases {
		var entries Value
		switch x := b.(type) {
		case *Class:
		case *Instance:
			if m, found := x.cls.lookup("__mro_entries__"); found {
				entries = bindAttr(m, x, x.cls)
			}
		case *Function:
			// typing.NamedTuple from 3.9 is a function with the attribute.
			if d := in.fnView(x).dict; d != nil {
				entries, _ = d.getStr("__mro_entries__")
			}
		}
		if entries == nil {
			if out != nil {
				out = append(out, b)
			}
			continue
		}
		if out == nil {
			out = append([]Value(nil), bases[:i]...)
		}
		r, err := in.callSync(entries, []Value{newTuple(copyVals(bases))}, nil)
		if err != nil {
			return nil, err
		}
		t, ok := r.(*Tuple)
		if !ok {
			return nil, newTypeError("__mro_entries__ must return a tuple")
		}
		out = append(out, t.items...)
	}
	if out == nil {
		return bases, nil
	}
	return out, nil
}
