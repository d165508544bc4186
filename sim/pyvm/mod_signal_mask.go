// This file models the signal module's blocked signals: pthread_sigmask,
// sigpending, sigwait, sigwaitinfo and sigtimedwait, SIG_BLOCK and its
// kin (the Sigmasks enum) and struct_siginfo. The kernel keeps the masks
// and the held signals (sim/kernel/sigmask.go); this is CPython's layer
// over it: Modules/signalmodule.c (_Py_Sigset_Converter, sigset_to_set,
// fill_siginfo, signal_sigtimedwait_impl's PEP 475 retry) and the Python
// wrappers of Lib/signal.py that turn numbers into Signals members (which
// is why pthread_sigmask, sigpending and sigwait report argument errors as
// Python functions do), 3.8-3.13.

package pyvm

import (
	"errors"
	"math"
)

// SigInfo is the siginfo_t a sigwaitinfo returns.
type SigInfo struct {
	Signo, Code, PID, UID, Status int
}

// SigMasks may be implemented by a Host that models blocked signals.
// Masks are bit s-1 for signal s (1..64). SigWait takes a signal of set,
// or returns ErrBlocked to sleep until one is held, EAGAIN when timeout
// (seconds; < 0 for none) runs out; restart is sigwait(3)'s: a handled
// signal does not end the wait.
type SigMasks interface {
	SigMask(how int, set uint64) (old uint64, err error)
	SigPending() uint64
	SigWait(set uint64, timeout float64, restart bool) (SigInfo, error)
}

var siginfoSeq = newStructSeq("signal", "struct_siginfo", "si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band")

func sigMaskFns(m *Module) {
	m.dict.setStr("Sigmasks", sigmasksClass)
	m.dict.setStr("struct_siginfo", siginfoSeq.cls)
	m.dict.setStr("SIG_BLOCK", sigEnum{kind: kindMasks, n: 0})
	m.dict.setStr("SIG_UNBLOCK", sigEnum{kind: kindMasks, n: 1})
	m.dict.setStr("SIG_SETMASK", sigEnum{kind: kindMasks, n: 2})
	m.fn("pthread_sigmask", func(in *Interp, args []Value, kw []string) (Value, error) {
		a, err := pyFuncArgs("pthread_sigmask", args, kw, "how", "mask")
		if err != nil {
			return nil, err
		}
		how, ok := asInt(a[0])
		if !ok {
			return nil, intArgError(in, "pthread_sigmask", 0, a[0])
		}
		set, err := in.sigset(a[1])
		if err != nil {
			return nil, err
		}
		h, err := sigHost(in, "pthread_sigmask")
		if err != nil {
			return nil, err
		}
		if how < 0 || how > 2 {
			return nil, osError(EINVAL)
		}
		old, err := h.SigMask(int(how), set)
		if err != nil {
			return nil, osError(err)
		}
		return in.sigsetValue(old)
	})
	m.fn("sigpending", func(in *Interp, args []Value, kw []string) (Value, error) {
		if _, err := pyFuncArgs("sigpending", args, kw); err != nil {
			return nil, err
		}
		h, err := sigHost(in, "sigpending")
		if err != nil {
			return nil, err
		}
		return in.sigsetValue(h.SigPending())
	})
	m.fn("sigwait", func(in *Interp, args []Value, kw []string) (Value, error) {
		a, err := pyFuncArgs("sigwait", args, kw, "sigset")
		if err != nil {
			return nil, err
		}
		info, err := in.sigwait(a[0], -1, true)
		if err != nil {
			return nil, err
		}
		return in.sigMember(int64(info.Signo)), nil
	})
	m.fn("sigwaitinfo", func(in *Interp, args []Value, kw []string) (Value, error) {
		name := in.cSignalName("sigwaitinfo")
		if len(kw) > 0 {
			return nil, newTypeError("%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, newTypeError("%s() takes exactly one argument (%d given)", name, len(args))
		}
		info, err := in.sigwait(args[0], -1, false)
		if err != nil {
			return nil, err
		}
		return siginfoValue(info), nil
	})
	m.fn("sigtimedwait", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("%s() takes no keyword arguments", in.cSignalName("sigtimedwait"))
		}
		if len(args) != 2 {
			return nil, newTypeError("sigtimedwait expected 2 arguments, got %d", len(args))
		}
		secs, err := in.timeoutArg(args[1])
		if err != nil {
			return nil, err
		}
		if secs < 0 {
			return nil, newValueError("timeout must be non-negative")
		}
		info, err := in.sigwait(args[0], secs, false)
		if err == errTimedOut {
			return None, nil
		}
		if err != nil {
			return nil, err
		}
		return siginfoValue(info), nil
	})
}

// errTimedOut is sigtimedwait's EAGAIN: None, not an error.
var errTimedOut = errors.New("sigtimedwait: timed out")

// sigwait is the common part of sigwait, sigwaitinfo and sigtimedwait:
// the set is converted first (its errors before any wait), then the host
// waits; ErrBlocked makes the VM retry the whole call.
func (in *Interp) sigwait(setArg Value, timeout float64, restart bool) (SigInfo, error) {
	set, err := in.sigset(setArg)
	if err != nil {
		return SigInfo{}, err
	}
	h, err := sigHost(in, "sigwait")
	if err != nil {
		return SigInfo{}, err
	}
	info, err := h.SigWait(set, timeout, restart)
	switch {
	case err == Errno(EAGAIN):
		return SigInfo{}, errTimedOut
	case err != nil:
		return SigInfo{}, osError(err)
	}
	return info, nil
}

// cSignalName is how _signal's C functions name themselves in argument
// errors: "_signal.sigwaitinfo" from 3.9 (Argument Clinic's module-qualified
// names), "sigwaitinfo" in 3.8.
func (in *Interp) cSignalName(fn string) string {
	if in.cfg.Version.AtLeast(3, 9) {
		return "_signal." + fn
	}
	return fn
}

func sigHost(in *Interp, fn string) (SigMasks, error) {
	if h, ok := in.host.(SigMasks); ok {
		return h, nil
	}
	return nil, raisef(notImplementedClass, "this host does not model blocked signals (signal.%s)", fn)
}

// sigset converts an iterable of signal numbers (_Py_Sigset_Converter):
// each an int in 1..64; 3.8 and 3.9 also take a float, truncated, as
// PyLong_AsLong then did through __int__.
func (in *Interp) sigset(v Value) (uint64, error) {
	items, err := in.iterate(v)
	if err != nil {
		return 0, err
	}
	var set uint64
	for _, it := range items {
		var n int64
		switch x := it.(type) {
		case *BigInt:
			n = -1 // PyLong_AsLongAndOverflow's -1 with overflow set
		case Float:
			if in.cfg.Version.AtLeast(3, 10) || math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return 0, intArgError(in, "pthread_sigmask", 1, it)
			}
			n = int64(x)
		default:
			var ok bool
			if n, ok = asInt(it); !ok {
				return 0, intArgError(in, "pthread_sigmask", 1, it)
			}
		}
		if n < 1 || n > 64 {
			if in.cfg.Version.AtLeast(3, 11) {
				return 0, newValueError("signal number %d out of range [1; 64]", n)
			}
			return 0, newValueError("signal number %d out of range", n)
		}
		set |= 1 << (n - 1)
	}
	return set, nil
}

// sigsetValue is a mask as Lib/signal.py gives it: a set of Signals
// members (plain ints for the unnamed real-time signals).
func (in *Interp) sigsetValue(set uint64) (Value, error) {
	s := newSet()
	for n := int64(1); n <= 64; n++ {
		if set&(1<<(n-1)) != 0 {
			if err := in.setAdd(s, in.sigMember(n)); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// siginfoValue is fill_siginfo's struct_siginfo. si_band shares its bytes
// with si_pid and si_uid in Linux's siginfo_t (a long over two ints), so
// it reads as the pid for uid 0 and a signal that names a sender.
func siginfoValue(in SigInfo) Value {
	band := int64(in.PID) | int64(in.UID)<<32
	return &Tuple{items: []Value{mkInt(int64(in.Signo)), mkInt(int64(in.Code)), mkInt(0), mkInt(int64(in.PID)),
		mkInt(int64(in.UID)), mkInt(int64(in.Status)), mkInt(band)}, seq: siginfoSeq}
}

// timeoutArg converts seconds as _PyTime_FromSecondsObject does (time.sleep,
// sigtimedwait): an int or a float; NaN is a ValueError and a value past
// the nanosecond clock's range an OverflowError, in each version's words
// (Python/pytime.c: a float's message changed in 3.11, an int's in 3.13).
func (in *Interp) timeoutArg(v Value) (float64, error) {
	var secs float64
	isFloat := false
	switch x := v.(type) {
	case Float:
		secs, isFloat = float64(x), true
		if math.IsNaN(secs) {
			return 0, newValueError("Invalid value NaN (not a number)")
		}
	case *BigInt:
		secs = math.Inf(x.v.Sign())
	default:
		n, ok := asInt(v)
		if !ok {
			return 0, intArgError(in, "sleep", 0, v)
		}
		secs = float64(n)
	}
	if math.Abs(secs*1e9) < 9.223372036854775807e18 {
		return secs, nil
	}
	switch {
	case isFloat && in.cfg.Version.AtLeast(3, 11):
		return 0, raisef(overflowErrorClass, "timestamp out of range for platform time_t")
	case !isFloat && in.cfg.Version.AtLeast(3, 13):
		return 0, raisef(overflowErrorClass, "timestamp too large to convert to C PyTime_t")
	}
	return 0, raisef(overflowErrorClass, "timestamp too large to convert to C _PyTime_t")
}

// pyFuncArgs binds a call to a Python function whose parameters are all
// positional-or-keyword and required (a wrapper of Lib/signal.py), with
// CPython's argument errors.
func pyFuncArgs(name string, args []Value, kw []string, params ...string) ([]Value, error) {
	pos := args[:len(args)-len(kw)]
	if len(pos) > len(params) {
		return nil, tooManyPositional(name, len(params), 0, len(pos), 0)
	}
	out := make([]Value, len(params))
	copy(out, pos)
	for i, k := range kw {
		j := -1
		for p, name := range params {
			if name == k {
				j = p
			}
		}
		switch {
		case j < 0:
			return nil, newTypeError("%s() got an unexpected keyword argument '%s'", name, k)
		case out[j] != nil:
			return nil, newTypeError("%s() got multiple values for argument '%s'", name, k)
		}
		out[j] = args[len(pos)+i]
	}
	var missing []string
	for i, v := range out {
		if v == nil {
			missing = append(missing, "'"+params[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, newTypeError("%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	return out, nil
}
