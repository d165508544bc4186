// This file implements the os module on top of the Host: process creation
// (fork, _exit), waiting (waitpid, wait and the W* status macros of
// <sys/wait.h>), signals (kill), pipes and process groups.

package pyvm

import (
	"math"
	"sort"
)

// Wait options and status decoding (include/uapi/linux/wait.h, bits/waitstatus.h).
const (
	WNOHANG    = 1
	WUNTRACED  = 2
	WCONTINUED = 8
)

func newNativeModule(name string) *Module {
	d := newDict()
	d.setStr("__name__", Str(name))
	d.setStr("__doc__", None)
	return &Module{name: name, dict: d}
}

func (m *Module) fn(name string, f nativeFn) {
	m.dict.setStr(name, &Builtin{name: name, fn: f, function: true})
}

func (m *Module) intArgsFn(name string, n int, f func(in *Interp, a []int64) (Value, error)) {
	key := m.name + "." + name
	if p, ok := keywordParams[key]; ok && len(p) != n {
		panic("pyvm: " + key + " has keyword parameters for another count") // arity's fast path
	}
	if p, ok := pythonWrapped[key]; ok && len(p) != n {
		panic("pyvm: " + key + " has wrapper parameters for another count")
	}
	m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
		args, err := arity(in.cfg.Version, m.name, name, n, args, kw)
		if err != nil {
			return nil, err
		}
		ints := make([]int64, n)
		for i, a := range args {
			v, ok := asInt(a)
			if _, big := a.(*BigInt); big {
				return nil, cIntOverflow(name, i, a)
			}
			if !ok {
				return nil, intArgError(in, name, i, a)
			}
			if v > math.MaxInt32 || v < math.MinInt32 {
				if err := cIntOverflow(name, i, a); err != nil {
					return nil, err
				}
			}
			ints[i] = v
		}
		return f(in, ints)
	})
}

// intArgError is the TypeError of a non-int argument i of os or signal
// function fn. Before 3.10 the C converters that call PyLong_AsLong word it
// as "an integer is required" (a float: "integer argument expected");
// kill's signal, read's size and urandom's size (Py_ssize_t converters)
// go through __index__ in every version
// (Objects/longobject.c, Python/getargs.c, 3.8-3.13).
func intArgError(in *Interp, fn string, i int, a Value) error {
	if !in.cfg.Version.AtLeast(3, 10) {
		if _, isFloat := a.(Float); isFloat {
			return newTypeError("integer argument expected, got float")
		}
		if !(fn == "kill" && i == 1 || fn == "read" && i == 1 || fn == "urandom") {
			return newTypeError("an integer is required (got type %s)", typeName(a))
		}
	}
	return newTypeError("'%s' object cannot be interpreted as an integer", typeName(a))
}

// cIntOverflow is the OverflowError CPython's argument converters raise for
// an int that does not fit the C type (Python/getargs.c for pid_t's "i"
// format, Argument Clinic's int and Py_ssize_t converters), or nil when
// the argument is a C long that the call takes whole (kill's signal: the
// kernel then says EINVAL).
func cIntOverflow(fn string, i int, v Value) error {
	_, big := v.(*BigInt)
	pid := i == 0 && (fn == "kill" || fn == "killpg" || fn == "waitpid" || fn == "getpgid" || fn == "getsid" || fn == "wait4" || fn == "sched_getaffinity") ||
		fn == "setpgid" || fn == "waitid" && i == 1
	switch {
	case fn == "kill" && i == 1:
		if big {
			return raisef(overflowErrorClass, "Python int too large to convert to C ssize_t")
		}
		return nil
	case pid && big:
		return raisef(overflowErrorClass, "Python int too large to convert to C long")
	case pid:
		if n, _ := asInt(v); n < 0 {
			return raisef(overflowErrorClass, "signed integer is less than minimum")
		}
		return raisef(overflowErrorClass, "signed integer is greater than maximum")
	}
	return raisef(overflowErrorClass, "Python int too large to convert to C int")
}

func newOSModule(in *Interp) *Module {
	m := newNativeModule("os")
	for _, c := range []struct {
		n string
		v int64
	}{{"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED}, {"WCONTINUED", WCONTINUED},
		{"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"EX_OK", 0}} {
		m.dict.setStr(c.n, mkInt(c.v))
	}
	m.dict.setStr("name", Str("posix"))
	m.dict.setStr("sep", Str("/"))
	m.dict.setStr("linesep", Str("\n"))
	m.dict.setStr("devnull", Str("/dev/null"))
	m.intArgsFn("getpid", 0, func(in *Interp, a []int64) (Value, error) { return mkInt(int64(in.host.Getpid())), nil })
	m.intArgsFn("getppid", 0, func(in *Interp, a []int64) (Value, error) { return mkInt(int64(in.host.Getppid())), nil })
	m.intArgsFn("fork", 0, osForkCall)
	m.intArgsFn("_exit", 1, func(in *Interp, a []int64) (Value, error) {
		// os._exit skips atexit and does not flush stdio buffers.
		in.exit(int(a[0]&0xff) << 8)
		return nil, errExited
	})
	m.intArgsFn("waitpid", 2, func(in *Interp, a []int64) (Value, error) { return osWait(in, int(a[0]), int(a[1])) })
	m.intArgsFn("wait", 0, func(in *Interp, a []int64) (Value, error) { return osWait(in, -1, 0) })
	m.intArgsFn("kill", 2, func(in *Interp, a []int64) (Value, error) {
		if a[1] < 0 || a[1] > 64 {
			return nil, osError(EINVAL) // kill(2): not a signal number
		}
		return None, osError(in.host.Kill(int(a[0]), int(a[1])))
	})
	m.intArgsFn("killpg", 2, func(in *Interp, a []int64) (Value, error) {
		return None, osError(in.host.Kill(-int(a[0]), int(a[1])))
	})
	m.intArgsFn("getpgid", 1, func(in *Interp, a []int64) (Value, error) {
		g, err := in.host.Getpgid(int(a[0]))
		return mkInt(int64(g)), osError(err)
	})
	m.intArgsFn("getpgrp", 0, func(in *Interp, a []int64) (Value, error) {
		g, err := in.host.Getpgid(0)
		return mkInt(int64(g)), osError(err)
	})
	m.intArgsFn("setpgid", 2, func(in *Interp, a []int64) (Value, error) {
		return None, osError(in.host.Setpgid(int(a[0]), int(a[1])))
	})
	m.intArgsFn("setpgrp", 0, func(in *Interp, a []int64) (Value, error) {
		// setpgrp(2) is setpgid(0, 0): a group of its own.
		return None, osError(in.host.Setpgid(0, 0))
	})
	m.intArgsFn("sched_yield", 0, func(in *Interp, a []int64) (Value, error) { return None, nil })
	m.intArgsFn("cpu_count", 0, func(in *Interp, a []int64) (Value, error) { return mkInt(2), nil })
	// sched_getaffinity(pid): the CPUs pid may run on, all of the
	// simulated machine's (cpu_count's two); ESRCH for no such process,
	// zombies included as on Linux (their task is there until reaped).
	m.intArgsFn("sched_getaffinity", 1, func(in *Interp, a []int64) (Value, error) {
		if _, err := in.host.Getpgid(int(a[0])); err != nil {
			return nil, osError(err)
		}
		s := newSet()
		for cpu := range int64(2) {
			s.t.put(mkInt(cpu), nil)
		}
		return s, nil
	})
	m.intArgsFn("pipe", 0, func(in *Interp, a []int64) (Value, error) {
		r, w, err := in.host.Pipe()
		if err != nil {
			return nil, osError(err)
		}
		return newTuple([]Value{mkInt(int64(r)), mkInt(int64(w))}), nil
	})
	m.intArgsFn("isatty", 1, func(in *Interp, a []int64) (Value, error) {
		return Bool(isATTY(in, a[0])), nil
	})
	m.intArgsFn("close", 1, func(in *Interp, a []int64) (Value, error) {
		return None, osError(in.host.Close(int(a[0])))
	})
	m.intArgsFn("read", 2, func(in *Interp, a []int64) (Value, error) {
		b, err := in.host.Read(int(a[0]), int(a[1]))
		if err != nil {
			return nil, osError(err)
		}
		return Bytes(b), nil
	})
	m.fn("write", osWrite)
	m.fn("set_blocking", osSetBlocking)
	m.intArgsFn("get_blocking", 1, func(in *Interp, a []int64) (Value, error) {
		return mkBool(!in.isNonblocking(int(a[0]))), nil
	})
	m.intArgsFn("strerror", 1, func(in *Interp, a []int64) (Value, error) { return Str(Errno(a[0]).Error()), nil })
	m.fn("execv", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("execv", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return osExec(in, args[1])
	})
	statusFns(m, in.cfg.Version)
	osLibFns(m, in)     // mod_os_lib.go: sessions, waitid/wait4, environ, os.path, files
	registerExec(in, m) // mod_exec.go: exec*, spawn*, system, popen, dup2
	idFns(m)            // mod_os_atfork.go: register_at_fork, the user and group ids
	return m
}

// osExec replaces the process image through the host; on success this
// interpreter never runs again.
func osExec(in *Interp, argv Value) (Value, error) {
	vs, err := in.iterate(argv)
	if err != nil {
		return nil, err
	}
	args := make([]string, len(vs))
	for i, v := range vs {
		args[i] = strNoCall(v)
	}
	if err := in.host.Exec(args, nil); err != nil {
		return nil, osError(err)
	}
	in.phase = phaseExited
	in.t.frames = nil
	return nil, errExited
}

func osWrite(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("write", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("an integer is required")
	}
	var b []byte
	switch x := args[1].(type) {
	case Bytes:
		b = []byte(x)
	case Str:
		return nil, newTypeError("a bytes-like object is required, not 'str'")
	default:
		return nil, newTypeError("a bytes-like object is required, not '%s'", typeName(x))
	}
	n, err := in.host.Write(int(fd), b)
	if err != nil {
		return nil, osError(err)
	}
	return mkInt(int64(n)), nil
}

// osFork clones the interpreter in the middle of this call: the child's
// pending call completes with 0, the parent's with the child's pid.
func osFork(in *Interp, a []int64) (Value, error) {
	if in.syncDepth > 0 {
		return nil, raisef(runtimeErrorClass, "the simulator cannot fork inside a callback run from a builtin")
	}
	in.warnForkWithThreads(true)
	child := in.Clone()
	child.t.pending = mkInt(0)
	child.t.hasPending = true
	pid, err := in.host.Fork(child)
	if err != nil {
		return nil, osError(err)
	}
	in.warnForkWithThreads(false)
	return mkInt(int64(pid)), nil
}

func osWait(in *Interp, pid, options int) (Value, error) {
	rpid, status, err := in.host.Waitpid(pid, options)
	if err != nil {
		return nil, osError(err)
	}
	return newTuple([]Value{mkInt(int64(rpid)), mkInt(int64(status))}), nil
}

func statusFns(m *Module, v Version) {
	pred := func(name string, f func(s int64) bool) {
		m.intArgsFn(name, 1, func(in *Interp, a []int64) (Value, error) { return mkBool(f(a[0])), nil })
	}
	num := func(name string, f func(s int64) int64) {
		m.intArgsFn(name, 1, func(in *Interp, a []int64) (Value, error) { return mkInt(f(a[0])), nil })
	}
	pred("WIFEXITED", func(s int64) bool { return s&0x7f == 0 })
	pred("WIFSIGNALED", func(s int64) bool { return s&0x7f != 0 && s&0x7f != 0x7f })
	pred("WIFSTOPPED", func(s int64) bool { return s&0xff == 0x7f })
	pred("WIFCONTINUED", func(s int64) bool { return s == 0xffff })
	pred("WCOREDUMP", func(s int64) bool { return s&0x80 != 0 })
	num("WEXITSTATUS", func(s int64) int64 { return (s >> 8) & 0xff })
	num("WTERMSIG", func(s int64) int64 { return s & 0x7f })
	num("WSTOPSIG", func(s int64) int64 { return (s >> 8) & 0xff })
	if !v.AtLeast(3, 9) {
		return
	}
	// waitstatus_to_exitcode (Modules/posixmodule.c, new in 3.9).
	m.intArgsFn("waitstatus_to_exitcode", 1, func(in *Interp, a []int64) (Value, error) {
		s := a[0]
		switch {
		case s&0x7f == 0:
			return mkInt((s >> 8) & 0xff), nil
		case s&0x7f != 0x7f:
			return mkInt(-(s & 0x7f)), nil
		case s&0xff == 0x7f:
			return nil, newValueError("process stopped by delivery of signal %d", (s>>8)&0xff)
		}
		return nil, newValueError("invalid wait status: %d", s)
	})
}

// osSetBlocking is os.set_blocking(fd, blocking): O_NONBLOCK through the
// host. The interpreter also remembers it for os.get_blocking and
// signal.set_wakeup_fd (per process: a fork copies what the parent knew,
// but a change made by another process sharing the open file is not seen).
func osSetBlocking(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("set_blocking", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	blocking := truth(args[1])
	if err := in.host.SetBlocking(int(fd), blocking); err != nil {
		return nil, osError(err)
	}
	in.nonblock = removeInt(in.nonblock, int(fd))
	if !blocking {
		in.nonblock = insertSorted(in.nonblock, int(fd))
	}
	return None, nil
}

func (in *Interp) isNonblocking(fd int) bool {
	i := sort.SearchInts(in.nonblock, fd)
	return i < len(in.nonblock) && in.nonblock[i] == fd
}

func insertSorted(xs []int, x int) []int {
	i := sort.SearchInts(xs, x)
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = x
	return xs
}

func removeInt(xs []int, x int) []int {
	i := sort.SearchInts(xs, x)
	if i < len(xs) && xs[i] == x {
		return append(xs[:i], xs[i+1:]...)
	}
	return xs
}

// TTYHost is a host that knows which fds are open on the terminal.
type TTYHost interface{ IsATTY(fd int) bool }

// isATTY is os.isatty: False for an fd that is not open (no error), and
// True for the standard streams of a host that cannot tell (the
// simulated program writes to a terminal).
func isATTY(in *Interp, fd int64) bool {
	if h, ok := in.host.(TTYHost); ok {
		return fd >= 0 && fd <= 1<<31-1 && h.IsATTY(int(fd))
	}
	return fd >= 0 && fd <= 2
}
