// This file implements os.register_at_fork and the fork that runs its
// handlers, and the user and group ids of the simulated machine.
//
// CPython keeps three lists per interpreter (Modules/posixmodule.c,
// os_register_at_fork_impl, run_at_forkers, PyOS_BeforeFork,
// PyOS_AfterFork_Parent and PyOS_AfterFork_Child, 3.8-3.13): os.fork()
// calls a copy of the "before" list last-registered first, forks, then
// calls the child's list in the child or the parent's list in the parent
// (also when fork failed), each in registration order and each read after
// the fork, so a handler registered by a "before" handler already runs
// for that fork. An exception in a handler is reported as unraisable and
// the fork goes on. A child inherits the lists; exec and a spawned
// interpreter start with none. subprocess runs them only for a
// preexec_fn, which forks with os.fork here as CPython's _posixsubprocess
// does then.
//
// The handlers run in the hidden prelude function _fork_at_forkers
// (prelude.go), so they are ordinary frames with line events, which may
// block or fork themselves; os.fork() without handlers stays a plain call.

package pyvm

// The lists of Interp.atFork.
const (
	atForkBefore = iota
	atForkChild
	atForkParent
)

var atForkParams = []string{"before", "after_in_child", "after_in_parent"}

// osRegisterAtFork is os.register_at_fork(*, before, after_in_child,
// after_in_parent).
func osRegisterAtFork(in *Interp, args []Value, kw []string) (Value, error) {
	if len(args) > len(kw) {
		return nil, newTypeError("register_at_fork() takes no positional arguments")
	}
	var fns [3]Value
	for j, k := range kw {
		i := 0
		for i < len(atForkParams) && atForkParams[i] != k {
			i++
		}
		if i == len(atForkParams) {
			if in.cfg.Version.AtLeast(3, 13) {
				return nil, newTypeError("register_at_fork() got an unexpected keyword argument '%s'", k)
			}
			return nil, newTypeError("'%s' is an invalid keyword argument for register_at_fork()", k)
		}
		fns[i] = args[j]
	}
	if fns == [3]Value{} {
		return nil, newTypeError("At least one argument is required.")
	}
	for i, f := range fns {
		if f != nil && !isCallable(f) {
			return nil, newTypeError("'%s' must be callable, not %s", atForkParams[i], typeName(f))
		}
	}
	for i, f := range fns {
		if f != nil {
			in.atFork[i] = append(in.atFork[i], f)
		}
	}
	return None, nil
}

// hasAtFork reports whether any fork handler is registered.
func (in *Interp) hasAtFork() bool {
	return len(in.atFork[atForkBefore])+len(in.atFork[atForkChild])+len(in.atFork[atForkParent]) > 0
}

// osForkCall is os.fork(): the fork itself, or, with handlers registered,
// the prelude's _fork_at_forkers frame around it.
func osForkCall(in *Interp, a []int64) (Value, error) {
	if !in.hasAtFork() || in.syncDepth > 0 {
		return osFork(in, a)
	}
	helper, _ := in.prelude.dict.getStr("_fork_at_forkers")
	r, pushed, err := in.call(helper, nil, nil)
	if err == nil && pushed {
		return nil, errFramePushed
	}
	return r, err
}

// atForkers is the prelude's _at_forkers(which): a copy of one list, the
// "before" one reversed.
func atForkers(in *Interp, args []Value, kw []string) (Value, error) {
	which, _ := asInt(args[0])
	list := in.atFork[which]
	fns := make([]Value, len(list))
	for i, f := range list {
		if which == atForkBefore {
			i = len(list) - 1 - i
		}
		fns[i] = f
	}
	return newList(fns), nil
}

// atForkReport is the prelude's _unraisable(f, exc): CPython's default
// sys.unraisablehook for an exception a fork handler raised.
func atForkReport(in *Interp, args []Value, kw []string) (Value, error) {
	exc, ok := args[1].(*Instance)
	if !ok || exc.exc == nil {
		return None, nil
	}
	r, err := in.repr(args[0])
	if err != nil {
		r = "<object repr() failed>"
	}
	in.stderr.write(in, "Exception ignored in: "+r+"\n")
	in.printException(exc)
	return None, nil
}

// idFns adds the user and group ids: the simulated machine runs every
// program as root with no supplementary groups, as the corpus's CPython
// runs here (and as the kernel model's siginfo says, si_uid 0).
func idFns(m *Module) {
	for _, name := range []string{"getuid", "geteuid", "getgid", "getegid"} {
		m.intArgsFn(name, 0, func(in *Interp, a []int64) (Value, error) { return mkInt(0), nil })
	}
	m.intArgsFn("getgroups", 0, func(in *Interp, a []int64) (Value, error) { return newList(nil), nil })
	for _, name := range []string{"getresuid", "getresgid"} {
		m.intArgsFn(name, 0, func(in *Interp, a []int64) (Value, error) {
			return newTuple([]Value{mkInt(0), mkInt(0), mkInt(0)}), nil
		})
	}
	m.fn("register_at_fork", osRegisterAtFork)
}
