// This file adds to the signal module the timer and waiting calls
// (Modules/signalmodule.c: signal_alarm, signal_pause, signal_setitimer,
// signal_getitimer, signal_valid_signals, signal_raise_signal), on the
// Host's ITIMER_REAL.

package pyvm

import "math"

// Interval timers (include/uapi/linux/time.h); only ITIMER_REAL is modelled.
const (
	itimerReal    = 0
	itimerVirtual = 1
	itimerProf    = 2
)

var itimerErrorClass = newExcClass("ItimerError", osErrorClass)

func init() { itimerErrorClass.module = "signal" }

func sigTimerFns(m *Module) {
	m.dict.setStr("ITIMER_REAL", mkInt(itimerReal))
	m.dict.setStr("ITIMER_VIRTUAL", mkInt(itimerVirtual))
	m.dict.setStr("ITIMER_PROF", mkInt(itimerProf))
	m.dict.setStr("ItimerError", itimerErrorClass)
	m.intArgsFn("alarm", 1, func(in *Interp, a []int64) (Value, error) {
		old, _ := in.host.SetITimer(float64(a[0]), 0)
		return mkInt(alarmSeconds(old)), nil
	})
	m.intArgsFn("pause", 0, func(in *Interp, a []int64) (Value, error) {
		return None, osError(in.host.Pause())
	})
	m.fn("setitimer", sigSetitimer)
	m.intArgsFn("getitimer", 1, func(in *Interp, a []int64) (Value, error) {
		if err := checkWhich(a[0]); err != nil {
			return nil, err
		}
		v, i := in.host.GetITimer()
		return newTuple([]Value{Float(v), Float(i)}), nil
	})
	m.intArgsFn("valid_signals", 0, func(in *Interp, a []int64) (Value, error) {
		s := newSet()
		for sig := 1; sig <= 64; sig++ {
			if sig == 32 || sig == 33 { // glibc keeps these for its threads
				continue
			}
			_ = s.t.put(in.sigMember(int64(sig)), nil)
		}
		return s, nil
	})
	m.intArgsFn("raise_signal", 1, func(in *Interp, a []int64) (Value, error) {
		if a[0] < 1 || a[0] > 64 {
			return nil, newValueError("signal number out of range")
		}
		return None, osError(in.host.Kill(in.host.Getpid(), int(a[0])))
	})
	m.fn("siginterrupt", func(in *Interp, args []Value, kw []string) (Value, error) {
		return None, checkArgs("siginterrupt", args, kw, 2, 2)
	})
}

// alarmSeconds is what alarm(2) returns for the time left: whole seconds,
// rounded to the nearest, and at least 1 if any time was left
// (kernel/time/itimer.c alarm_setitimer).
func alarmSeconds(left float64) int64 {
	if left <= 0 {
		return 0
	}
	sec, frac := math.Modf(left)
	n := int64(sec)
	if (n == 0 && frac > 0) || frac >= 0.5 {
		n++
	}
	return n
}

func checkWhich(which int64) error {
	switch which {
	case itimerReal:
		return nil
	case itimerVirtual, itimerProf:
		return raisef(itimerErrorClass, "ITIMER_VIRTUAL and ITIMER_PROF are not supported by the simulator (processes use no CPU time of their own): use ITIMER_REAL")
	}
	return &PyError{newExc(itimerErrorClass, mkInt(int64(EINVAL)), Str(EINVAL.Error()))}
}

// sigSetitimer is signal.setitimer(which, seconds, interval=0.0): the old
// (delay, interval) pair.
func sigSetitimer(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("setitimer", args, kw, 2, 3); err != nil {
		return nil, err
	}
	which, ok := asInt(args[0])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	if err := checkWhich(which); err != nil {
		return nil, err
	}
	secs, ok := asFloat(args[1])
	if !ok {
		return nil, newTypeError("must be real number, not %s", typeName(args[1]))
	}
	interval := 0.0
	if len(args) == 3 {
		if interval, ok = asFloat(args[2]); !ok {
			return nil, newTypeError("must be real number, not %s", typeName(args[2]))
		}
	}
	ov, oi := in.host.SetITimer(secs, interval)
	return newTuple([]Value{Float(ov), Float(oi)}), nil
}
