// This file implements Interp.Clone, the heart of os.fork(): a copy of
// everything reachable from the interpreter state, with a memo (old pointer
// → copy) so aliasing and cycles are preserved. Immutable things — code
// objects, builtin functions and classes, scalars, tuples of scalars — are
// shared, not copied; so are plain functions, read through the tables of
// share.go, the properties and static and class methods that wrap them,
// the entries of a dict that holds nothing else (the builtins module, most
// classes) and the items of a list of immutable values, until either side
// writes to them (table.ownEntries, List.own): copy-on-write where it is
// cheap to get right.

package pyvm

type cloner struct {
	src, dst *Interp // the interpreter cloned and its clone
	// walk: only visit what src reaches (Interp.reachable); share and
	// mark nothing.
	walk bool

	memo *cloneMemo
	// reindex holds the copied tables with keys hashed by identity. They
	// are indexed once the whole graph is copied (finish): hashing a key
	// looks at its class (__hash__, __eq__), which may still be half-built
	// while the table is copied, when the class is reachable from the table
	// (a class attribute, a global of one of its methods).
	reindex []*table
	// lastGlobals and lastOwner are the globals and class of the last
	// function shareFunction saw, whose copies are known already.
	lastGlobals *Dict
	lastOwner   *Class
	// prelude is the prelude module's dictionary (sharePrelude), nil in a
	// walk.
	prelude *Dict
	slabs   cloneSlabs
}

// Clone returns an independent copy of the interpreter, as fork(2) gives a
// child a copy of its parent's memory. The clone has the same Host until
// SetHost is called.
func (in *Interp) Clone() *Interp {
	// The last clone's memo, emptied: growing maps costs more than
	// filling them.
	memo := in.memoSpare
	if memo == nil {
		memo = newCloneMemo(in.memoHint)
	}
	in.memoSpare = nil
	c := &cloner{memo: memo}
	c.slabs.setHint(in.slabHint)
	if in.shareEpoch == nil {
		in.shareEpoch = new(shareEpoch)
	}
	n := &Interp{host: in.host, cfg: in.cfg, phase: in.phase, status: in.status, killSig: in.killSig,
		sigPending: false, syncDepth: in.syncDepth, nextID: in.nextID,
		codeCache: in.codeCache, codeShared: true,
		wakeupFD: in.wakeupFD, nonblock: append([]int(nil), in.nonblock...)}
	c.src, c.dst = in, n
	n.prelude = c.sharePrelude(in.prelude)
	n.stdout = c.stream(in.stdout)
	n.stderr = c.stream(in.stderr)
	n.modules = c.dict(in.modules)
	n.builtins = c.value(in.builtins).(*Module)
	// fork(2) copies only the calling thread, which is the child's main
	// thread (and only one); the other threads' objects stay, frozen.
	n.t = c.thread(in.t)
	n.threads = []*thread{n.t}
	n.locals = c.locals(in.locals, n.t)
	if in.gil != nil {
		n.gil = &gil{sem: in.gil.sem, holder: n.t}
	}
	n.atexit = make([]atexitEntry, len(in.atexit))
	for i, e := range in.atexit {
		n.atexit[i] = atexitEntry{fn: c.value(e.fn), args: c.value(e.args).(*Tuple), kw: c.dict(e.kw)}
	}
	for i, fns := range in.atFork {
		n.atFork[i] = c.values(fns)
	}
	for i, h := range in.sigs {
		if h != nil {
			n.sigs[i] = c.value(h)
		}
	}

	in.codeShared = true
	c.finish()
	if in.ids != nil {
		n.ids = make(map[any]int64, len(in.ids))
		for k, id := range in.ids {
			if nk, ok := c.memo.get(k); ok {
				n.ids[nk] = id
			} else if f, ok := k.(*Function); isScalar(k) || ok && f.shared {
				n.ids[k] = id
			}
		}
	}
	in.memoHint, n.memoHint = c.memo.len(), c.memo.len()
	in.slabHint = c.slabs.sizes()
	n.slabHint = in.slabHint
	// The next fork of this process reuses the memo's memory (a process
	// that forks in a loop would otherwise make and drop one a fork).
	c.memo.clear()
	in.memoSpare = c.memo
	return n
}

// sharePrelude lets parent and child share the prelude module (prelude.go):
// hidden runtime code that nothing writes after New, so, like code objects,
// it needs no copy. Its objects map to themselves; its functions, the ones
// whose globals are its dictionary, value gives as they are (a memo entry
// each was 3 % of a fork).
func (c *cloner) sharePrelude(m *Module) *Module {
	c.memo.put(m, m)
	c.memo.put(m.dict, m.dict)
	c.prelude = m.dict
	for _, e := range m.dict.t.entries {
		if _, ok := e.val.(*Instance); ok && e.live() {
			c.memo.put(e.val, e.val)
		}
	}
	return m
}

// isScalar reports values that are immutable Go values (never copied).
func isScalar(v any) bool {
	switch v.(type) {
	case Int, Bool, Float, Str, NoneType, Bytes, ellipsisType, notImplementedType, *Code, *Builtin, *Range, *BigInt, sigEnum, *GetSetDescr, *tupleGetter:
		return true
	case *Class:
		return v.(*Class).builtin
	}
	_, isID := v.(struct {
		t string
		h any
	})
	return isID
}

func (c *cloner) values(vs []Value) []Value {
	if vs == nil {
		return nil
	}
	out := make([]Value, len(vs), cap(vs))
	copy(out, vs)
	for i, v := range out {
		switch v.(type) {
		case Int, Str, NoneType, Bool, Float:
			// Immutable: the copy above already shares it.
		default:
			out[i] = c.value(v)
		}
	}
	return out
}

func (c *cloner) frame(f *Frame) *Frame {
	if m, ok := c.memo.get(f); ok {
		// A running generator's frame is both on the stack and in its
		// generator: one copy serves both.
		return m.(*Frame)
	}
	n := &Frame{code: f.code, ip: f.ip, lastLine: f.lastLine, ret: f.ret}
	c.memo.put(f, n)
	if f.gen != nil {
		n.gen = c.value(f.gen).(*Generator)
	}
	if f.fn != nil {
		n.fn = c.value(f.fn).(*Function)
	}
	n.stack = c.values(f.stack)
	n.locals = c.values(f.locals)
	if f.cells != nil {
		n.cells = make([]*Cell, len(f.cells))
		for i, cell := range f.cells {
			n.cells[i] = c.value(cell).(*Cell)
		}
	}
	n.globals = c.dict(f.globals)
	n.ns = c.dict(f.ns)
	n.blocks = append([]block(nil), f.blocks...)
	switch a := f.aux.(type) {
	case *classSpec:
		n.aux = &classSpec{name: a.name, bases: c.values(a.bases), orig: c.values(a.orig),
			meta: c.value(a.meta), kwNames: a.kwNames, kwVals: c.values(a.kwVals)}
	case *newSpec:
		// A class's __new__ (or the last hook of a class a metaclass
		// made): its arguments for __init__ are the clone's.
		n.aux = &newSpec{cls: c.value(a.cls).(*Class), args: c.values(a.args), kw: a.kw, made: c.value(a.made)}
	case nil:
	default:
		n.aux = c.value(a)
	}
	return n
}

func (c *cloner) dict(d *Dict) *Dict {
	if d == nil {
		return nil
	}
	return c.value(d).(*Dict)
}

func (c *cloner) stream(s *stream) *stream {
	if m, ok := c.memo.get(s); ok {
		return m.(*stream)
	}
	n := &stream{fd: s.fd, name: s.name, buf: append([]byte(nil), s.buf...)}
	c.memo.put(s, n)
	return n
}

// table copies hash table t into n keeping its tombstones, so that an
// iterator in the middle of it stays at the same position in the copy.
func (c *cloner) table(n, t *table) {
	es := make([]entry, len(t.entries))
	for i, e := range t.entries {
		if !e.live() {
			continue
		}
		// Most keys are str and most values of a module's dict are
		// immutable: kept without a call.
		k, v := e.key, e.val
		if _, ok := k.(Str); !ok {
			k = c.value(k)
		}
		switch v.(type) {
		case Int, Str, NoneType, Bool, *Builtin:
		default:
			v = c.value(v)
		}
		es[i] = entry{key: k, val: v}
	}
	// Entries keep their positions, so the index of str keys (namespaces,
	// attribute dicts: nearly every key) is copied as it is; only keys
	// hashed by identity need hashing again, as their objects are new,
	// and that waits for finish.
	*n = table{entries: es, live: t.live, anyUserKeys: t.anyUserKeys}
	if t.sidx != nil {
		n.sidx, n.sidxShared, t.sidxShared = t.sidx, true, true
	}
	if t.live > t.strCount() {
		c.reindex = append(c.reindex, n)
	}
}

// shareEntries gives a dict's copy n the entries of t itself when every
// key and value in them is one a fork shares (scalars, builtins, plain
// functions): the builtins module, most classes' dictionaries. Either side
// copies them at its first write (table.ownEntries).
func (c *cloner) shareEntries(n, t *table) bool {
	if c.walk || t.userKeys || t.form != formUnknown {
		return false
	}
	sn := t.note()
	// Found shareable by the last fork, and neither the entries (a write
	// would have copied them: entriesShared) nor the functions this side
	// wrote to (shareEpoch) have changed since: no need to look again, nor
	// to visit the functions one by one, only the globals and classes
	// they name (sn.fwd: a class's methods name one module and one class).
	if t.entriesShared && sn.epoch == c.src.shareEpoch && sn.epoch != nil {
		for _, f := range sn.fwd {
			c.forward(f.globals, f.owner)
		}
	} else {
		if !c.allShareable(t) {
			return false
		}
		sn.epoch = c.src.shareEpoch
		sn.fwd = sn.fwd[:0]
		for _, e := range t.entries {
			switch e.val.(type) {
			case nil, Str, Int, NoneType, Bool:
			default:
				c.value(e.val) // a plain function: shared, its globals copied
				sn.noteFwd(e.val)
			}
		}
	}
	*n = table{entries: t.entries, live: t.live, version: t.version, entriesShared: true}
	t.entriesShared = true
	if t.sidx != nil {
		n.sidx, n.sidxShared, t.sidxShared = t.sidx, true, true
	}
	if t.live > t.strCount() {
		c.reindex = append(c.reindex, n)
	}
	return true
}

// shareNote is what Clone remembers of a table it shared: the interpreter's
// shareEpoch then, and the globals and classes its functions name; and of
// one it could not share, the entry that stopped it.
type shareNote struct {
	// mark is the dict's copy in the Clone running (clonememo.go); imark
	// and mmark the copy of the instance or module whose dict it is.
	mark  cloneMark[Dict]
	imark objMark[Instance]
	mmark objMark[Module]
	epoch *shareEpoch
	fwd   []fwdPair
	// blocker is 1 + the index of the entry that kept the last Clone from
	// sharing the entries (allShareable looks there first), or 0.
	blocker int
}

// note is t's shareNote, made at the first need.
func (t *table) note() *shareNote {
	if t.share == nil {
		t.share = &shareNote{}
	}
	return t.share
}

// fwdPair is the globals and class a shared function names.
type fwdPair struct {
	globals *Dict
	owner   *Class
}

// noteFwd adds the globals and class of the functions in v (a shareable
// value) to the note, once each.
func (sn *shareNote) noteFwd(v Value) {
	switch x := v.(type) {
	case *Function:
		p := fwdPair{x.globals, x.owner}
		for _, q := range sn.fwd {
			if q == p {
				return
			}
		}
		sn.fwd = append(sn.fwd, p)
	default:
		fns, n := wrapped(v)
		for _, f := range fns[:n] {
			sn.noteFwd(f)
		}
	}
}

// wrapped is what a property, static or class method holds (n = 0 for
// any other value).
func wrapped(v Value) (fns [3]Value, n int) {
	switch x := v.(type) {
	case *Property:
		return [3]Value{x.fget, x.fset, x.fdel}, 3
	case *StaticMethod:
		return [3]Value{x.fn}, 1
	case *ClassMethod:
		return [3]Value{x.fn}, 1
	}
	return fns, 0
}

// allShareable reports whether every key and value of t is shareable.
func (c *cloner) allShareable(t *table) bool {
	sn := t.share
	// The entry that kept the last fork from sharing t usually still does
	// (a module's mutable global): one look instead of a scan.
	if b := sn.blocker - 1; b >= 0 && b < len(t.entries) {
		if e := t.entries[b]; e.live() && !(c.shareable(e.key) && c.shareable(e.val)) {
			return false
		}
	}
	for i, e := range t.entries {
		if e.live() && !(c.shareable(e.key) && c.shareable(e.val)) {
			sn.blocker = i + 1
			return false
		}
	}
	return true
}

// shareable reports the values Clone gives the clone as they are.
// Properties, static and class methods never change once made (setter()
// makes a new property), so they are shared when what they wrap is.
func (c *cloner) shareable(v Value) bool {
	switch x := v.(type) {
	case nil:
		return true
	case *Tuple:
		return allScalar(x.items)
	case *Function:
		return c.src.fnView(x) == x && plainFunction(x)
	case *Property, *StaticMethod, *ClassMethod:
		fns, n := wrapped(v)
		for _, f := range fns[:n] {
			if !c.shareable(f) {
				return false
			}
		}
		return true
	}
	return isScalar(v)
}

// shareWrapper gives the clone a shareable property, static or class
// method itself, sharing the functions inside it.
func (c *cloner) shareWrapper(v Value) {
	c.memo.put(v, v)
	fns, n := wrapped(v)
	for _, f := range fns[:n] {
		c.value(f)
	}
}

// finish indexes the copied tables' non-str keys, now that every object
// (and class) they reach is complete.
func (c *cloner) finish() {
	for _, n := range c.reindex {
		for i, e := range n.entries {
			if !e.live() {
				continue
			}
			if _, isStr := e.key.(Str); isStr {
				continue
			}
			h, _ := hashKey(e.key)
			n.setIdx(h, i)
		}
	}
	c.reindex = nil
}

// value copies one value, sharing immutable ones.
func (c *cloner) value(v Value) Value {
	switch x := v.(type) {
	case nil, Int, Bool, Float, Str, NoneType, Bytes, ellipsisType, notImplementedType, *Code, *Builtin, *Range, *BigInt, sigEnum, *GetSetDescr, *tupleGetter:
		return v
	case *Class:
		if x.builtin {
			return x
		}
	case *Function:
		if x.globals == c.prelude && c.prelude != nil {
			return x // sharePrelude
		}
		if x.shared && !c.walk && c.src.fnView(x) == x {
			// Shared and unchanged here: the clone keeps it. It has no
			// memo entry (the commonest object a fork visits: a class's
			// methods): a second visit only finds its globals and class
			// copied already.
			c.shareFunction(x)
			return x
		}
	}
	if m, ok := c.memo.get(v); ok {
		return m
	}
	switch x := v.(type) {
	case *List:
		if !c.walk && allScalar(x.items) {
			// Only immutable items: shared until either side writes. The
			// copy's slice has no room past its end, so the original may
			// go on appending (frozen).
			k := len(x.items)
			n := &List{items: x.items[:k:k], shared: true}
			x.frozen = max(x.frozen, k)
			c.memo.put(v, n)
			return n
		}
		n := &List{}
		c.memo.put(v, n)
		n.items = c.values(x.items)
		return n
	case *Tuple:
		cls := userTupleClass(x)
		if allScalar(x.items) && cls == nil {
			return x
		}
		n := &Tuple{seq: x.seq}
		c.memo.put(v, n)
		if cls != nil {
			// An instance of a tuple subclass: of the clone's class.
			n.seq = c.value(cls).(*Class).tupleSeq()
		}
		n.items = c.values(x.items)
		return n
	case *Dict:
		return c.dictInto(&Dict{}, x)
	case *Set:
		n := &Set{}
		c.memo.put(v, n)
		c.table(&n.t, &x.t)
		return n
	case *Instance:
		return c.instance(x)
	case *Class:
		return c.class(x)
	case *Function:
		return c.function(x)
	case *Module:
		n := c.slabs.modules.one()
		n.name, n.absent = x.name, x.absent
		c.memo.put(v, n)
		n.dict = c.dict(x.dict)
		return n
	case *MappingProxy:
		n := &MappingProxy{hashAsDict: x.hashAsDict}
		c.memo.put(v, n)
		n.d = c.dict(x.d)
		return n
	case *Cell:
		n := &Cell{}
		c.memo.put(v, n)
		n.v = c.value(x.v)
		return n
	case *stream:
		return c.stream(x)
	case *Generator:
		n := &Generator{state: x.state, mode: x.mode, name: x.name, qualname: x.qualname, cls: x.cls}
		c.memo.put(v, n)
		if x.frame != nil {
			n.frame = c.frame(x.frame)
		}
		n.dflt = c.value(x.dflt)
		return n
	}
	return c.small(v)
}

// small copies the remaining small wrapper objects.
func (c *cloner) small(v Value) Value {
	switch v.(type) {
	case *Property, *StaticMethod, *ClassMethod:
		if !c.walk && c.shareable(v) {
			c.shareWrapper(v)
			return v
		}
	}
	var n Value
	switch x := v.(type) {
	case *BoundMethod:
		n = &BoundMethod{self: c.value(x.self), fn: c.value(x.fn)}
	case *Property:
		n = &Property{fget: c.value(x.fget), fset: c.value(x.fset), fdel: c.value(x.fdel)}
	case *StaticMethod:
		n = &StaticMethod{fn: c.value(x.fn)}
	case *ClassMethod:
		n = &ClassMethod{fn: c.value(x.fn)}
	case *Super:
		n = &Super{cls: c.value(x.cls).(*Class), self: c.value(x.self)}
	case *Slice:
		n = &Slice{lo: c.value(x.lo), hi: c.value(x.hi), step: c.value(x.step)}
	case *Iter:
		n = &Iter{kind: x.kind, src: c.value(x.src), i: x.i, n: x.n, cls: x.cls}
	case *enumState:
		n = &enumState{it: c.value(x.it), count: x.count}
	case *DictView:
		n = &DictView{d: c.dict(x.d), kind: x.kind, cls: x.cls}
	case *HashObj:
		n = x.clone()
	default:
		return v
	}
	c.memo.put(v, n)
	return n
}

func allScalar(vs []Value) bool {
	for _, v := range vs {
		switch v.(type) {
		case Int, Bool, Float, Str, NoneType, Bytes, *BigInt, sigEnum:
		default:
			return false
		}
	}
	return true
}

func (c *cloner) instance(x *Instance) *Instance {
	n := &Instance{id: x.id}
	c.memo.put(x, n)
	n.cls = c.value(x.cls).(*Class)
	n.dict = c.dict(x.dict)
	n.mapping = c.dict(x.mapping)
	if x.seq != nil {
		n.seq = c.value(x.seq).(*List)
	}
	if x.exc != nil {
		n.exc = &excState{args: c.value(x.exc.args).(*Tuple), tb: append([]tbEntry(nil), x.exc.tb...),
			cause: c.value(x.exc.cause), context: c.value(x.exc.context), suppress: x.exc.suppress}
	}
	return n
}

// dictInto makes n the copy of x.
func (c *cloner) dictInto(n, x *Dict) *Dict {
	c.memo.put(x, n)
	if !c.shareEntries(&n.t, &x.t) {
		c.table(&n.t, &x.t)
		// Its version too, as shareEntries keeps it: Class.lookup's
		// cache, which the copy of a class shares, relies on it.
		n.t.version = x.t.version
	}
	return n
}

// classCopy is a class's copy and its dictionary's, in one allocation.
type classCopy struct {
	c Class
	d Dict
}

func (c *cloner) class(x *Class) *Class {
	// The copy reads the original's lookup cache: its dictionaries keep
	// their entries' places and their versions (dictInto), so what holds
	// for one holds for the other until either changes.
	box := c.slabs.classes.one()
	box.c = Class{name: x.name, qualname: x.qualname, weakrefs: x.weakrefs, module: x.module, ctype: x.ctype, id: x.id, slotInfo: x.slotInfo, attrHint: x.attrHint,
		lcache: x.lcache, lcacheShared: x.lcache != nil}
	x.lcacheShared, x.lmiss = x.lcache != nil, 0
	n := &box.c
	c.memo.put(x, n)
	if x.abcCheck != nil {
		n.abcCheck = c.value(x.abcCheck)
	}
	if x.meta != nil {
		n.meta = c.value(x.meta).(*Class)
	}
	// The bases and the MRO share one array.
	cls := c.slabs.classPtrs.many(len(x.bases) + len(x.mro))
	n.bases, n.mro = cls[:len(x.bases):len(x.bases)], cls[len(x.bases):]
	for i, b := range x.bases {
		n.bases[i] = c.value(b).(*Class)
	}
	for i, b := range x.mro {
		n.mro[i] = c.value(b).(*Class)
	}
	if x.dict != nil {
		if m, ok := c.memo.get(x.dict); ok {
			n.dict = m.(*Dict)
		} else {
			n.dict = c.dictInto(&box.d, x.dict)
		}
	}
	return n
}

func (c *cloner) function(x *Function) *Function {
	if c.walk {
		c.memo.put(x, x)
		v := c.src.fnView(x)
		c.dict(c.src.fnGlobals(v))
		if o := c.src.fnOwner(v); o != nil {
			c.value(o)
		}
		c.values(v.defaults)
		c.dict(v.kwdefs)
		for _, cell := range v.closure {
			c.value(cell)
		}
		c.dict(v.dict)
		c.value(v.module)
		return x
	}
	if x.shared {
		if p := c.src.fnView(x); p != x {
			// Shared, and changed here: the clone keeps the pointer and
			// gets its own copy of this side's version.
			c.memo.put(x, x)
			if c.dst.fnPriv == nil {
				c.dst.fnPriv = map[*Function]*Function{}
			}
			c.dst.fnPriv[x] = c.copyFunction(p)
			return x
		}
	}
	if plainFunction(x) {
		c.shareFunction(x)
		return x
	}
	return c.copyFunction(x)
}

func (c *cloner) copyFunction(x *Function) *Function {
	n := &Function{code: x.code, name: x.name, qualname: x.qualname, id: x.id}
	c.memo.put(x, n)
	n.globals = c.dict(x.globals)
	n.defaults = c.values(x.defaults)
	n.kwdefs = c.dict(x.kwdefs)
	if x.closure != nil {
		n.closure = make([]*Cell, len(x.closure))
		for i, cell := range x.closure {
			n.closure[i] = c.value(cell).(*Cell)
		}
	}
	n.dict = c.dict(x.dict)
	n.annotations = c.dict(x.annotations)
	if x.owner != nil {
		n.owner = c.value(x.owner).(*Class)
	}
	n.module = c.value(x.module)
	return n
}
