// This file implements _multiprocessing (Modules/_multiprocessing/
// multiprocessing.c and semaphore.c, POSIX branch, 3.8-3.14): SemLock, the
// lock under every multiprocessing.synchronize primitive, and sem_unlink.
//
// A SemLock is a named kernel semaphore (sem_open, so fork shares it and a
// spawned child opens it again by name) plus two fields kept in the object
// itself, as semaphore.c keeps them in SemLockObject: count (how many times
// this process holds it) and last_tid (the thread that last acquired it).
// Being in the object, they are copied by fork — which is why a child calls
// _after_fork() to zero count (synchronize.py registers that hook). The
// object is an instance of a builtin class whose dict holds handle, kind,
// maxvalue and name, CPython's read-only members, and the two private
// fields, so the VM's fork copies it like any instance.

package pyvm

// The kinds of semaphore.c.
const (
	semRecursiveMutex = 0
	semSemaphore      = 1
)

// semValueMax is SEM_VALUE_MAX on Linux (INT_MAX).
const semValueMax = 2147483647

var semLockClass = func() *Class {
	c := builtinClass("SemLock")
	c.module = "_multiprocessing"
	return c
}()

// threadHost is the host's semaphores, or an error saying there are none.
func (in *Interp) threadHost() (ThreadHost, error) {
	th, ok := in.host.(ThreadHost)
	if !ok {
		return nil, raisef(osErrorClass, "the simulator has no kernel semaphores here (sem_open)")
	}
	return th, nil
}

// semLockNew is SemLock(kind, value, maxvalue, name, unlink)
// (_multiprocessing_SemLock_impl): sem_open(name, O_CREAT|O_EXCL, 0600,
// value), then sem_unlink(name) at once when unlink is true (the fork
// context: the name is not needed, the semaphore lives while it is open).
func semLockNew(in *Interp, cls *Class, args []Value, kw []string) (Value, error) {
	vals, err := bindNative("SemLock", args, kw, []string{"kind", "value", "maxvalue", "name", "unlink"}, 5)
	if err != nil {
		return nil, err
	}
	kind, ok1 := asInt(vals[0])
	value, ok2 := asInt(vals[1])
	maxvalue, ok3 := asInt(vals[2])
	name, ok4 := vals[3].(Str)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, newTypeError("SemLock() arguments: kind, value and maxvalue must be int, name str")
	}
	if kind != semRecursiveMutex && kind != semSemaphore {
		return nil, newValueError("unrecognized kind")
	}
	th, err := in.threadHost()
	if err != nil {
		return nil, err
	}
	if _, err := th.SemOpen(string(name), 0, false); err == nil {
		// O_EXCL: the name is taken (synchronize.py then tries another).
		return nil, osError(EEXIST)
	}
	h, err := th.SemOpen(string(name), int(value), true)
	if err != nil {
		return nil, osError(err)
	}
	var nameV Value = name
	if truth(vals[4]) {
		if err := th.SemUnlink(string(name)); err != nil {
			return nil, osError(err)
		}
		nameV = None
	}
	return newSemLock(h, kind, maxvalue, nameV), nil
}

func newSemLock(h int, kind, maxvalue int64, name Value) *Instance {
	x := &Instance{cls: semLockClass, dict: newDict()}
	x.dict.setStr("handle", mkInt(int64(h)))
	x.dict.setStr("kind", mkInt(kind))
	x.dict.setStr("maxvalue", mkInt(maxvalue))
	x.dict.setStr("name", name)
	x.dict.setStr("_count_", mkInt(0))
	x.dict.setStr("_last_tid_", mkInt(0))
	return x
}

// bindNative binds positional and keyword arguments to names; the first
// required ones must be given.
func bindNative(fn string, args []Value, kw []string, names []string, required int) ([]Value, error) {
	out := make([]Value, len(names))
	pos := args[:len(args)-len(kw)]
	if len(pos) > len(names) {
		return nil, newTypeError("%s() takes at most %d arguments (%d given)", fn, len(names), len(pos))
	}
	copy(out, pos)
	for i, k := range kw {
		found := false
		for j, n := range names {
			if n == k {
				if out[j] != nil {
					return nil, newTypeError("argument for %s() given by name ('%s') and position (%d)", fn, k, j+1)
				}
				out[j], found = args[len(pos)+i], true
			}
		}
		if !found {
			return nil, newTypeError("%s() got an unexpected keyword argument '%s'", fn, k)
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, newTypeError("%s() missing required argument '%s' (pos %d)", fn, names[i], i+1)
		}
	}
	return out, nil
}

// semState reads a SemLock's fields.
type semState struct {
	x        *Instance
	handle   int
	kind     int64
	maxvalue int64
	count    int64
	lastTid  int64
}

func semSelf(v Value) (*semState, error) {
	x, ok := v.(*Instance)
	if !ok || x.cls != semLockClass {
		return nil, newTypeError("descriptor requires a '_multiprocessing.SemLock' object but received a '%s'", typeName(v))
	}
	get := func(n string) int64 {
		v, _ := x.dict.getStr(n)
		i, _ := asInt(v)
		return i
	}
	return &semState{x: x, handle: int(get("handle")), kind: get("kind"), maxvalue: get("maxvalue"),
		count: get("_count_"), lastTid: get("_last_tid_")}, nil
}

func (s *semState) setCount(n int64) { s.x.dict.setStr("_count_", mkInt(n)) }

// isMine is ISMINE(o): held by the calling thread.
func (s *semState) isMine(in *Interp) bool { return s.count > 0 && s.lastTid == in.t.ident }

// semAcquire is SemLock.acquire(block=True, timeout=None)
// (_multiprocessing_SemLock_acquire_impl): a recursive mutex already held
// by this thread counts up; otherwise sem_trywait, then (blocking)
// sem_wait or sem_timedwait; a negative timeout is 0. Sleeping returns
// ErrBlocked and the VM retries the whole call, which is safe: nothing is
// changed before the kernel grants the count.
func semAcquire(in *Interp, args []Value, kw []string) (Value, error) {
	s, err := semSelf(args[0])
	if err != nil {
		return nil, err
	}
	vals, err := bindNative("acquire", args[1:], kw, []string{"block", "timeout"}, 0)
	if err != nil {
		return nil, err
	}
	blocking := vals[0] == nil || truth(vals[0])
	timeout := -1.0
	if vals[1] != nil && vals[1] != None {
		t, ok := asFloat(vals[1])
		if !ok {
			return nil, newTypeError("must be real number, not %s", typeName(vals[1]))
		}
		timeout = max(t, 0)
	}
	if s.kind == semRecursiveMutex && s.isMine(in) {
		s.setCount(s.count + 1)
		return trueV, nil
	}
	if !blocking {
		timeout = 0
	}
	th, err := in.threadHost()
	if err != nil {
		return nil, err
	}
	got, err := th.SemWait(s.handle, timeout)
	if err != nil {
		return nil, osError(err)
	}
	if !got {
		return Bool(false), nil
	}
	s.setCount(s.count + 1)
	s.x.dict.setStr("_last_tid_", mkInt(in.t.ident))
	return trueV, nil
}

// semRelease is SemLock.release() (_multiprocessing_SemLock_release_impl,
// the Linux branch): a recursive mutex must be the caller's; a semaphore
// whose value has reached maxvalue refuses (Lock().release() unheld is a
// ValueError, not threading's RuntimeError).
func semRelease(in *Interp, args []Value, kw []string) (Value, error) {
	s, err := semSelf(args[0])
	if err != nil {
		return nil, err
	}
	th, err := in.threadHost()
	if err != nil {
		return nil, err
	}
	if s.kind == semRecursiveMutex {
		if !s.isMine(in) {
			return nil, raisef(assertionErrorClass, "attempt to release recursive lock not owned by thread")
		}
		if s.count > 1 {
			s.setCount(s.count - 1)
			return None, nil
		}
	} else {
		v, err := th.SemValue(s.handle)
		if err != nil {
			return nil, osError(err)
		}
		if int64(v) >= s.maxvalue {
			return nil, newValueError("semaphore or lock released too many times")
		}
	}
	if err := th.SemPost(s.handle); err != nil {
		return nil, osError(err)
	}
	s.setCount(s.count - 1)
	return None, nil
}

func semValue(in *Interp, s *semState) (int, error) {
	th, err := in.threadHost()
	if err != nil {
		return 0, err
	}
	v, err := th.SemValue(s.handle)
	return v, osError(err)
}

func init() {
	semLockClass.ctor = semLockNew
	d := semLockClass.dict
	method := func(name string, nargs int, f func(in *Interp, s *semState, args []Value) (Value, error)) {
		d.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args[1:], kw, nargs, nargs); err != nil {
				return nil, err
			}
			s, err := semSelf(args[0])
			if err != nil {
				return nil, err
			}
			return f(in, s, args[1:])
		}})
	}
	d.setStr("acquire", &Builtin{name: "acquire", fn: semAcquire})
	d.setStr("release", &Builtin{name: "release", fn: semRelease})
	d.setStr("__enter__", &Builtin{name: "__enter__", fn: semAcquire})
	d.setStr("__exit__", &Builtin{name: "__exit__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		return semRelease(in, args[:1], nil)
	}})
	method("_count", 0, func(in *Interp, s *semState, _ []Value) (Value, error) {
		return mkInt(s.count), nil
	})
	method("_is_mine", 0, func(in *Interp, s *semState, _ []Value) (Value, error) {
		return Bool(s.isMine(in)), nil
	})
	method("_get_value", 0, func(in *Interp, s *semState, _ []Value) (Value, error) {
		v, err := semValue(in, s)
		if err != nil {
			return nil, err
		}
		return mkInt(int64(v)), nil
	})
	method("_is_zero", 0, func(in *Interp, s *semState, _ []Value) (Value, error) {
		v, err := semValue(in, s)
		if err != nil {
			return nil, err
		}
		return Bool(v == 0), nil
	})
	method("_after_fork", 0, func(in *Interp, s *semState, _ []Value) (Value, error) {
		// _multiprocessing_SemLock__after_fork_impl: the child holds nothing.
		s.setCount(0)
		return None, nil
	})
	d.setStr("_rebuild", &ClassMethod{fn: &Builtin{name: "_rebuild", fn: semRebuild}})
	d.setStr("SEM_VALUE_MAX", mkInt(semValueMax))
}

// semRebuild is SemLock._rebuild(handle, kind, maxvalue, name)
// (_multiprocessing_SemLock__rebuild_impl, POSIX): a named semaphore is
// opened again by name (sem_open(name, 0)) — how a spawned child gets its
// parent's lock; without a name the handle is used as it is.
func semRebuild(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("_rebuild", args[1:], kw, 4, 4); err != nil {
		return nil, err
	}
	h, ok1 := asInt(args[1])
	kind, ok2 := asInt(args[2])
	maxvalue, ok3 := asInt(args[3])
	if !ok1 || !ok2 || !ok3 {
		return nil, newTypeError("_rebuild() arguments: handle, kind and maxvalue must be int")
	}
	name := args[4]
	if n, ok := name.(Str); ok {
		th, err := in.threadHost()
		if err != nil {
			return nil, err
		}
		nh, err := th.SemOpen(string(n), 0, false)
		if err != nil {
			return nil, osError(err)
		}
		h = int64(nh)
	} else if name != None {
		return nil, newTypeError("_rebuild() argument 4 must be str or None, not %s", typeName(name))
	}
	return newSemLock(int(h), kind, maxvalue, name), nil
}

// newMultiprocessingModule is _multiprocessing.
func newMultiprocessingModule(in *Interp) *Module {
	m := newNativeModule("_multiprocessing")
	m.dict.setStr("SemLock", semLockClass)
	flags := newDict()
	flags.setStr("HAVE_SEM_OPEN", mkInt(1))
	flags.setStr("HAVE_SEM_TIMEDWAIT", mkInt(1))
	m.dict.setStr("flags", flags)
	m.fn("sem_unlink", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("sem_unlink", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, newTypeError("sem_unlink() argument must be str, not %s", typeName(args[0]))
		}
		th, err := in.threadHost()
		if err != nil {
			return nil, err
		}
		if err := th.SemUnlink(string(name)); err != nil {
			return nil, osError(err)
		}
		return None, nil
	})
	return m
}

// _multiprocessing joins the native modules here rather than in import.go's
// table (files are initialised in name order, so the table exists).
func init() { nativeModules["_multiprocessing"] = newMultiprocessingModule }
