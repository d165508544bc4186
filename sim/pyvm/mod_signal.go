// This file implements the signal module. Python handlers are kept by the
// VM (the Host only learns the disposition) and run between bytecodes in
// the main thread, as CPython's eval loop does (Python/ceval.c,
// handle_signals; Modules/signalmodule.c).

package pyvm

import "fmt"

// Signal dispositions passed to Host.Signal.
const (
	DispDefault = 0
	DispIgnore  = 1
	DispHandler = 2
)

var signalNames = []struct {
	name string
	num  int
	desc string
}{
	{"SIGHUP", 1, "Hangup"}, {"SIGINT", 2, "Interrupt"}, {"SIGQUIT", 3, "Quit"},
	{"SIGILL", 4, "Illegal instruction"}, {"SIGTRAP", 5, "Trace/breakpoint trap"},
	{"SIGABRT", 6, "Aborted"}, {"SIGBUS", 7, "Bus error"}, {"SIGFPE", 8, "Floating point exception"},
	{"SIGKILL", 9, "Killed"}, {"SIGUSR1", 10, "User defined signal 1"},
	{"SIGSEGV", 11, "Segmentation fault"}, {"SIGUSR2", 12, "User defined signal 2"},
	{"SIGPIPE", 13, "Broken pipe"}, {"SIGALRM", 14, "Alarm clock"}, {"SIGTERM", 15, "Terminated"},
	{"SIGSTKFLT", 16, "Stack fault"}, // a member from 3.11 only (stkfltFrom)
	{"SIGCHLD", 17, "Child exited"}, {"SIGCONT", 18, "Continued"}, {"SIGSTOP", 19, "Stopped (signal)"},
	{"SIGTSTP", 20, "Stopped"}, {"SIGTTIN", 21, "Stopped (tty input)"}, {"SIGTTOU", 22, "Stopped (tty output)"},
	{"SIGURG", 23, "Urgent I/O condition"}, {"SIGXCPU", 24, "CPU time limit exceeded"},
	{"SIGXFSZ", 25, "File size limit exceeded"}, {"SIGVTALRM", 26, "Virtual timer expired"},
	{"SIGPROF", 27, "Profiling timer expired"}, {"SIGWINCH", 28, "Window changed"},
	{"SIGIO", 29, "I/O possible"}, {"SIGPWR", 30, "Power failure"}, {"SIGSYS", 31, "Bad system call"},
	{"SIGRTMIN", 34, "Real-time signal 0"}, {"SIGRTMAX", 64, "Real-time signal 30"},
}

// signalAliases are the second names of some signals (module attributes
// only: the enum member keeps the first name).
var signalAliases = []struct {
	name string
	num  int
}{{"SIGCLD", 17}, {"SIGIOT", 6}, {"SIGPOLL", 29}}

// SignalName is the symbolic name of a Linux signal number, e.g. "SIGTERM".
func SignalName(sig int) string {
	for _, s := range signalNames {
		if s.num == sig {
			return s.name
		}
	}
	return fmt.Sprintf("SIG%d", sig)
}

func newSignalModule(in *Interp) *Module {
	m := newNativeModule("signal")
	for _, s := range signalNames {
		if in.isSigMember(int64(s.num)) {
			m.dict.setStr(s.name, sigEnum{n: int64(s.num)})
		}
	}
	for _, a := range signalAliases {
		m.dict.setStr(a.name, sigEnum{n: int64(a.num)})
	}
	m.dict.setStr("SIG_DFL", handlerMember(DispDefault))
	m.dict.setStr("SIG_IGN", handlerMember(DispIgnore))
	m.dict.setStr("NSIG", mkInt(65))
	m.dict.setStr("Signals", signalsClass)
	m.dict.setStr("Handlers", handlersClass)
	m.fn("signal", sigSignal)
	m.fn("set_wakeup_fd", sigSetWakeupFD)
	m.intArgsFn("getsignal", 1, func(in *Interp, a []int64) (Value, error) {
		if a[0] < 1 || a[0] > 64 {
			return nil, newValueError("signal number out of range")
		}
		return in.handlerValue(int(a[0])), nil
	})
	m.intArgsFn("strsignal", 1, func(in *Interp, a []int64) (Value, error) {
		for _, s := range signalNames {
			if int64(s.num) == a[0] {
				return Str(s.desc), nil
			}
		}
		return None, nil
	})
	m.dict.setStr("default_int_handler", defaultIntHandler)
	sigTimerFns(m)
	sigPidfdFns(m, in)
	sigMaskFns(m)
	return m
}

// defaultIntHandler is signal.default_int_handler, the Python handler
// CPython installs for SIGINT at start-up (Modules/signalmodule.c,
// signal_install_handlers): a Ctrl-C raises KeyboardInterrupt. One value,
// so that `getsignal(SIGINT) is default_int_handler` holds.
var defaultIntHandler = &Builtin{name: "default_int_handler", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
	return nil, &PyError{newExc(keyboardInterruptCls)}
}}

const (
	sigINT  = 2
	sigPIPE = 13
	sigXFSZ = 25
)

// SIGPIPEIgnored reports whether SIGPIPE is still as CPython's start-up
// left it, ignored (so a write to a broken pipe raises BrokenPipeError):
// the host sets the kernel disposition when such a write is about to
// happen.
func (in *Interp) SIGPIPEIgnored() bool { return in.sigs[sigPIPE] == nil }

// SIGINTRaises reports whether the program has left SIGINT to CPython's
// start-up handler, default_int_handler: a SIGINT sent to this process must
// then reach the interpreter (the host sets the kernel disposition to
// "handled" just before delivering it) and raise KeyboardInterrupt.
func (in *Interp) SIGINTRaises() bool { return in.sigs[sigINT] == nil }

// handlerValue is what signal.getsignal returns.
func (in *Interp) handlerValue(sig int) Value {
	if h := in.sigs[sig]; h != nil {
		return h
	}
	switch sig {
	case sigINT:
		return defaultIntHandler
	case sigPIPE, sigXFSZ:
		return handlerMember(DispIgnore) // ignored at start-up (Python/pylifecycle.c, init_signals)
	}
	return handlerMember(DispDefault)
}

func sigSignal(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("signal", args, kw, 2, 2); err != nil {
		return nil, err
	}
	n, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	if err := in.mainThreadOnly("signal"); err != nil {
		return nil, err
	}
	if n < 1 || n > 64 {
		return nil, newValueError("signal number out of range")
	}
	sig := int(n)
	disp := DispHandler
	h := args[1]
	if d, ok := asInt(h); ok {
		if d != DispDefault && d != DispIgnore {
			return nil, newTypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		disp = int(d)
		h = handlerMember(d)
	} else if !isCallable(h) {
		return nil, newTypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	old := in.handlerValue(sig)
	if _, err := in.host.Signal(sig, disp); err != nil {
		return nil, osError(err)
	}
	in.sigs[sig] = h
	return old, nil
}

func isCallable(v Value) bool {
	switch x := v.(type) {
	case *Function, *Builtin, *BoundMethod, *Class:
		return true
	case *Instance:
		_, ok := x.cls.lookup("__call__")
		return ok
	}
	return false
}

// takeSignal asks the host for one pending signal and starts its Python
// handler as a frame; an exception from a native handler is returned.
func (in *Interp) takeSignal() error {
	sig, ok := in.host.TakeSignal()
	if !ok {
		in.sigPending = false
		return nil
	}
	in.wakeup(sig)
	h := in.handlerValue(sig)
	if !isCallable(h) {
		return nil
	}
	_, pushed, err := in.call(h, []Value{mkInt(int64(sig)), None}, nil)
	if pushed {
		in.t.frames[len(in.t.frames)-1].ret = retDiscard
	}
	return err
}

// sigSetWakeupFD is signal.set_wakeup_fd(fd, *, warn_on_full_buffer=True):
// it returns the previous fd (-1 when none). The fd must be non-blocking,
// as Modules/signalmodule.c (signal_set_wakeup_fd) checks with
// _Py_get_blocking; -1 disables.
func sigSetWakeupFD(in *Interp, args []Value, kw []string) (Value, error) {
	pos, _, err := splitKw("set_wakeup_fd", args, kw, "warn_on_full_buffer")
	if err != nil {
		return nil, err
	}
	if len(pos) != 1 {
		return nil, newTypeError("set_wakeup_fd() takes exactly 1 positional argument (%d given)", len(pos))
	}
	fd, ok := asInt(pos[0])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(pos[0]))
	}
	if err := in.mainThreadOnly("set_wakeup_fd"); err != nil {
		return nil, err
	}
	if fd != -1 && !in.isNonblocking(int(fd)) {
		return nil, newValueError("the fd %d must be in non-blocking mode", fd)
	}
	old := in.wakeupFD
	in.wakeupFD = int(fd)
	return mkInt(int64(old)), nil
}

// wakeup writes the signal number, one byte, to the wakeup fd when a
// signal is taken, before its Python handler runs: CPython's C-level
// handler (signalmodule.c trip_signal) writes it first. The fd is
// non-blocking; errors (a full pipe) are ignored, as with
// warn_on_full_buffer=False.
func (in *Interp) wakeup(sig int) {
	if in.wakeupFD < 0 {
		return
	}
	_, _ = in.host.Write(in.wakeupFD, []byte{byte(sig)})
}
