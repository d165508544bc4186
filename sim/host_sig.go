// The host's side of blocked signals (pyvm.SigMasks): pthread_sigmask,
// sigpending and the sigwait family on the kernel's masks
// (sim/kernel/sigmask.go), with the interval timer's SIGALRM sent while a
// sigwait sleeps, as Linux's timer does whatever the process is doing.

package sim

import (
	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

var _ pyvm.SigMasks = (*host)(nil)

func (h *host) SigMask(how int, set uint64) (uint64, error) {
	h.syscall()
	old, err := h.s.k.SetSigMask(h.tid, kernel.How(how), kernel.SigMask(set))
	h.notifyPending()
	return uint64(old), errnoOf(err)
}

func (h *host) SigPending() uint64 {
	h.syscall()
	return uint64(h.s.k.SigPending(h.tid))
}

// SigWait waits for a signal of set. The wait's own timeout and the
// interval timer's expiry, whichever comes first, bound each sleep: at the
// timer's, SIGALRM is sent (it may be what the wait waits for) and the
// wait goes on.
func (h *host) SigWait(set uint64, timeout float64, restart bool) (pyvm.SigInfo, error) {
	h.s.charge(h.s.costs.Syscall)
	t := &h.timer
	if !t.sigwaiting {
		t.sigwaiting, t.sigTimed = true, timeout >= 0
		if t.sigTimed {
			t.sigEnd = h.s.k.Now().Add(kernel.Duration(timeout * 1e9))
		}
	}
	// Each round sends a due SIGALRM or ends the wait: two suffice (the
	// bound only guards against a clock that does not move).
	for range 4 {
		h.fireTimer()
		now := h.s.k.Now()
		left := kernel.Duration(-1)
		if t.sigTimed {
			left = max(kernel.Duration(t.sigEnd-now), 0)
		}
		if t.set && (left < 0 || kernel.Duration(t.at-now) < left) {
			left = max(kernel.Duration(t.at-now), 1)
		}
		sig, info, err := h.s.k.SigWait(h.tid, kernel.SigMask(set), left, restart)
		switch err {
		case nil:
			t.sigwaiting = false
			pid := int(info.From)
			if info.Code == kernel.SiKernel {
				pid = 0
			}
			return pyvm.SigInfo{Signo: int(sig), Code: info.Code, PID: pid, Status: info.Status}, nil
		case kernel.EAGAIN:
			if t.sigTimed && h.s.k.Now() >= t.sigEnd {
				t.sigwaiting = false
				return pyvm.SigInfo{}, pyvm.Errno(kernel.EAGAIN)
			}
			continue // the timer's expiry: send SIGALRM, wait again
		case kernel.EINTR:
			// A handled signal: its handler runs, then the call is
			// made again (PEP 475).
			h.notifyPending()
			return pyvm.SigInfo{}, pyvm.ErrBlocked
		}
		return pyvm.SigInfo{}, errnoOf(err)
	}
	return pyvm.SigInfo{}, pyvm.ErrBlocked
}

// notifyPending tells the interpreter that a handled signal waits, so that
// it runs the handler before its next instruction (a mask that let one
// through, a sigwait interrupted).
func (h *host) notifyPending() {
	if p := h.s.procs[h.pid]; p != nil && h.s.k.HasPendingSignal(h.pid) {
		p.in.NotifySignal()
	}
}
