// This file implements _zombielab.dumps and loads, the stand-in for pickle
// that multiprocessing's spawn and forkserver use to send the preparation
// data and the Process object to a fresh interpreter (Lib/pickle.py,
// Modules/_pickle.c, 3.11).
//
// What crosses: None, bool, int, float, str, bytes, tuple, list, dict, set;
// functions, builtins and classes by reference (module and qualified name,
// resolved on load through sys.modules, so a reference to __main__ finds the
// re-imported __mp_main__ in a spawned child); bound methods as (self,
// name); instances of user classes as class reference plus __dict__, built
// without calling __init__ (object.__reduce_ex__(2), copyreg.__newobj__);
// a class with __getstate__ sends what it returns instead, and its
// __setstate__ (or, without one, a __dict__ update) takes it on load
// (pickle.py save_reduce / load_build) — how multiprocessing's locks, queues
// and connections hand a spawned child their names and fds.
// Lists, dicts, sets and instances keep their identity inside one dump, so
// shared references and cycles survive (pickle's memo); tuples are not
// memoized, so a tuple reached twice comes back as two equal tuples.
//
// The bytes are this simulator's own format, not pickle protocol 4.

package pyvm

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
)

// PickleError is _pickle.PickleError, the base of the two below.
var pickleErrorClass = func() *Class {
	c := newExcClass("PickleError", exceptionClass)
	c.module = "_pickle"
	return c
}()

// PicklingError is _pickle.PicklingError (→ PickleError → Exception).
var picklingErrorClass = func() *Class {
	c := newExcClass("PicklingError", pickleErrorClass)
	c.module = "_pickle"
	return c
}()

// UnpicklingError is _pickle.UnpicklingError.
var unpicklingErrorClass = func() *Class {
	c := newExcClass("UnpicklingError", pickleErrorClass)
	c.module = "_pickle"
	return c
}()

// Record tags of the format.
const (
	pkNone     = 'N'
	pkTrue     = 'T'
	pkFalse    = 'F'
	pkInt      = 'I'
	pkBigInt   = 'L' // an int outside int64: its decimal digits
	pkFloat    = 'D'
	pkStr      = 'S'
	pkBytes    = 'B'
	pkTuple    = 't'
	pkList     = 'l'
	pkDict     = 'd'
	pkSet      = 's'
	pkGlobal   = 'g' // module, qualname
	pkMethod   = 'm' // self, name
	pkInstance = 'o' // class record, then the __dict__ record
	pkMemo     = 'r' // an object already seen: its memo index
	pkExc      = 'e' // an exception: class record, args tuple, __dict__ record
	pkState    = 'z' // an instance with __getstate__: class record, then the state
	pkSlice    = 'c' // start, stop, step (a manager's l[1:3] sends one)
	pkSeq      = 'q' // a struct sequence: "module.name", then its items
	pkTupleSub = 'u' // an instance of a tuple subclass: class record, then its items
	pkDictSub  = 'k' // an instance of a dict subclass: class record, its __dict__, its items
	pkListSub  = 'h' // an instance of a list subclass: class record, its __dict__, its items
	pkReduce   = 'x' // what a Python __reduce_ex__/__reduce__ returned: callable, args, state, list items, dict items
)

type pickler struct {
	in   *Interp
	buf  []byte
	memo map[any]int
	// reducing holds the instances whose __reduce__ arguments are being
	// written: one met again among them would recurse for ever.
	reducing map[*Instance]bool
}

// pickleDumps serialises v.
func (in *Interp) pickleDumps(v Value) (Bytes, error) {
	p := &pickler{in: in, memo: map[any]int{}}
	if err := p.dump(v); err != nil {
		return "", err
	}
	return Bytes(p.buf), nil
}

func (p *pickler) uvarint(n uint64) { p.buf = binary.AppendUvarint(p.buf, n) }

func (p *pickler) str(tag byte, s string) {
	p.buf = append(p.buf, tag)
	p.uvarint(uint64(len(s)))
	p.buf = append(p.buf, s...)
}

// memoized writes a back reference for an object already dumped, or
// registers it and writes tag.
func (p *pickler) memoized(obj any, tag byte) bool {
	if i, ok := p.memo[obj]; ok {
		p.buf = append(p.buf, pkMemo)
		p.uvarint(uint64(i))
		return true
	}
	p.memo[obj] = len(p.memo)
	p.buf = append(p.buf, tag)
	return false
}

func (p *pickler) dump(v Value) error {
	switch x := v.(type) {
	case NoneType:
		p.buf = append(p.buf, pkNone)
	case Bool:
		p.buf = append(p.buf, map[bool]byte{true: pkTrue, false: pkFalse}[bool(x)])
	case Int:
		p.buf = append(p.buf, pkInt)
		p.buf = binary.AppendVarint(p.buf, int64(x))
	case *BigInt:
		p.str(pkBigInt, x.v.String())
	case Float:
		p.buf = append(p.buf, pkFloat)
		p.buf = binary.LittleEndian.AppendUint64(p.buf, math.Float64bits(float64(x)))
	case Str:
		p.str(pkStr, string(x))
	case Bytes:
		p.str(pkBytes, string(x))
	case *Tuple:
		if c := userTupleClass(x); c != nil {
			// copyreg.__newobj__(cls, *items): namedtuple's
			// __getnewargs__ is tuple(self), and so is tuple's.
			p.buf = append(p.buf, pkTupleSub)
			if err := p.global(c); err != nil {
				return err
			}
			return p.items(x.items)
		}
		if x.seq != nil {
			// structseq's __reduce__: the type and the items.
			p.str(pkSeq, x.seq.cls.module+"."+x.seq.cls.name)
			return p.items(x.items)
		}
		p.buf = append(p.buf, pkTuple)
		return p.items(x.items)
	case *Slice:
		p.buf = append(p.buf, pkSlice)
		return p.items([]Value{x.lo, x.hi, x.step})
	case *List:
		if p.memoized(x, pkList) {
			return nil
		}
		return p.items(x.items)
	case *Set:
		if p.memoized(x, pkSet) {
			return nil
		}
		return p.items(x.t.keys())
	case *Dict:
		if p.memoized(x, pkDict) {
			return nil
		}
		return p.dict(x)
	case *Function, *Builtin, *Class:
		return p.global(v)
	case sigEnum:
		// Enum.__reduce_ex__ gives (Signals, (2,)): the member again on
		// the other side, found here by its name in its class.
		p.buf = append(p.buf, pkGlobal)
		p.str(pkStr, "signal")
		p.str(pkStr, x.class().name+"."+x.name())
	case *BoundMethod:
		return p.method(x)
	case *Instance:
		return p.instance(x)
	default:
		return raisef(typeErrorClass, "cannot pickle '%s' object", typeName(v))
	}
	return nil
}

func (p *pickler) items(vs []Value) error {
	p.uvarint(uint64(len(vs)))
	for _, v := range vs {
		if err := p.dump(v); err != nil {
			return err
		}
	}
	return nil
}

func (p *pickler) dict(d *Dict) error {
	p.uvarint(uint64(d.t.live))
	for _, e := range d.t.entries {
		if !e.live() {
			continue
		}
		if err := p.dump(e.key); err != nil {
			return err
		}
		if err := p.dump(e.val); err != nil {
			return err
		}
	}
	return nil
}

func (p *pickler) method(m *BoundMethod) error {
	name := ""
	switch f := m.fn.(type) {
	case *Function:
		name = p.in.fnView(f).name
	case *Builtin:
		name = f.name
	default:
		return raisef(typeErrorClass, "cannot pickle '%s' object", typeName(m))
	}
	p.buf = append(p.buf, pkMethod)
	if err := p.dump(m.self); err != nil {
		return err
	}
	p.str(pkStr, name)
	return nil
}

func (p *pickler) instance(x *Instance) error {
	if done, err := p.reduce(x); done {
		return err
	}
	if x.exc != nil {
		return p.exception(x)
	}
	if x.cls.builtin {
		return p.in.cannotPickle(x.cls)
	}
	if x.mapping != nil || x.seq != nil {
		return p.containerSub(x)
	}
	if gs, ok := x.cls.lookup("__getstate__"); ok {
		return p.stateful(x, gs)
	}
	if p.memoized(x, pkInstance) {
		return nil
	}
	if err := p.global(x.cls); err != nil {
		return err
	}
	p.buf = append(p.buf, pkDict)
	return p.dict(x.dict)
}

// cannotPickle is the TypeError object.__reduce_ex__ raises for an
// instance of the C type cls.
func (in *Interp) cannotPickle(cls *Class) error {
	// A C type's tp_name names its module ('_thread.lock'), except
	// _struct.Struct's before 3.9.
	name := cls.name
	if cls.module != "builtins" && !(cls == structClass && !in.cfg.Version.AtLeast(3, 9)) {
		name = cls.module + "." + name
	}
	return raisef(typeErrorClass, "cannot pickle '%s' object", name)
}

// containerSub writes an instance of a dict or list subclass: its class,
// its __dict__ and its items (object.__reduce_ex__(2) gives the class,
// the state and the dict's or list's items; defaultdict's __reduce__ its
// default_factory, an attribute here).
func (p *pickler) containerSub(x *Instance) error {
	var tag byte = pkListSub
	if x.mapping != nil {
		tag = pkDictSub
	}
	if p.memoized(x, tag) {
		return nil
	}
	if err := p.global(x.cls); err != nil {
		return err
	}
	if err := p.dict(x.dict); err != nil {
		return err
	}
	if x.mapping != nil {
		return p.dict(x.mapping)
	}
	return p.items(x.seq.items)
}

// stateful writes an instance whose class defines __getstate__: the class
// and what __getstate__ returns (object.__reduce_ex__(2) with a state).
func (p *pickler) stateful(x *Instance, gs Value) error {
	if p.memoized(x, pkState) {
		return nil
	}
	if err := p.global(x.cls); err != nil {
		return err
	}
	state, err := p.in.callSync(bindAttr(gs, x, x.cls), nil, nil)
	if err != nil {
		return err
	}
	return p.dump(state)
}

// exception writes an exception as BaseException.__reduce__ gives it
// (Objects/exceptions.c, 3.8-3.13): its class, its args and its __dict__;
// the traceback, __cause__ and __context__ do not cross, as in CPython.
func (p *pickler) exception(x *Instance) error {
	if p.memoized(x, pkExc) {
		return nil
	}
	if err := p.global(x.cls); err != nil {
		return err
	}
	p.buf = append(p.buf, pkTuple)
	if err := p.items(x.exc.args.items); err != nil {
		return err
	}
	p.buf = append(p.buf, pkDict)
	return p.dict(x.dict)
}

// global writes a reference after checking, as save_global does, that
// looking the name up again finds the very same object.
func (p *pickler) global(v Value) error {
	module, qual, err := p.in.globalName(v)
	if err != nil {
		return err
	}
	p.buf = append(p.buf, pkGlobal)
	p.str(pkStr, module)
	p.str(pkStr, qual)
	return nil
}

// globalName finds the module and qualified name of a function, builtin or
// class (whichmodule + getattribute in Lib/pickle.py, 3.11 wording).
func (in *Interp) globalName(v Value) (module, qual string, err error) {
	switch x := v.(type) {
	case *Function:
		x = in.fnView(x)
		module, qual = strNoCall(x.module), x.qualname
	case *Class:
		module, qual = x.module, x.qual()
	case *Builtin:
		module, qual = in.builtinModule(x), x.name
	}
	if strings.Contains(qual, "<locals>") {
		// _pickle.c get_dotted_path; 3.13 words it as the lookup.
		if in.cfg.Version.AtLeast(3, 13) {
			return "", "", raisef(attributeErrorClass, "Can't get local object '%s'", qual)
		}
		return "", "", raisef(attributeErrorClass, "Can't pickle local object '%s'", qual)
	}
	return module, qual, in.checkGlobal(v, module, qual)
}

// checkGlobal raises what _pickle.c's save_global raises (3.8-3.13) when
// module.qual does not lead back to v.
func (in *Interp) checkGlobal(v Value, module, qual string) error {
	found, lerr := in.lookupGlobal(module, qual)
	if lerr == nil && found == v {
		return nil
	}
	r, _ := in.repr(v)
	if lerr == nil {
		return raisef(picklingErrorClass, "Can't pickle %s: it's not the same object as %s.%s", r, module, qual)
	}
	return raisef(picklingErrorClass, "Can't pickle %s: attribute lookup %s on %s failed", r, qual, module)
}

// builtinModule is the first module in sys.modules (insertion order) that
// holds b under its name; "builtins" if none does.
func (in *Interp) builtinModule(b *Builtin) string {
	for _, e := range in.modules.t.entries {
		if m, ok := e.val.(*Module); ok && e.live() {
			if v, ok := m.dict.getStr(b.name); ok && v == Value(b) {
				return m.name
			}
		}
	}
	return "builtins"
}

// lookupGlobal resolves module.qual through sys.modules and getattr,
// importing a native module that is not loaded yet (pickle's
// find_class calls __import__).
func (in *Interp) lookupGlobal(module, qual string) (Value, error) {
	var obj Value
	if internalModules[strings.Split(module, ".")[0]] {
		return nil, moduleNotFound(module)
	}
	if m, ok := in.modules.getStr(module); ok {
		obj = m
	} else if build, ok := nativeModules[module]; ok {
		mod := in.gate(build(in))
		in.modules.setStr(module, mod)
		obj = mod
	} else {
		mod, err := in.importSync(module)
		if err != nil {
			return nil, err
		}
		obj = mod
	}
	for _, part := range strings.Split(qual, ".") {
		v, err := in.getAttr(obj, part)
		if err != nil {
			return nil, err
		}
		obj = v
	}
	return obj, nil
}

type unpickler struct {
	in   *Interp
	data []byte
	pos  int
	memo []Value
	// pending holds the Python __setstate__ calls left for the caller to
	// run as frames, (bound method, state) in the order pickle.py's
	// load_build would make them (nil: call them here).
	pending []Value
	defer_  bool
}

// pickleLoads rebuilds what pickleDumps wrote, calling __setstate__
// methods as it goes.
func (in *Interp) pickleLoads(data []byte) (Value, error) {
	v, _, err := in.pickleLoadsDeferred(data, false)
	return v, err
}

// pickleLoadsDeferred is pickleLoads that, with deferSetstate, leaves the
// Python __setstate__ calls to its caller: a __setstate__ may block (a
// manager's proxy connects to its server) and so must run as a frame.
func (in *Interp) pickleLoadsDeferred(data []byte, deferSetstate bool) (Value, []Value, error) {
	u := &unpickler{in: in, data: data, defer_: deferSetstate}
	v, err := u.load()
	if err == nil && u.pos != len(data) {
		err = raisef(unpicklingErrorClass, "%d bytes left after the object", len(data)-u.pos)
	}
	return v, u.pending, err
}

func (u *unpickler) truncated() error {
	return raisef(unpicklingErrorClass, "pickle data was truncated")
}

func (u *unpickler) uvarint() (int, error) {
	n, k := binary.Uvarint(u.data[u.pos:])
	if k <= 0 || n > uint64(len(u.data)) {
		return 0, u.truncated()
	}
	u.pos += k
	return int(n), nil
}

func (u *unpickler) str() (string, error) {
	n, err := u.uvarint()
	if err != nil || u.pos+n > len(u.data) {
		return "", u.truncated()
	}
	s := string(u.data[u.pos : u.pos+n])
	u.pos += n
	return s, nil
}

// taggedStr reads a pkStr record.
func (u *unpickler) taggedStr() (string, error) {
	if u.pos >= len(u.data) || u.data[u.pos] != pkStr {
		return "", raisef(unpicklingErrorClass, "invalid load key")
	}
	u.pos++
	return u.str()
}

func (u *unpickler) load() (Value, error) {
	if u.pos >= len(u.data) {
		return nil, u.truncated()
	}
	tag := u.data[u.pos]
	u.pos++
	switch tag {
	case pkNone:
		return None, nil
	case pkTrue, pkFalse:
		return mkBool(tag == pkTrue), nil
	case pkInt:
		n, k := binary.Varint(u.data[u.pos:])
		if k <= 0 {
			return nil, u.truncated()
		}
		u.pos += k
		return mkInt(n), nil
	case pkBigInt:
		s, err := u.str()
		if err != nil {
			return nil, err
		}
		b, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, u.truncated()
		}
		return normBig(b), nil
	case pkFloat:
		if u.pos+8 > len(u.data) {
			return nil, u.truncated()
		}
		f := math.Float64frombits(binary.LittleEndian.Uint64(u.data[u.pos:]))
		u.pos += 8
		return Float(f), nil
	case pkStr:
		s, err := u.str()
		return Str(s), err
	case pkBytes:
		s, err := u.str()
		return Bytes(s), err
	case pkTuple:
		items, err := u.items()
		return newTuple(items), err
	case pkSeq:
		name, err := u.str()
		if err != nil {
			return nil, err
		}
		seq := structSeqs[name]
		items, err := u.items()
		if err != nil {
			return nil, err
		}
		if seq == nil || len(items) != len(seq.fields) {
			return nil, raisef(unpicklingErrorClass, "bad struct sequence %q", name)
		}
		return &Tuple{items: items, seq: seq}, nil
	case pkTupleSub:
		v, err := u.load()
		if err != nil {
			return nil, err
		}
		c, ok := v.(*Class)
		if !ok || !isTupleSubclass(c) {
			return nil, raisef(unpicklingErrorClass, "bad tuple subclass record")
		}
		items, err := u.items()
		return &Tuple{items: items, seq: c.tupleSeq()}, err
	case pkSlice:
		items, err := u.items()
		if err != nil {
			return nil, err
		}
		if len(items) != 3 {
			return nil, raisef(unpicklingErrorClass, "bad slice record")
		}
		return &Slice{items[0], items[1], items[2]}, nil
	case pkList:
		l := newList(nil)
		u.memo = append(u.memo, l)
		items, err := u.items()
		l.items = items
		return l, err
	case pkSet:
		return u.set()
	case pkDict:
		d := newDict()
		u.memo = append(u.memo, d)
		return d, u.dictInto(d)
	case pkGlobal:
		return u.global()
	case pkMethod:
		return u.method()
	case pkInstance:
		return u.instance()
	case pkDictSub, pkListSub:
		return u.containerSub(tag == pkDictSub)
	case pkExc:
		return u.exception()
	case pkState:
		return u.stateful()
	case pkReduce:
		return u.reduce()
	case pkMemo:
		i, err := u.uvarint()
		if err != nil || i >= len(u.memo) {
			return nil, raisef(unpicklingErrorClass, "invalid memo reference")
		}
		return u.memo[i], nil
	}
	return nil, raisef(unpicklingErrorClass, "invalid load key, '%c'.", tag)
}

func (u *unpickler) items() ([]Value, error) {
	n, err := u.uvarint()
	if err != nil {
		return nil, err
	}
	vs := make([]Value, 0, n)
	for range n {
		v, err := u.load()
		if err != nil {
			return nil, err
		}
		vs = append(vs, v)
	}
	return vs, nil
}

func (u *unpickler) set() (Value, error) {
	s := newSet()
	u.memo = append(u.memo, s)
	items, err := u.items()
	if err != nil {
		return nil, err
	}
	for _, v := range items {
		if err := s.t.put(v, nil); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (u *unpickler) dictInto(d *Dict) error {
	n, err := u.uvarint()
	if err != nil {
		return err
	}
	for range n {
		k, err := u.load()
		if err != nil {
			return err
		}
		v, err := u.load()
		if err != nil {
			return err
		}
		if err := d.t.put(k, v); err != nil {
			return err
		}
	}
	return nil
}

func (u *unpickler) global() (Value, error) {
	module, err := u.taggedStr()
	if err != nil {
		return nil, err
	}
	qual, err := u.taggedStr()
	if err != nil {
		return nil, err
	}
	v, err := u.in.lookupGlobal(module, qual)
	if err != nil && isPyExc(err, attributeErrorClass) {
		// find_class's wording (Modules/_pickle.c, 3.11).
		return nil, raisef(attributeErrorClass, "Can't get attribute '%s' on <module '%s'>", qual, module)
	}
	return v, err
}

func (u *unpickler) method() (Value, error) {
	self, err := u.load()
	if err != nil {
		return nil, err
	}
	name, err := u.taggedStr()
	if err != nil {
		return nil, err
	}
	return u.in.getAttr(self, name)
}

// exception rebuilds an exception from its class, args and __dict__.
// CPython calls cls(*args) and then updates __dict__; here the instance is
// made as BaseException.__new__ makes it, without running a user-defined
// __init__ (what __init__ sets is in __dict__ anyway), so a class whose
// __init__ cannot take its own args unpickles here where CPython raises.
func (u *unpickler) exception() (Value, error) {
	c, err := u.load()
	if err != nil {
		return nil, err
	}
	cls, ok := c.(*Class)
	if !ok || !isExcClass(cls) || u.pos >= len(u.data) || u.data[u.pos] != pkTuple {
		return nil, raisef(unpicklingErrorClass, "invalid exception record")
	}
	inst := &Instance{cls: cls, dict: newDict(), exc: &excState{}}
	u.memo = append(u.memo, inst)
	u.pos++
	args, err := u.items()
	if err != nil {
		return nil, err
	}
	inst.exc.args = newTuple(args)
	initExcAttrs(inst)
	if u.pos >= len(u.data) || u.data[u.pos] != pkDict {
		return nil, raisef(unpicklingErrorClass, "invalid exception record")
	}
	u.pos++
	return inst, u.dictInto(inst.dict)
}

// instance loads the class first (a global: it adds nothing to the memo,
// so the instance keeps the index the pickler gave it), so that no
// reference to a classless instance can escape.
func (u *unpickler) instance() (Value, error) {
	c, err := u.load()
	if err != nil {
		return nil, err
	}
	cls, ok := c.(*Class)
	if !ok || cls.builtin || u.pos >= len(u.data) || u.data[u.pos] != pkDict {
		return nil, raisef(unpicklingErrorClass, "invalid instance record")
	}
	u.pos++
	inst := &Instance{cls: cls, dict: newDict()}
	u.memo = append(u.memo, inst)
	return inst, u.dictInto(inst.dict)
}

// containerSub rebuilds an instance of a dict subclass (dict true) or a
// list subclass (pickler.containerSub).
func (u *unpickler) containerSub(dict bool) (Value, error) {
	c, err := u.load()
	if err != nil {
		return nil, err
	}
	cls, ok := c.(*Class)
	if dict && (!ok || !isDictSubclass(cls)) {
		return nil, raisef(unpicklingErrorClass, "invalid dict subclass record")
	}
	if !dict && (!ok || !isListSubclass(cls)) {
		return nil, raisef(unpicklingErrorClass, "invalid list subclass record")
	}
	inst := &Instance{cls: cls, dict: newDict()}
	u.memo = append(u.memo, inst)
	if err := u.dictInto(inst.dict); err != nil {
		return nil, err
	}
	if dict {
		inst.mapping = newDict()
		return inst, u.dictInto(inst.mapping)
	}
	items, err := u.items()
	inst.seq = &List{items: items}
	return inst, err
}

// stateful rebuilds an instance from its class and state: __setstate__,
// or else the state dict into __dict__ (pickle.py load_build).
func (u *unpickler) stateful() (Value, error) {
	c, err := u.load()
	if err != nil {
		return nil, err
	}
	cls, ok := c.(*Class)
	if !ok || cls.builtin {
		return nil, raisef(unpicklingErrorClass, "invalid instance record")
	}
	inst := &Instance{cls: cls, dict: newDict()}
	u.memo = append(u.memo, inst)
	state, err := u.load()
	if err != nil {
		return nil, err
	}
	if ss, ok := cls.lookup("__setstate__"); ok {
		if _, isPy := ss.(*Function); isPy && u.defer_ {
			u.pending = append(u.pending, newTuple([]Value{bindAttr(ss, inst, cls), state}))
			return inst, nil
		}
		_, err := u.in.callSync(bindAttr(ss, inst, cls), []Value{state}, nil)
		return inst, err
	}
	d, ok := state.(*Dict)
	if !ok {
		return nil, raisef(unpicklingErrorClass, "state is not a dictionary")
	}
	for _, e := range d.t.entries {
		if e.live() {
			if err := inst.dict.t.put(e.key, e.val); err != nil {
				return nil, err
			}
		}
	}
	return inst, nil
}

// pickleProtocol is the protocol __reduce_ex__ is asked for: pickle's
// DEFAULT_PROTOCOL, which multiprocessing's ForkingPickler uses (4 in
// 3.8-3.13).
const pickleProtocol = 4

// userReduce is x's own __reduce_ex__ or __reduce__, written in Python
// (object's are the pickler's default records), bound to x.
func userReduce(x *Instance) (Value, []Value, bool) {
	for _, name := range []string{"__reduce_ex__", "__reduce__"} {
		if m, ok := x.cls.lookup(name); ok {
			if _, py := m.(*Function); py {
				var args []Value
				if name == "__reduce_ex__" {
					args = []Value{mkInt(pickleProtocol)}
				}
				return bindAttr(m, x, x.cls), args, true
			}
		}
	}
	return nil, nil, false
}

// reduce writes x as its Python __reduce_ex__ or __reduce__ describes it
// (pickle.py save / save_reduce, 3.8-3.13): a str names a global; a tuple
// of 2 to 5 items is (callable, args[, state[, listitems[, dictitems]]]),
// written as callable and args, then (memoized) the rest. done reports
// that x had such a method.
func (p *pickler) reduce(x *Instance) (done bool, err error) {
	fn, args, ok := userReduce(x)
	if !ok {
		return false, nil
	}
	if i, seen := p.memo[x]; seen {
		p.buf = append(p.buf, pkMemo)
		p.uvarint(uint64(i))
		return true, nil
	}
	if p.reducing[x] {
		return true, raisef(recursionErrorClass, "maximum recursion depth exceeded while pickling an object")
	}
	rv, err := p.in.callSync(fn, args, nil)
	if err != nil {
		return true, err
	}
	if s, isStr := rv.(Str); isStr {
		module := x.cls.module
		if m, err := p.in.getAttr(x, "__module__"); err == nil {
			if ms, ok := m.(Str); ok {
				module = string(ms)
			}
		}
		found, lerr := p.in.lookupGlobal(module, string(s))
		if lerr != nil || found != Value(x) {
			r, _ := p.in.repr(x)
			return true, raisef(picklingErrorClass, "Can't pickle %s: it's not the same object as %s.%s", r, module, s)
		}
		p.buf = append(p.buf, pkGlobal)
		p.str(pkStr, module)
		p.str(pkStr, string(s))
		return true, nil
	}
	t, isTuple := rv.(*Tuple)
	if !isTuple {
		return true, raisef(picklingErrorClass, "__reduce__ must return a string or tuple")
	}
	if n := len(t.items); n < 2 || n > 6 {
		return true, raisef(picklingErrorClass, "tuple returned by __reduce__ must contain 2 through 6 elements")
	}
	if n := len(t.items); n == 6 && t.items[5] != None {
		return true, raisef(picklingErrorClass, "a __reduce__ state setter (its sixth item) is not supported by the simulator")
	}
	if !isCallable(t.items[0]) {
		return true, raisef(picklingErrorClass, "first item of the tuple returned by __reduce__ must be callable")
	}
	if !reduceCallable(t.items[0]) {
		return true, raisef(picklingErrorClass, "a __reduce__ that rebuilds through %s is not supported by the simulator (a class, a function written in Python or getattr)", reprNoCall(t.items[0]))
	}
	if _, ok := t.items[1].(*Tuple); !ok {
		return true, raisef(picklingErrorClass, "second item of the tuple returned by __reduce__ must be a tuple")
	}
	rest := [3]Value{None, None, None}
	copy(rest[:], t.items[2:min(len(t.items), 5)])
	if p.reducing == nil {
		p.reducing = map[*Instance]bool{}
	}
	p.reducing[x] = true
	p.buf = append(p.buf, pkReduce)
	err = p.dump(t.items[0])
	if err == nil {
		err = p.dump(t.items[1])
	}
	delete(p.reducing, x)
	if err != nil {
		return true, err
	}
	// Memoized after its arguments, as save_reduce does: the loader
	// makes the object before it reads the rest.
	p.memo[x] = len(p.memo)
	for i, v := range rest {
		if i > 0 && v != None {
			// listitems and dictitems are iterators: written as a list.
			vs, err := p.in.iterate(v)
			if err != nil {
				return true, err
			}
			v = newList(copyVals(vs))
		}
		if err := p.dump(v); err != nil {
			return true, err
		}
	}
	return true, nil
}

// reduceCallable reports the callables a __reduce__ may rebuild through
// here: classes, functions written in Python (and their bound methods),
// and getattr (enum's and many singletons' reduce in CPython 3.12). A
// native function with effects (os.fork, time.sleep) is refused: the
// bytes loads reads come from the program, but loads must not run them
// from anything else.
func reduceCallable(v Value) bool {
	switch x := v.(type) {
	case *Class, *Function:
		return true
	case *BoundMethod:
		_, py := x.fn.(*Function)
		return py
	case *Builtin:
		return x.name == "getattr"
	}
	return false
}

// reduce rebuilds what pickler.reduce wrote: callable(*args), then its
// state (__setstate__, or into __dict__), list items (append) and dict
// items (obj[k] = v), as pickle.py's load_reduce, load_build, load_appends
// and load_setitems do.
func (u *unpickler) reduce() (Value, error) {
	fn, err := u.load()
	if err != nil {
		return nil, err
	}
	a, err := u.load()
	if err != nil {
		return nil, err
	}
	args, ok := a.(*Tuple)
	if !ok || !reduceCallable(fn) {
		return nil, raisef(unpicklingErrorClass, "invalid reduce record")
	}
	obj, err := u.in.callSync(fn, copyVals(args.items), nil)
	if err != nil {
		return nil, err
	}
	u.memo = append(u.memo, obj)
	var rest [3]Value
	for i := range rest {
		if rest[i], err = u.load(); err != nil {
			return nil, err
		}
	}
	if state := rest[0]; state != None {
		if err := u.build(obj, state); err != nil {
			return nil, err
		}
	}
	if l, ok := rest[1].(*List); ok {
		for _, v := range l.items {
			app, err := u.in.getAttr(obj, "append")
			if err != nil {
				return nil, err
			}
			if _, err := u.in.callSync(app, []Value{v}, nil); err != nil {
				return nil, err
			}
		}
	}
	if l, ok := rest[2].(*List); ok {
		for _, kv := range l.items {
			t, ok := kv.(*Tuple)
			if !ok || len(t.items) != 2 {
				return nil, raisef(unpicklingErrorClass, "dict items must be (key, value) pairs")
			}
			if err := u.in.setItem(obj, t.items[0], t.items[1]); err != nil {
				return nil, err
			}
		}
	}
	return obj, nil
}

// build is pickle.py's load_build: obj.__setstate__(state), else the state
// (a dict, or a (dict, slot values) pair) set as attributes.
func (u *unpickler) build(obj, state Value) error {
	if ss, err := u.in.getAttr(obj, "__setstate__"); err == nil {
		_, err := u.in.callSync(ss, []Value{state}, nil)
		return err
	}
	var slots Value = None
	if t, ok := state.(*Tuple); ok && len(t.items) == 2 {
		state, slots = t.items[0], t.items[1]
	}
	for _, part := range []Value{state, slots} {
		if part == None {
			continue
		}
		d, ok := part.(*Dict)
		if !ok {
			return raisef(unpicklingErrorClass, "state is not a dictionary")
		}
		for _, e := range d.t.entries {
			if !e.live() {
				continue
			}
			k, ok := e.key.(Str)
			if !ok {
				return newTypeError("attribute name must be string, not '%s'", typeName(e.key))
			}
			if err := u.in.storeAttr(obj, string(k), e.val); err != nil {
				return err
			}
		}
	}
	return nil
}
