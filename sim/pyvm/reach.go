// This file answers "is this object still referenced?" for the one case
// where CPython's reference counting shows: a generator suspended inside a
// try or with block and dropped by a `for` loop that breaks or returns is
// closed at once, running its finally blocks and __exit__ calls
// (Objects/genobject.c, gen_dealloc → _PyGen_Finalize → gen_close). The VM
// has no reference counts, so it searches the heap from the interpreter's
// roots; the search is rare (only such a drop triggers it) and errs on the
// side of "reachable" for any object it does not know.

package pyvm

type reacher struct {
	target Value
	seen   map[any]bool
	todo   []Value
	found  bool
}

// reachable reports whether target can be reached from the interpreter's
// roots: the frames, sys.modules, builtins, the exceptions being handled,
// atexit and signal handlers and a pending call result.
func (in *Interp) reachable(target Value) bool {
	r := &reacher{target: target, seen: map[any]bool{}}
	for _, f := range in.frames {
		r.frame(f)
	}
	r.add(in.modules, in.builtins, in.prelude, in.pending)
	r.add(in.handled...)
	for _, e := range in.atexit {
		r.add(e.fn, e.args, e.kw)
	}
	for _, h := range in.sigs {
		r.add(h)
	}
	for len(r.todo) > 0 && !r.found {
		v := r.todo[len(r.todo)-1]
		r.todo = r.todo[:len(r.todo)-1]
		r.children(v)
	}
	return r.found
}

func (r *reacher) add(vs ...Value) {
	for _, v := range vs {
		switch v.(type) {
		case nil, Int, Bool, Float, Str, NoneType, Bytes, ellipsisType, notImplementedType,
			*Code, *Builtin, *Range, *BigInt, *stream:
			continue
		}
		if nilPointer(v) {
			continue
		}
		if v == r.target {
			r.found = true
			return
		}
		if !r.seen[v] {
			r.seen[v] = true
			r.todo = append(r.todo, v)
		}
	}
}

// nilPointer reports a nil pointer held in a Value (an absent optional
// field: a function's kwdefs, a frame's ns, ...).
func nilPointer(v Value) bool {
	switch x := v.(type) {
	case *Dict:
		return x == nil
	case *Tuple:
		return x == nil
	case *Module:
		return x == nil
	case *Class:
		return x == nil
	case *Function:
		return x == nil
	case *Instance:
		return x == nil
	case *Generator:
		return x == nil
	case *Cell:
		return x == nil
	}
	return false
}

func (r *reacher) frame(f *Frame) {
	if f == nil || r.seen[f] {
		return
	}
	r.seen[f] = true
	r.add(f.stack...)
	r.add(f.locals...)
	for _, c := range f.cells {
		r.add(c)
	}
	r.add(f.globals, f.ns)
	if f.fn != nil {
		r.add(f.fn)
	}
	if f.gen != nil {
		r.add(f.gen)
	}
	switch a := f.aux.(type) {
	case *classSpec:
		r.add(a.bases...)
	case nil:
	default:
		r.add(a)
	}
}

func (r *reacher) table(t *table) {
	for _, e := range t.entries {
		if e.alive {
			r.add(e.key, e.val)
		}
	}
}

// children queues what v refers to; an unknown kind of object counts as
// referring to the target.
func (r *reacher) children(v Value) {
	switch x := v.(type) {
	case *List:
		r.add(x.items...)
	case *Tuple:
		r.add(x.items...)
	case *Dict:
		r.table(&x.t)
	case *Set:
		r.table(&x.t)
	case *Cell:
		r.add(x.v)
	case *Module:
		r.add(x.dict)
	case *Instance:
		r.add(x.cls, x.dict)
		if x.exc != nil {
			r.add(x.exc.args, x.exc.cause, x.exc.context)
		}
	case *Class:
		r.add(x.dict)
		for _, b := range x.bases {
			r.add(b)
		}
	case *Function:
		r.add(x.globals, x.kwdefs, x.dict, x.module)
		r.add(x.defaults...)
		for _, c := range x.closure {
			r.add(c)
		}
		if x.owner != nil {
			r.add(x.owner)
		}
	case *BoundMethod:
		r.add(x.self, x.fn)
	case *Property:
		r.add(x.fget, x.fset, x.fdel)
	case *StaticMethod:
		r.add(x.fn)
	case *ClassMethod:
		r.add(x.fn)
	case *Super:
		r.add(x.cls, x.self)
	case *Slice:
		r.add(x.lo, x.hi, x.step)
	case *Iter:
		r.add(x.src)
	case *enumState:
		r.add(x.it)
	case *Generator:
		r.frame(x.frame)
		r.add(x.dflt)
	default:
		r.found = true
	}
}
