// This file adds the pidfd calls of CPython 3.9 (Modules/posixmodule.c
// os_pidfd_open_impl, Modules/signalmodule.c
// signal_pidfd_send_signal_impl): os.pidfd_open, signal.pidfd_send_signal
// and, from 3.12, os.PIDFD_NONBLOCK; waitid's P_PIDFD and select on a
// pidfd need nothing more (sim/kernel/pidfd.go).

package pyvm

// PidfdHost is what a Host offers for pidfds; without it the calls fail
// with OSError ENOSYS, as on a kernel before 5.3.
type PidfdHost interface {
	// PidfdOpen is pidfd_open(2): a close-on-exec descriptor.
	PidfdOpen(pid, flags int) (int, error)
	// PidfdSendSignal is pidfd_send_signal(2) without siginfo.
	PidfdSendSignal(fd, sig, flags int) error
}

func pidfdHost(in *Interp) (PidfdHost, error) {
	if h, ok := in.host.(PidfdHost); ok {
		return h, nil
	}
	return nil, osError(errENOSYS)
}

// osPidfdFns adds os.pidfd_open (3.9) and os.PIDFD_NONBLOCK (3.12).
func osPidfdFns(m *Module, in *Interp) {
	v := in.cfg.Version
	if !v.AtLeast(3, 9) {
		return
	}
	if v.AtLeast(3, 12) {
		m.dict.setStr("PIDFD_NONBLOCK", mkInt(0o4000))
	}
	m.fn("pidfd_open", func(in *Interp, args []Value, kw []string) (Value, error) {
		vals, err := bindArgs(in.cfg.Version, "pidfd_open", args, kw, 2, []string{"pid", "flags"}, mkInt(0))
		if err != nil {
			return nil, err
		}
		var a [2]int64
		for i, v := range vals {
			n, ok := asInt(v)
			if !ok {
				return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(v))
			}
			a[i] = n
		}
		h, err := pidfdHost(in)
		if err != nil {
			return nil, err
		}
		fd, err := h.PidfdOpen(int(a[0]), int(a[1]))
		if err != nil {
			return nil, osError(err)
		}
		return mkInt(int64(fd)), nil
	})
}

// sigPidfdFns adds signal.pidfd_send_signal(pidfd, sig, siginfo=None,
// flags=0) (3.9): siginfo must be None.
func sigPidfdFns(m *Module, in *Interp) {
	if !in.cfg.Version.AtLeast(3, 9) {
		return
	}
	m.fn("pidfd_send_signal", func(in *Interp, args []Value, kw []string) (Value, error) {
		name := in.cSignalName("pidfd_send_signal")
		if len(kw) > 0 {
			return nil, newTypeError("%s() takes no keyword arguments", name)
		}
		if len(args) < 2 || len(args) > 4 {
			return nil, newTypeError("%s expected at least 2 arguments, got %d", name, len(args))
		}
		fd, ok1 := asInt(args[0])
		sig, ok2 := asInt(args[1])
		flags := int64(0)
		ok3 := true
		if len(args) == 4 {
			flags, ok3 = asInt(args[3])
		}
		if !ok1 || !ok2 || !ok3 {
			bad := args[0]
			if ok1 {
				bad = args[1]
				if ok2 {
					bad = args[3]
				}
			}
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(bad))
		}
		if len(args) >= 3 && args[2] != None {
			return nil, newTypeError("siginfo must be None")
		}
		h, err := pidfdHost(in)
		if err != nil {
			return nil, err
		}
		return None, osError(h.PidfdSendSignal(int(fd), int(sig), int(flags)))
	})
}
