// Threads and semaphores for the interpreter (pyvm.ThreadHost): a thread is
// a kernel task of its process with a host of its own, run by the same
// interpreter; locks and the GIL are kernel semaphores.

package sim

import (
	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

var _ pyvm.ThreadHost = (*host)(nil)

// StartThread is clone(CLONE_THREAD): the new task is scheduled like any
// other, and the interpreter runs it when the kernel picks it.
func (h *host) StartThread() (int, pyvm.Host, error) {
	h.syscall()
	tid, err := h.s.k.StartThread(h.tid)
	if err != nil {
		return 0, nil, errnoOf(err)
	}
	owner := h.s.procs[h.pid]
	if owner == nil {
		return 0, nil, pyvm.ESRCH
	}
	th := &host{s: h.s, pid: h.pid, tid: tid}
	h.s.setProc(tid, &proc{pid: tid, in: owner.in, owner: owner})
	h.s.k.Charge(tid, h.s.costs.ThreadStart.draw(h.s.rng))
	return int(tid), th, nil
}

// ExitThread ends the calling thread's task.
func (h *host) ExitThread() { h.s.k.ExitThread(h.tid) }

func (h *host) GILOpen() (int, error) {
	n, err := h.s.k.GILOpen(h.tid)
	return n, errnoOf(err)
}

func (h *host) SemOpen(name string, value int, create bool) (int, error) {
	n, err := h.s.k.SemOpen(h.tid, name, value, create)
	return n, errnoOf(err)
}

// SemWait converts the timeout to the kernel's (< 0: none, 0: try). A
// handled signal for the main thread (EINTR) becomes a retry after its
// handler, as CPython's lock acquire does (PEP 475 style). While the
// process's interval timer is armed, a lock wait is one of the blocking
// calls SIGALRM interrupts (timedBlock, as for waitpid): a lock acquire
// sleeps in futex(2), which the signal ends with EINTR. A wait for the GIL
// is not: take_gil's condition wait goes on.
func (h *host) SemWait(sem int, timeout float64) (bool, error) {
	d := kernel.Duration(-1)
	if timeout >= 0 {
		d = kernel.Duration(timeout * 1e9)
		if d == 0 && timeout > 0 {
			d = 1
		}
	}
	timed := (h.timer.set || h.timer.wakeArmed) && !h.s.k.SemIsGIL(h.tid, sem)
	if timed && h.timerInterrupts() {
		// The handler runs, then the wait is made again, arming the
		// next expiry of an interval timer anew.
		h.timerWakeDone()
		return false, pyvm.ErrBlocked
	}
	ok, err := h.s.k.SemWait(h.tid, sem, d)
	if err == kernel.EINTR {
		return false, pyvm.ErrBlocked
	}
	if timed {
		if perr := errnoOf(err); perr == pyvm.ErrBlocked {
			return false, h.timedBlock(perr, func() error {
				_, err := h.s.k.SemWait(h.tid, sem, d)
				return errnoOf(err)
			})
		}
		h.timerWakeDone()
	}
	return ok, errnoOf(err)
}

func (h *host) SemPost(sem int) error { return errnoOf(h.s.k.SemPost(h.tid, sem)) }

func (h *host) SemValue(sem int) (int, error) {
	n, err := h.s.k.SemValue(h.tid, sem)
	return n, errnoOf(err)
}

func (h *host) SemUnlink(name string) error { return errnoOf(h.s.k.SemUnlink(name)) }
