// This file implements threads: one frame stack per thread (CPython's
// PyThreadState), the GIL that lets one of them run Python code at a time,
// and the _thread module that Lib/threading.py (sim/pylib) is built on.
//
// Each thread is a kernel task of the process (Host StartThread: a tid from
// the pid space); the simulator's scheduler picks tasks and RunThread runs
// the chosen one. Locks are kernel semaphores (Python/thread_pthread.h uses
// POSIX semaphores), so a thread that waits for a lock, a join or a queue
// sleeps in the kernel like one that waits for a pipe.
//
// The GIL follows Python/ceval_gil.c (3.2+, the "new GIL"): a thread that
// wants it waits on it for the switch interval (sys.getswitchinterval(),
// 5 ms); if it is still held then, the waiter sets the drop request, and
// the holder gives the GIL up at its next line boundary and cannot take it
// back before the waiter has had it (FORCE_SWITCHING: here sem_post hands
// the count to the first sleeper). A thread gives the GIL up around every
// call that blocks, as Py_BEGIN_ALLOW_THREADS does, and takes it back
// before it retries the call. A process that never started a thread has no
// GIL and pays nothing for it.

package pyvm

import (
	"errors"
	"fmt"
	"math"
)

// ThreadHost is what a Host offers for threads and locks. A Host without it
// runs single-threaded programs only: _thread.start_new_thread raises
// RuntimeError, and a lock that would block raises instead of sleeping.
type ThreadHost interface {
	// StartThread is clone(CLONE_THREAD): a new task of this process,
	// runnable; it returns the task's id and the Host its calls go through.
	StartThread() (tid int, h Host, err error)
	// ExitThread ends the calling task (not the process).
	ExitThread()
	// GILOpen creates the interpreter's GIL, held by the caller.
	GILOpen() (int, error)
	// SemOpen creates (or, with a name, opens) a semaphore: its handle.
	SemOpen(name string, value int, create bool) (int, error)
	// SemWait takes one count: timeout < 0 waits for ever, 0 does not
	// wait, > 0 waits at most that many seconds (ok=false then). It returns
	// ErrBlocked while the task must sleep; the VM retries it.
	SemWait(h int, timeout float64) (ok bool, err error)
	SemPost(h int) error
	SemValue(h int) (int, error)
	SemUnlink(name string) error
}

// thread is one thread of the interpreter.
type thread struct {
	// tid is the kernel task; 0 for the process's main thread (whose tid
	// is the pid).
	tid   int
	ident int64 // _thread.get_ident()
	host  Host
	// frames is the call stack, innermost last; handled the exceptions
	// being handled (sys.exc_info).
	frames  []*Frame
	handled []Value
	// pending completes the interrupted native call with this value on the
	// next Run (a fork child gets 0).
	pending    Value
	hasPending bool
	// blocked is the frame whose call returned ErrBlocked and awaits its
	// retry, or nil.
	blocked *Frame
	// recv is a _zombielab.recvmsg whose message is partly read, kept
	// across the retries of a blocked read.
	recv *partialMsg
	// sentinel is _thread._set_sentinel's lock, released when the thread
	// ends (threading.Thread._tstate_lock).
	sentinel *Lock
	// start is the function and arguments of a thread that has not run
	// yet (start_new_thread).
	start *Tuple
	// localInit are threading.local subclass instances whose __init__
	// must run for this thread before its next line.
	localInit []*tlocal
}

// gil is the global interpreter lock: a kernel semaphore, its holder, and
// the drop request a waiter sets after a switch interval.
type gil struct {
	sem    int
	holder *thread
	drop   bool
}

// switchInterval is sys.getswitchinterval()'s default (Python/ceval_gil.c
// DEFAULT_INTERVAL, 5000 µs).
const switchInterval = 0.005

// mainIdent is the main thread's get_ident(): a pthread_t is an address in
// CPython, which changes from run to run; here it is a fixed,
// plausible-looking one, and a thread's is derived from its tid.
const mainIdent = 140_000_000_000_000

func threadIdent(tid int) int64 { return mainIdent + int64(tid)<<12 }

// clone copies a thread (fork: the calling thread becomes the child's main
// thread).
func (c *cloner) thread(t *thread) *thread {
	n := &thread{ident: t.ident, hasPending: t.hasPending}
	n.frames = make([]*Frame, len(t.frames))
	for i, f := range t.frames {
		n.frames[i] = c.frame(f)
		if f == t.blocked {
			n.blocked = n.frames[i]
		}
	}
	n.handled = c.values(t.handled)
	if t.hasPending {
		n.pending = c.value(t.pending)
	}
	if t.sentinel != nil {
		n.sentinel = c.value(t.sentinel).(*Lock)
	}
	return n
}

// Threads reports how many threads the interpreter runs.
func (in *Interp) Threads() int { return len(in.threads) }

// ThreadFrames appends the visible call stack of the thread with that task
// id (0 or the pid: the main thread) to dst.
func (in *Interp) threadByTID(tid int) *thread {
	for _, t := range in.threads[1:] {
		if t.tid == tid {
			return t
		}
	}
	return in.threads[0]
}

// RunThread runs the thread that is kernel task tid (the pid, or 0, for
// the main thread) until a new line, a blocking call, its end, the
// process's exit, or maxInstr instructions. StopThreadExited says the
// thread has ended (its task is gone); the process goes on.
func (in *Interp) RunThread(tid int, maxInstr int) Stop {
	if len(in.threads) == 1 && in.gil == nil {
		return in.Run(maxInstr)
	}
	if in.phase == phaseExited {
		return StopExited
	}
	t := in.threadByTID(tid)
	in.switchTo(t)
	if !in.takeGIL() {
		return StopBlocked
	}
	if len(t.localInit) > 0 {
		fresh := t.localInit
		t.localInit = nil
		if err := in.initLocals(fresh); err != nil {
			// CPython raises it at the attribute access that ran
			// __init__; here there is no such access to raise at.
			if exc := in.excOf(err); exc != nil {
				in.stderr.write(in, "Exception ignored in threading.local's __init__:\n")
				in.printException(exc)
			}
		}
	}
	if t.start != nil {
		in.beginThread(t)
	}
	stop := in.Run(maxInstr)
	if stop == StopBlocked && in.phase != phaseExited {
		in.dropGIL()
	}
	return stop
}

func (in *Interp) switchTo(t *thread) {
	if in.t != t && len(in.locals) > 0 {
		t.localInit = append(t.localInit, in.swapLocals(t)...)
	}
	in.t = t
	if t.host != nil {
		in.host = t.host
	}
}

// takeGIL is take_gil for the current thread: true once it holds the GIL,
// false when it must sleep for it (RunThread is called again when it wakes).
func (in *Interp) takeGIL() bool {
	g := in.gil
	if g == nil {
		return true
	}
	if g.holder == in.t {
		if !g.drop {
			return true
		}
		// A waiter asked for a switch: give way (drop_gil), then queue
		// behind it.
		in.dropGIL()
	}
	th, ok := in.host.(ThreadHost)
	if !ok {
		return true
	}
	for {
		got, err := th.SemWait(g.sem, in.switchIntervalS())
		if err == ErrBlocked {
			return false
		}
		if err != nil {
			panic(fmt.Sprintf("the GIL's semaphore failed: %v", err))
		}
		if got {
			g.holder, g.drop = in.t, false
			return true
		}
		// The switch interval passed with no switch: ask the holder
		// to drop it (SET_GIL_DROP_REQUEST), and wait again.
		g.drop = true
	}
}

// dropGIL is drop_gil: the current thread lets the GIL go.
func (in *Interp) dropGIL() {
	g := in.gil
	if g == nil || g.holder != in.t {
		return
	}
	g.holder, g.drop = nil, false
	if th, ok := in.host.(ThreadHost); ok {
		_ = th.SemPost(g.sem)
	}
}

func (in *Interp) switchIntervalS() float64 {
	if in.interval > 0 {
		return in.interval
	}
	return switchInterval
}

// beginThread puts a new thread's function on its stack
// (thread_run → PyObject_Call in Modules/_threadmodule.c).
func (in *Interp) beginThread(t *thread) {
	fn, args, kw := t.start.items[0], t.start.items[1].(*Tuple), t.start.items[2]
	t.start = nil
	var names []string
	vals := copyVals(args.items)
	if d, ok := kw.(*Dict); ok {
		for _, e := range d.t.entries {
			if e.live() {
				k, _ := e.key.(Str)
				names = append(names, string(k))
				vals = append(vals, e.val)
			}
		}
	}
	t.frames = t.frames[:0]
	_, pushed, err := in.call(fn, vals, names)
	switch {
	case err != nil:
		in.threadRaised(t, fn, err)
	case !pushed:
		// A builtin ran to completion: the thread is done.
		in.threadEnded(t)
	default:
		f := t.frames[len(t.frames)-1]
		f.ret, f.aux = retThread, fn
	}
}

// threadRaised handles an exception that left a thread's function
// (thread_run: SystemExit ends the thread quietly; anything else is
// reported as unraisable, "Exception ignored in thread started by").
func (in *Interp) threadRaised(t *thread, fn Value, err error) {
	exc := in.excOf(err)
	if exc == nil {
		return
	}
	if !isSubclass(exc.cls, systemExitClass) {
		// _PyErr_WriteUnraisableMsg("in thread started by", func); 3.13's
		// PyErr_FormatUnraisable puts the colon at the end.
		what, rerr := in.repr(fn)
		if rerr != nil {
			what = reprNoCall(fn)
		}
		if in.cfg.Version.AtLeast(3, 13) {
			in.stderr.write(in, "Exception ignored in thread started by "+what+":\n")
		} else {
			in.stderr.write(in, "Exception ignored in thread started by: "+what+"\n")
		}
		in.printException(exc)
	}
	t.frames = t.frames[:0]
	in.threadEnded(t)
}

// excOf is the exception an error of the VM raises, nil when the process
// has exited or its work budget ran out instead.
func (in *Interp) excOf(err error) *Instance {
	switch e := err.(type) {
	case *PyError:
		return e.Exc
	case reraise:
		return e.exc
	}
	if err == errExited || in.phase == phaseExited || err == errCapped || in.work.capped {
		return nil
	}
	return newExc(systemErrorClass, Str(err.Error()))
}

// threadEnded is the end of a thread: its sentinel lock is released (what
// Thread.join waits for), it gives up the GIL and its task exits.
func (in *Interp) threadEnded(t *thread) {
	if t.sentinel != nil {
		if t.sentinel.locked(in) {
			_ = t.sentinel.release(in)
		}
		t.sentinel = nil
	}
	in.dropGIL()
	in.dropLocals(t)
	for i, x := range in.threads {
		if x == t {
			in.threads = append(in.threads[:i:i], in.threads[i+1:]...)
			break
		}
	}
	if th, ok := in.host.(ThreadHost); ok {
		th.ExitThread()
	}
	in.switchTo(in.threads[0])
}

// errThreadExited unwinds the loop after the running thread has ended.
var errThreadExited = errors.New("pyvm: thread exited")

// startThread is _thread.start_new_thread.
func (in *Interp) startThread(fn Value, args *Tuple, kw Value) (int64, error) {
	th, ok := in.host.(ThreadHost)
	if !ok {
		return 0, raisef(runtimeErrorClass, "can't start new thread")
	}
	if in.gil == nil {
		h, err := th.GILOpen() // created held by this thread
		if err != nil {
			return 0, raisef(runtimeErrorClass, "can't start new thread")
		}
		in.gil = &gil{sem: h, holder: in.t}
		if in.threads[0].host == nil {
			in.threads[0].host = in.host
		}
	}
	tid, h, err := th.StartThread()
	if err != nil {
		return 0, raisef(runtimeErrorClass, "can't start new thread")
	}
	t := &thread{tid: tid, ident: threadIdent(tid), host: h,
		start: newTuple([]Value{fn, args, kw})}
	in.threads = append(in.threads, t)
	return t.ident, nil
}

// Lock is _thread.lock (_thread.LockType): a binary semaphore in the
// kernel; fork copies it with its state.
type Lock struct {
	sem int
	// local is the state when the host has no semaphores (a fake host in
	// tests): locked or not.
	local bool
	id    int64
}

// lockClass is _thread.lock (its tp_name "_thread.lock", 3.8-3.13).
var lockClass = func() *Class {
	c := builtinClass("lock")
	c.module = "_thread"
	return c
}()

func (in *Interp) newLock() (*Lock, error) {
	l := &Lock{sem: -1}
	if th, ok := in.host.(ThreadHost); ok {
		h, err := th.SemOpen("", 1, true)
		if err != nil {
			return nil, osError(err)
		}
		l.sem = h
	}
	return l, nil
}

// acquire takes the lock: blocking with a timeout in seconds (< 0: for
// ever), or not at all.
func (l *Lock) acquire(in *Interp, blocking bool, timeout float64) (bool, error) {
	th, ok := in.host.(ThreadHost)
	if !ok || l.sem < 0 {
		if !l.local {
			l.local = true
			return true, nil
		}
		if !blocking || timeout >= 0 {
			return false, nil
		}
		return false, raisef(runtimeErrorClass, "the simulator cannot block on a lock here (no kernel semaphores)")
	}
	if !blocking {
		timeout = 0
	}
	got, err := th.SemWait(l.sem, timeout)
	return got, osError(err)
}

func (l *Lock) release(in *Interp) error {
	th, ok := in.host.(ThreadHost)
	if !ok || l.sem < 0 {
		if !l.local {
			return raisef(runtimeErrorClass, "release unlocked lock")
		}
		l.local = false
		return nil
	}
	if v, err := th.SemValue(l.sem); err == nil && v > 0 {
		return raisef(runtimeErrorClass, "release unlocked lock")
	}
	return osError(th.SemPost(l.sem))
}

func (l *Lock) locked(in *Interp) bool {
	th, ok := in.host.(ThreadHost)
	if !ok || l.sem < 0 {
		return l.local
	}
	v, _ := th.SemValue(l.sem)
	return v == 0
}

// lockArgs parses acquire(blocking=True, timeout=-1) with CPython's
// checks (Modules/_threadmodule.c lock_acquire_parse_args).
func (in *Interp) lockArgs(args []Value, kw []string) (bool, float64, error) {
	blocking, timeout := true, -1.0
	pos := args[:len(args)-len(kw)]
	if len(pos) > 2 {
		return false, 0, newTypeError("acquire() takes at most 2 arguments (%d given)", len(pos))
	}
	set := func(name string, v Value) error {
		switch name {
		case "blocking":
			blocking = truth(v)
		case "timeout":
			f, ok := asFloat(v)
			if !ok {
				return newTypeError("'%s' object cannot be interpreted as an integer", typeName(v))
			}
			timeout = f
		default:
			return newTypeError("acquire() got an unexpected keyword argument '%s'", name)
		}
		return nil
	}
	names := []string{"blocking", "timeout"}
	for i, v := range pos {
		if err := set(names[i], v); err != nil {
			return false, 0, err
		}
	}
	for i, k := range kw {
		if err := set(k, args[len(pos)+i]); err != nil {
			return false, 0, err
		}
	}
	if !blocking && timeout != -1 {
		return false, 0, newValueError("can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		if !in.cfg.Version.AtLeast(3, 13) {
			// The message before 3.13.
			return false, 0, newValueError("timeout value must be positive")
		}
		return false, 0, newValueError("timeout value must be a non-negative number")
	}
	if timeout > timeoutMax {
		return false, 0, raisef(overflowErrorClass, "timeout value is too large")
	}
	return blocking, timeout, nil
}

// timeoutMax is _thread.TIMEOUT_MAX on 64-bit Linux: PY_TIMEOUT_MAX in
// seconds, rounded down (Modules/_threadmodule.c thread_module_exec
// floors it): 9223372036.0.
var timeoutMax = math.Floor(float64(math.MaxInt64/1000) / 1e6)

func init() {
	d := lockClass.dict
	acquire := func(in *Interp, args []Value, kw []string) (Value, error) {
		blocking, timeout, err := in.lockArgs(args[1:], kw)
		if err != nil {
			return nil, err
		}
		got, err := args[0].(*Lock).acquire(in, blocking, timeout)
		if err != nil {
			return nil, err
		}
		return Bool(got), nil
	}
	release := func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("release", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		return None, args[0].(*Lock).release(in)
	}
	for _, n := range []string{"acquire", "acquire_lock", "__enter__"} {
		d.setStr(n, &Builtin{name: n, fn: acquire})
	}
	for _, n := range []string{"release", "release_lock"} {
		d.setStr(n, &Builtin{name: n, fn: release})
	}
	d.setStr("__exit__", &Builtin{name: "__exit__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		return None, args[0].(*Lock).release(in)
	}})
	locked := func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("locked", args[1:], kw, 0, 0); err != nil {
			return nil, err
		}
		return Bool(args[0].(*Lock).locked(in)), nil
	}
	d.setStr("locked", &Builtin{name: "locked", fn: locked})
	d.setStr("locked_lock", &Builtin{name: "locked_lock", fn: locked})
	d.setStr("_at_fork_reinit", &Builtin{name: "_at_fork_reinit", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		l := args[0].(*Lock)
		if l.locked(in) {
			_ = l.release(in)
		}
		return None, nil
	}})
}

// newThreadModule is _thread (Modules/_threadmodule.c).
func newThreadModule(in *Interp) *Module {
	m := newNativeModule("_thread")
	m.dict.setStr("LockType", lockClass)
	m.dict.setStr("lock", lockClass)
	m.dict.setStr("error", runtimeErrorClass)
	m.dict.setStr("TIMEOUT_MAX", Float(timeoutMax))
	m.dict.setStr("_local", localClass)
	m.fn("allocate_lock", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("allocate_lock", args, kw, 0, 0); err != nil {
			return nil, err
		}
		l, err := in.newLock()
		if err != nil {
			return nil, err
		}
		return l, nil
	})
	alloc, _ := m.dict.getStr("allocate_lock")
	m.dict.setStr("allocate", alloc)
	m.fn("start_new_thread", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("start_new_thread() takes no keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			return nil, newTypeError("start_new_thread expected at least 2 arguments, got %d", len(args))
		}
		if !isCallable(args[0]) {
			return nil, newTypeError("first arg must be callable")
		}
		targs, ok := args[1].(*Tuple)
		if !ok {
			return nil, newTypeError("2nd arg must be a tuple")
		}
		var kwargs Value = None
		if len(args) == 3 {
			if _, ok := args[2].(*Dict); !ok {
				return nil, newTypeError("optional 3rd arg must be a dictionary")
			}
			kwargs = args[2]
		}
		id, err := in.startThread(args[0], targs, kwargs)
		if err != nil {
			return nil, err
		}
		return mkInt(id), nil
	})
	start, _ := m.dict.getStr("start_new_thread")
	m.dict.setStr("start_new", start)
	m.fn("get_ident", func(in *Interp, args []Value, kw []string) (Value, error) {
		return mkInt(in.t.ident), nil
	})
	m.fn("get_native_id", func(in *Interp, args []Value, kw []string) (Value, error) {
		if in.t.tid == 0 {
			return mkInt(int64(in.host.Getpid())), nil
		}
		return mkInt(int64(in.t.tid)), nil
	})
	m.fn("_count", func(in *Interp, args []Value, kw []string) (Value, error) {
		return mkInt(int64(len(in.threads) - 1)), nil
	})
	m.fn("_set_sentinel", func(in *Interp, args []Value, kw []string) (Value, error) {
		// The lock is for the thread about to be started (threading.py
		// calls it in _bootstrap_inner in 3.8-3.12, in the new thread):
		// it is released when that thread's state is deleted.
		l, err := in.newLock()
		if err != nil {
			return nil, err
		}
		in.t.sentinel = l
		return l, nil
	})
	m.fn("stack_size", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("stack_size", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return mkInt(0), nil
	})
	m.fn("daemon_threads_allowed", func(in *Interp, args []Value, kw []string) (Value, error) {
		return trueV, nil
	})
	m.fn("exit", func(in *Interp, args []Value, kw []string) (Value, error) {
		return nil, &PyError{newExc(systemExitClass)}
	})
	exit, _ := m.dict.getStr("exit")
	m.dict.setStr("exit_thread", exit)
	m.fn("interrupt_main", func(in *Interp, args []Value, kw []string) (Value, error) {
		return nil, raisef(runtimeErrorClass, "_thread.interrupt_main() is not supported by the simulator")
	})
	return m
}

// warnForkWithThreads is Modules/posixmodule.c warn_about_fork_with_threads
// (3.12+): after a fork in a process with more than one thread (the OS's
// count, /proc/self/stat's num_threads), the parent warns with
// PyErr_WarnFormat(DeprecationWarning, stacklevel 1): the place is the
// Python frame that called os.fork. os.fork calls it twice, before and
// after the fork: 3.12 warns before forking (the warning is always out
// before the child's first output, and the child inherits the registry),
// 3.13 in the parent once fork has returned (measured with 3.12.1 and
// 3.13.0).
func (in *Interp) warnForkWithThreads(before bool) {
	if !in.cfg.Version.AtLeast(3, 12) || len(in.threads) < 2 || len(in.t.frames) == 0 {
		return
	}
	if before == in.cfg.Version.AtLeast(3, 13) {
		return
	}
	// An error (an "error" filter, a showwarning that raises) is dropped:
	// os.fork goes on and returns (measured with 3.12.1 and 3.13.0).
	_ = in.warnDeprecation(in.t.frames[len(in.t.frames)-1],
		fmt.Sprintf("This process (pid=%d) is multi-threaded, use of fork() may lead to deadlocks in the child.", in.host.Getpid()))
}

// localClass is _thread._local (threading.local, Modules/_threadmodule.c
// localobject): its instances keep one attribute dictionary per thread.
// Here the instance's own dict is the running thread's, swapped at every
// thread switch (switchTo); the other threads' wait in its tlocal.
var localClass = func() *Class {
	c := builtinClass("_local")
	c.module = "_thread"
	return c
}()

// tlocal is one threading.local instance.
type tlocal struct {
	inst  *Instance
	owner *thread           // whose dictionary inst.dict is
	dicts map[*thread]*Dict // the other threads' (looked up, never iterated)
	// args and names are the constructor's arguments: a subclass's
	// __init__ runs again with them in every other thread that uses it.
	args  []Value
	names []string
}

// newLocal registers a new instance of a threading.local class (instantiate
// calls it for every class; it does nothing for the others). local_new:
// arguments need an __init__ of the subclass to take them.
func (in *Interp) newLocal(c *Class, inst *Instance, args []Value, kw []string) error {
	isLocal := false
	for _, k := range c.mro {
		if k == localClass {
			isLocal = true
			break
		}
	}
	if !isLocal {
		return nil
	}
	if localInit(c) == nil && len(args) > 0 {
		return newTypeError("Initialization arguments are not supported")
	}
	in.locals = append(in.locals, &tlocal{inst: inst, owner: in.t, dicts: map[*thread]*Dict{},
		args: copyVals(args), names: append([]string(nil), kw...)})
	return nil
}

// localInit is the __init__ a threading.local subclass defines, or nil
// (object's: the type's tp_init is object_init in local_new's check).
func localInit(c *Class) *Function {
	init, _ := c.lookup("__init__")
	fn, _ := init.(*Function)
	return fn
}

// swapLocals gives every threading.local the dictionary of thread t (a new,
// empty one the first time t uses it), and lists the ones whose __init__
// must run again for t.
func (in *Interp) swapLocals(t *thread) (fresh []*tlocal) {
	for _, l := range in.locals {
		if l.owner == t {
			continue
		}
		if l.owner != nil {
			l.dicts[l.owner] = l.inst.dict
		}
		d, ok := l.dicts[t]
		if ok {
			delete(l.dicts, t)
		} else {
			d = newDict()
			fresh = append(fresh, l)
		}
		l.inst.dict, l.owner = d, t
	}
	return fresh
}

// initLocals runs a threading.local subclass's __init__ for the running
// thread on the instances it has not used before (localobject's
// _ldict: CPython does it at the thread's first attribute access, here at
// its first run after the instance exists).
func (in *Interp) initLocals(fresh []*tlocal) error {
	for _, l := range fresh {
		init := localInit(l.inst.cls)
		if init == nil {
			continue
		}
		all := append([]Value{l.inst}, l.args...)
		if _, err := in.callSync(init, all, l.names); err != nil {
			return err
		}
	}
	return nil
}

// dropLocals forgets an ended thread's dictionaries (its thread state's
// local dicts die with it).
func (in *Interp) dropLocals(t *thread) {
	for _, l := range in.locals {
		delete(l.dicts, t)
		if l.owner == t {
			l.owner = nil
		}
	}
}

// locals gives a fork child the threading.local instances, each with the
// forking thread's dictionary (the instance's own, cloned with it) as the
// child main thread's.
func (c *cloner) locals(ls []*tlocal, main *thread) []*tlocal {
	out := make([]*tlocal, len(ls))
	for i, l := range ls {
		out[i] = &tlocal{inst: c.value(l.inst).(*Instance), owner: main, dicts: map[*thread]*Dict{},
			args: c.values(l.args), names: l.names}
	}
	return out
}

// mainThreadOnly is the check of signal.signal and signal.set_wakeup_fd
// (Modules/signalmodule.c: _PyOS_IsMainThread, then from 3.9
// _Py_ThreadCanHandleSignals): only the main thread may set them.
func (in *Interp) mainThreadOnly(what string) error {
	if len(in.threads) == 0 || in.t == in.threads[0] {
		return nil
	}
	if in.cfg.Version.AtLeast(3, 9) {
		return newValueError("%s only works in main thread of the main interpreter", what)
	}
	return newValueError("%s only works in main thread", what)
}
