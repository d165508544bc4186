// The bridge between one process's interpreter (sim/pyvm) and the kernel
// (sim/kernel): every os/time/signal call of a simulated Python process
// arrives here, is charged its cost, and becomes a kernel operation.

package sim

import (
	"errors"

	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

// host implements pyvm.Host for one process.
type host struct {
	s *System
	// pid is the process; tid the task whose calls these are (the pid
	// for its main thread; each thread has a host of its own).
	pid, tid kernel.PID
	timer    hostTimer // host_lib.go
}

var _ pyvm.Host = (*host)(nil)

// errnoOf converts a kernel error into the interpreter's error values.
func errnoOf(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, kernel.ErrBlocked) {
		return pyvm.ErrBlocked
	}
	var e kernel.Errno
	if errors.As(err, &e) {
		return pyvm.Errno(e)
	}
	return err
}

// syscall charges a system call; an interval timer that is due fires then
// (host_lib.go).
func (h *host) syscall() {
	h.s.charge(h.s.costs.Syscall)
	h.fireTimer()
}

func (h *host) Getpid() int  { return int(h.pid) }
func (h *host) Getppid() int { return int(h.s.k.Getppid(h.pid)) }

func (h *host) Fork(child *pyvm.Interp) (int, error) {
	h.s.charge(h.s.costs.ForkParent)
	pid, err := h.s.k.Fork(h.tid)
	if err != nil {
		return 0, errnoOf(err)
	}
	h.s.forked(h.pid, pid)
	h.s.adopt(pid, child, h.s.costs.ForkChild)
	return int(pid), nil
}

func (h *host) Exit(status int) {
	h.s.charge(h.s.costs.Exit)
	h.s.k.Exit(h.tid, kernel.WaitStatus(status))
}

func (h *host) Waitpid(pid, options int) (int, int, error) {
	if h.timerInterrupts() {
		return 0, 0, pyvm.ErrBlocked
	}
	opt := kernel.WaitOptions{Pid: pid, Options: options}
	res, err := h.s.k.Wait(h.tid, opt)
	if err != nil {
		return 0, 0, h.timedBlock(errnoOf(err), func() error {
			_, err := h.s.k.Wait(h.tid, opt)
			return errnoOf(err)
		})
	}
	h.timerWakeDone()
	return int(res.PID), int(res.Status), nil
}

func (h *host) Kill(pid, sig int) error {
	h.syscall()
	if sig == int(kernel.SIGINT) {
		h.armSIGINT(pid)
	}
	err := h.s.k.Kill(h.tid, kernel.PID(pid), kernel.Signal(sig))
	if p := h.s.procs[h.pid]; p != nil && h.s.k.HasPendingSignal(h.pid) {
		// A signal sent to oneself is taken before the next bytecode, as
		// CPython's eval loop does, not at the next line.
		p.in.NotifySignal()
	}
	return errnoOf(err)
}

func (h *host) Signal(sig, disposition int) (int, error) {
	act := kernel.SigAction{Handler: kernel.SigDefault}
	switch disposition {
	case 1:
		act.Handler = kernel.SigIgnore
	case 2:
		act.Handler = kernel.SigHandler
	}
	old, err := h.s.k.SetSignalAction(h.tid, kernel.Signal(sig), act)
	if err != nil {
		return 0, errnoOf(err)
	}
	switch old.Handler {
	case kernel.SigIgnore:
		return 1, nil
	case kernel.SigHandler:
		return 2, nil
	}
	return 0, nil
}

func (h *host) TakeSignal() (int, bool) {
	sig, ok := h.s.k.TakePendingSignal(h.pid)
	return int(sig), ok
}

func (h *host) Pipe() (int, int, error) {
	h.syscall()
	r, w, err := h.s.k.Pipe(h.tid)
	return r, w, errnoOf(err)
}

func (h *host) Read(fd, n int) ([]byte, error) {
	h.syscall()
	b, err := h.s.k.Read(h.tid, fd, n)
	return b, errnoOf(err)
}

func (h *host) Write(fd int, b []byte) (int, error) {
	h.syscall()
	h.ignoreSIGPIPE(fd)
	n, err := h.s.k.Write(h.tid, fd, b)
	return n, errnoOf(err)
}

func (h *host) Close(fd int) error {
	h.syscall()
	return errnoOf(h.s.k.Close(h.tid, fd))
}

func (h *host) Select(fds []int, timeout float64) ([]int, error) {
	h.syscall()
	d := kernel.Duration(-1)
	if timeout >= 0 {
		d = kernel.Duration(timeout * 1e9)
	}
	ready, err := h.s.k.Poll(h.tid, fds, d)
	return ready, errnoOf(err)
}

// Getpgid is getpgid(2): pid 0 is the caller.
func (h *host) Getpgid(pid int) (int, error) {
	p := kernel.PID(pid)
	if pid == 0 {
		p = h.pid
	}
	g, err := h.s.k.Getpgid(p)
	return int(g), errnoOf(err)
}

func (h *host) Setpgid(pid, pgid int) error {
	return errnoOf(h.s.k.Setpgid(h.pid, kernel.PID(pid), kernel.PID(pgid)))
}

func (h *host) Now() float64 { return float64(h.s.k.Now()-h.s.t0) / 1e9 }

func (h *host) Exec(argv []string, passFDs []int) error {
	return h.s.exec(h.pid, argv, passFDs)
}

// CancelBlocked forgets a blocked call's remembered deadline when the
// interpreter abandons the call (a signal handler raised; PEP 475).
func (h *host) CancelBlocked() {
	h.timer.sleeping, h.timer.pausing, h.timer.pauseDone = false, false, false
	h.timer.sigwaiting = false
	h.s.k.CancelRetry(h.tid)
}

// IsATTY is isatty(3) on the caller's fd.
func (h *host) IsATTY(fd int) bool { return h.s.k.IsTerminal(h.tid, fd) }
