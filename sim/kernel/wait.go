// Waiting for children: wait4/waitpid and waitid (kernel/exit.c
// kernel_wait4, kernel_waitid, do_wait, wait_consider_task,
// wait_task_zombie).

package kernel

import "math"

// Option bits of wait4 and waitid (include/uapi/linux/wait.h).
const (
	WNOHANG    = 0x1
	WUNTRACED  = 0x2
	WSTOPPED   = WUNTRACED
	WEXITED    = 0x4
	WCONTINUED = 0x8
	WNOWAIT    = 0x01000000
)

// WaitOptions are wait4's pid and options arguments. Pid > 0 waits for that
// child, -1 for any child, 0 for any child in the caller's process group at
// the time of the call, < -1 for any child in process group -Pid.
type WaitOptions struct {
	Pid     int
	Options int
}

// WaitResult is what a wait reports. PID 0 (with WNOHANG) means children
// match but none has anything to report yet — not an error, unlike ECHILD.
type WaitResult struct {
	PID    PID
	Status WaitStatus
}

// IDType is waitid's idtype.
type IDType int

// The idtypes (include/uapi/linux/wait.h).
const (
	PAll  IDType = 0
	PPID  IDType = 1
	PPGID IDType = 2
	// PPIDFD: id is a pidfd of the caller (pidfd.go; Linux 5.4).
	PPIDFD IDType = 3
)

type matchKind uint8

const (
	matchAny matchKind = iota
	matchPID
	matchPGID
)

// waitQuery is struct wait_opts: which children, and what to do.
type waitQuery struct {
	kind      matchKind
	id        int64 // a pid or pgid; int64 so that no pid_t truncation can match
	nohang    bool
	nowait    bool // WNOWAIT: report but leave the child waitable
	exited    bool // WEXITED: wait4 always sets it
	stopped   bool // WUNTRACED / WSTOPPED
	continued bool // WCONTINUED
}

// eligible is eligible_pid: does child c match the query?
func (q waitQuery) eligible(c *process) bool {
	switch q.kind {
	case matchPID:
		return int64(c.pid) == q.id
	case matchPGID:
		return int64(c.pgid) == q.id
	}
	return true
}

// Wait is wait4(pid, &status, options, NULL) for the process caller.
// Options other than WNOHANG, WUNTRACED and WCONTINUED give EINVAL, Pid ==
// INT_MIN gives ESRCH (kernel_wait4: "-INT_MIN is not defined", LTP
// wait403), in that order. A blocking wait with nothing to report puts the
// caller to sleep and returns ErrBlocked; retry it when Next returns the
// caller. WUNTRACED reports a stop once (Stopped(sig)), WCONTINUED a
// continue once (Continued); neither reaps.
func (k *Kernel) Wait(caller PID, opt WaitOptions) (WaitResult, error) {
	p, err := k.caller(caller)
	if err != nil {
		return WaitResult{}, err
	}
	if opt.Options&^(WNOHANG|WUNTRACED|WCONTINUED) != 0 {
		return WaitResult{}, EINVAL
	}
	if opt.Pid == math.MinInt32 {
		return WaitResult{}, ESRCH
	}
	q := waitQuery{
		id:        int64(opt.Pid),
		nohang:    opt.Options&WNOHANG != 0,
		exited:    true,
		stopped:   opt.Options&WUNTRACED != 0,
		continued: opt.Options&WCONTINUED != 0,
	}
	switch {
	case opt.Pid == -1:
		q.kind = matchAny
	case opt.Pid < 0:
		q.kind, q.id = matchPGID, -q.id
	case opt.Pid == 0:
		q.kind, q.id = matchPGID, int64(p.pgid)
	default:
		q.kind = matchPID
	}
	res, err := k.doWait(p, q)
	// What a wait found without reaping is an event too: a poll that finds
	// its child still running (WNOHANG → 0), or the SIG_IGN trap's ECHILD.
	switch {
	case err == nil && res.PID == 0:
		k.emit(Event{Kind: EventWaitNone, PID: caller, WaitPID: PID(opt.Pid), Options: opt.Options})
	case err != nil && err != ErrBlocked:
		if e, ok := err.(Errno); ok {
			k.emit(Event{Kind: EventWaitFailed, PID: caller, WaitPID: PID(opt.Pid), Options: opt.Options, Errno: e})
		}
	}
	return res, err
}

// Waitid is waitid(idtype, id, &info, options) for the process caller,
// reporting exits, stops and continues as asked. The checks follow kernel_waitid: unknown option bits
// or none of WEXITED, WSTOPPED, WCONTINUED → EINVAL (LTP waitid02); P_PID
// with id ≤ 0, P_PGID with id < 0, or another idtype → EINVAL; P_PGID 0 is
// the caller's group. WNOWAIT reports a zombie without reaping it.
func (k *Kernel) Waitid(caller PID, idtype IDType, id int, options int) (WaitResult, error) {
	p, err := k.caller(caller)
	if err != nil {
		return WaitResult{}, err
	}
	if options&^(WNOHANG|WNOWAIT|WEXITED|WSTOPPED|WCONTINUED) != 0 ||
		options&(WEXITED|WSTOPPED|WCONTINUED) == 0 {
		return WaitResult{}, EINVAL
	}
	q := waitQuery{
		id:        int64(id),
		nohang:    options&WNOHANG != 0,
		nowait:    options&WNOWAIT != 0,
		exited:    options&WEXITED != 0,
		stopped:   options&WSTOPPED != 0,
		continued: options&WCONTINUED != 0,
	}
	switch {
	case idtype == PAll:
		q.kind = matchAny
	case idtype == PPID && id > 0:
		q.kind = matchPID
	case idtype == PPGID && id > 0:
		q.kind = matchPGID
	case idtype == PPGID && id == 0:
		q.kind, q.id = matchPGID, int64(p.pgid)
	case idtype == PPIDFD && id >= 0:
		t, f, present, err := k.pidfdTarget(p, id)
		if err != nil {
			return WaitResult{}, err
		}
		if !present {
			// Reaped: its pid may name another child by now, which
			// the descriptor does not.
			return WaitResult{}, ECHILD
		}
		q.kind, q.id = matchPID, int64(t.pid)
		if f.nonblock && !q.nohang {
			// kernel_waitid: a PIDFD_NONBLOCK descriptor makes the
			// wait WNOHANG, and nothing to report EAGAIN.
			q.nohang = true
			res, err := k.doWait(p, q)
			if err == nil && res.PID == 0 {
				return res, EAGAIN
			}
			return res, err
		}
	default:
		return WaitResult{}, EINVAL
	}
	return k.doWait(p, q)
}

// doWait is do_wait over the caller's children in list order (oldest first,
// adopted ones at the end). The first eligible child with something to
// report wins: a zombie (reaped unless WNOWAIT), else an unreported stop
// (wait_task_stopped) or continue (wait_task_continued), if asked for;
// WNOWAIT leaves them reportable. Otherwise: ECHILD if no live child is eligible
// (notask_error); 0 with WNOHANG; EINTR if a handled signal is pending
// (-ERESTARTSYS; CPython retries after running the handler, PEP 475); else
// the caller sleeps until an eligible child exits.
//
// With SIGCHLD ignored no child ever becomes a zombie, so a blocking wait
// simply sleeps until no eligible child is left and then gets ECHILD — the
// POSIX rule of wait(2) NOTES falls out of the model.
func (k *Kernel) doWait(p *process, q waitQuery) (WaitResult, error) {
	alive := false
	for _, c := range p.children {
		if !q.eligible(c) {
			continue
		}
		if c.state == StateZombie {
			if !q.exited {
				continue // wait_task_zombie returns 0 without WEXITED
			}
			res := WaitResult{PID: c.pid, Status: c.status}
			if !q.nowait {
				k.reap(p, c)
			}
			return res, nil
		}
		alive = true
		if res, ok := takeJobControlReport(c, q); ok {
			return res, nil
		}
	}
	switch {
	case !alive:
		return WaitResult{}, ECHILD
	case q.nohang:
		return WaitResult{}, nil
	case k.hasHandledPending(p):
		return WaitResult{}, EINTR
	}
	p.waitQuery = q
	return WaitResult{}, k.block(p, SleepWait, deadline{})
}

// takeJobControlReport returns c's unreported stop or continue if q asks
// for it, and marks it reported unless WNOWAIT.
func takeJobControlReport(c *process, q waitQuery) (WaitResult, bool) {
	switch {
	case q.stopped && c.stopReport != 0:
		res := WaitResult{PID: c.pid, Status: Stopped(c.stopReport)}
		if !q.nowait {
			c.stopReport = 0
		}
		return res, true
	case q.continued && c.contReport:
		if !q.nowait {
			c.contReport = false
		}
		return WaitResult{PID: c.pid, Status: Continued}, true
	}
	return WaitResult{}, false
}

// wakeWaiter is child_wait_callback: parent wakes if it sleeps in a wait
// that c is eligible for, whatever happened to c (exit, stop, continue) and
// whatever the wait asked for; a wait that has nothing to report sleeps
// again.
func (k *Kernel) wakeWaiter(parent, c *process) {
	parent.tasks(func(t *process) {
		if t.state == StateSleeping && t.sleep == SleepWait && t.waitQuery.eligible(c) {
			k.wake(t)
		}
	})
}
