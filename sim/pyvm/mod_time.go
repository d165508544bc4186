// This file implements the time module on the Host's logical clock.

package pyvm

// epoch is the wall-clock time at logical time 0: 2026-01-01T00:00:00Z, so
// time.time() is deterministic.
const epoch = 1767225600.0

func newTimeModule(in *Interp) *Module {
	m := newNativeModule("time")
	m.fn("sleep", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("sleep", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, err := in.timeoutArg(args[0])
		if err != nil {
			return nil, err
		}
		if s < 0 {
			return nil, newValueError("sleep length must be non-negative")
		}
		return None, osError(in.host.Sleep(s))
	})
	clock := func(name string, f func(now float64) Value) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return f(in.host.Now()), nil
		})
	}
	clock("time", func(t float64) Value { return Float(epoch + t) })
	clock("monotonic", func(t float64) Value { return Float(t) })
	clock("perf_counter", func(t float64) Value { return Float(t) })

	clock("time_ns", func(t float64) Value { return mkInt(int64((epoch + t) * 1e9)) })
	clock("monotonic_ns", func(t float64) Value { return mkInt(int64(t * 1e9)) })
	clock("perf_counter_ns", func(t float64) Value { return mkInt(int64(t * 1e9)) })
	timeCalendarFns(m) // mod_time_fmt.go
	// process_time is the process's CPU time (times(2)): a sleep costs none.
	for _, name := range []string{"process_time", "process_time_ns"} {
		ns := name == "process_time_ns"
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			t := in.host.Times()
			if ns {
				return mkInt(int64((t.User + t.System) * 1e9)), nil
			}
			return Float(t.User + t.System), nil
		})
	}
	return m
}
