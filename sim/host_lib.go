// The host methods behind the everyday library (pyvm.LibHost): sessions,
// waitid and wait4, ITIMER_REAL (signal.alarm, setitimer) and pause,
// entropy, and a small file system: regular files the programs write,
// /dev/null, and a procfs generated from the process table.
//
// Sessions are not in the kernel model; System.lib keeps each process's
// session id here (inherited at fork, set by setsid), and a process not
// listed is in the session of the shell that started the main process.
//
// ITIMER_REAL is per process (POSIX: not inherited by fork) and lives in
// the host. The kernel has no timer for it, so it fires when the process
// makes a system call or starts a line after it is due (System.timerDue:
// a busy loop is interrupted as on Linux), and a sleep or pause that would
// outlast it sleeps only until it is due (a poll deadline wakes it): then
// SIGALRM is sent, its handler runs, and the sleep goes on to its own end
// (PEP 475). A process blocked in wait or read past the alarm is not woken
// by it.

package sim

import (
	"encoding/binary"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

// libState is the system-wide state of the library's host calls.
type libState struct {
	sids  map[kernel.PID]kernel.PID
	files map[string][]byte // regular files by absolute path
	modes map[string]int    // permission bits chmod set (a written file is 0644)
	dirs  map[string]bool   // directories the programs made (os.mkdir)
	// sigintArmed: interpreters whose SIGINT disposition armSIGINT set.
	sigintArmed map[*pyvm.Interp]bool
}

// hostTimer is one process's ITIMER_REAL and the sleep or pause it may
// interrupt.
type hostTimer struct {
	set       bool
	at        kernel.Time
	every     kernel.Duration
	sleeping  bool        // a Sleep is in progress (across retries)
	sleepEnd  kernel.Time // when it ends
	pausing   bool        // a Pause has blocked once
	pauseDone bool        // its next retry returns
	wakeArmed bool        // timedBlock armed a poll deadline
	entropy   uint64      // Urandom calls so far
	// A SigWait in progress (across retries), and when its timeout ends
	// (sigTimed false: none).
	sigwaiting, sigTimed bool
	sigEnd               kernel.Time
}

// sid is pid's session.
func (s *System) sid(pid kernel.PID) kernel.PID {
	if sid, ok := s.lib.sids[pid]; ok {
		return sid
	}
	// The shell that started the main process leads the default session.
	if info, ok := s.k.Process(s.main); ok && s.main != 0 {
		if sh, ok := s.lib.sids[0]; ok {
			return sh
		}
		if s.lib.sids == nil {
			s.lib.sids = map[kernel.PID]kernel.PID{}
		}
		s.lib.sids[0] = info.PPID
		return info.PPID
	}
	return 1
}

func (s *System) setSid(pid, sid kernel.PID) {
	if s.lib.sids == nil {
		s.lib.sids = map[kernel.PID]kernel.PID{}
	}
	s.lib.sids[pid] = sid
}

// forkedSession gives a fork child its parent's session.
func (s *System) forkedSession(parent, child kernel.PID) {
	if sid, ok := s.lib.sids[parent]; ok {
		s.setSid(child, sid)
	}
}

func (h *host) Getsid(pid int) (int, error) {
	h.syscall()
	p := kernel.PID(pid)
	if pid == 0 {
		p = h.pid
	}
	if _, ok := h.s.k.Process(p); !ok {
		return 0, pyvm.ESRCH
	}
	return int(h.s.sid(p)), nil
}

// Setsid is setsid(2): EPERM for a process group leader; otherwise the
// caller leads a new session and a new group, both with its pid.
func (h *host) Setsid() (int, error) {
	h.syscall()
	if g, _ := h.s.k.Getpgid(h.pid); g == h.pid {
		return 0, pyvm.EPERM
	}
	if err := h.s.k.Setpgid(h.pid, h.pid, h.pid); err != nil {
		return 0, errnoOf(err)
	}
	h.s.setSid(h.pid, h.pid)
	return int(h.pid), nil
}

// Waitid reports a child as siginfo_t (kernel/exit.c wait_task_zombie,
// wait_task_stopped, wait_task_continued fill si_code and si_status).
func (h *host) Waitid(idtype, id, options int) (pyvm.WaitInfo, error) {
	if h.timerInterrupts() {
		return pyvm.WaitInfo{}, pyvm.ErrBlocked
	}
	res, err := h.s.k.Waitid(h.tid, kernel.IDType(idtype), id, options)
	if err != nil {
		return pyvm.WaitInfo{}, h.timedBlock(errnoOf(err), func() error {
			_, err := h.s.k.Waitid(h.tid, kernel.IDType(idtype), id, options)
			return errnoOf(err)
		})
	}
	h.timerWakeDone()
	if res.PID == 0 {
		return pyvm.WaitInfo{}, nil
	}
	info := pyvm.WaitInfo{PID: int(res.PID), Signo: int(kernel.SIGCHLD)}
	st := res.Status
	switch {
	case st.Continued():
		info.Code, info.Status = pyvm.CLDContinued, int(kernel.SIGCONT)
	case st.Stopped():
		info.Code, info.Status = pyvm.CLDStopped, int(st.StopSignal())
	case st.Signaled() && st.CoreDump():
		info.Code, info.Status = pyvm.CLDDumped, int(st.Signal())
	case st.Signaled():
		info.Code, info.Status = pyvm.CLDKilled, int(st.Signal())
	default:
		info.Code, info.Status = pyvm.CLDExited, st.ExitStatus()
	}
	return info, nil
}

// simMaxRSS is the resident set a CPython process reports, in kB (about
// what 3.11 shows on this machine for a small script).
const simMaxRSS = 9600

// Wait4 is Waitpid plus the reaped child's CPU time, read from its zombie
// row before the wait reaps it.
func (h *host) Wait4(pid, options int) (int, int, pyvm.Rusage, error) {
	cpu := map[kernel.PID]kernel.Duration{}
	if me, ok := h.s.k.Process(h.pid); ok {
		for _, c := range me.Children {
			if info, ok := h.s.k.Process(c); ok && info.State == kernel.StateZombie {
				cpu[c] = info.CPU
			}
		}
	}
	rpid, status, err := h.Waitpid(pid, options)
	if err != nil || rpid == 0 {
		return rpid, status, pyvm.Rusage{}, err
	}
	return rpid, status, pyvm.Rusage{UTime: float64(cpu[kernel.PID(rpid)]) / 1e9, MaxRSS: simMaxRSS}, nil
}

// bootTime is how long the simulated machine has been up when a run starts
// (os.times().elapsed counts from boot).
const bootTime = 1000 * kernel.Duration(1e9)

func (h *host) Times() pyvm.ProcTimes {
	h.syscall()
	t := pyvm.ProcTimes{Elapsed: float64(kernel.Duration(h.s.k.Now())+bootTime) / 1e9}
	if info, ok := h.s.k.Process(h.pid); ok {
		t.User = float64(info.CPU) / 1e9
	}
	return t
}

func (h *host) timerLeft() (float64, float64) {
	if !h.timer.set {
		return 0, 0
	}
	left := max(kernel.Duration(h.timer.at-h.s.k.Now()), 1000) // a due timer reports a microsecond
	return float64(left) / 1e9, float64(h.timer.every) / 1e9
}

func (h *host) SetITimer(value, interval float64) (float64, float64) {
	h.syscall()
	ov, oi := h.timerLeft()
	h.timer.set = value > 0
	h.timer.at = h.s.k.Now().Add(kernel.Duration(value * 1e9))
	h.timer.every = kernel.Duration(interval * 1e9)
	return ov, oi
}

func (h *host) GetITimer() (float64, float64) {
	h.syscall()
	return h.timerLeft()
}

// fireTimer sends SIGALRM if the timer is due and rearms an interval timer.
func (h *host) fireTimer() bool {
	t := &h.timer
	now := h.s.k.Now()
	if !t.set || now < t.at {
		return false
	}
	if t.every > 0 {
		for t.at <= now {
			t.at = t.at.Add(t.every)
		}
	} else {
		t.set = false
	}
	h.s.k.TimerSignal(h.pid, kernel.SIGALRM)
	return true
}

// timerInterrupts is the start of a blocking call: the system call's
// charge, and if the interval timer fired and its signal is handled, the
// call stops (ErrBlocked) so that the interpreter runs the handler before
// retrying it, as after EINTR (PEP 475).
func (h *host) timerInterrupts() bool {
	h.s.charge(h.s.costs.Syscall)
	if !h.fireTimer() || !h.s.k.HasPendingSignal(h.pid) {
		return false
	}
	if p := h.s.procs[h.pid]; p != nil {
		p.in.NotifySignal()
	}
	return true
}

// timedBlock: a wait that blocks while the interval timer is armed also
// arms a poll deadline at the timer's expiry, so that SIGALRM interrupts
// the wait as it does on Linux. Poll blocks the process as a reader, so
// the wait is made again to sleep as a waiter (a child's exit wakes only
// those).
func (h *host) timedBlock(err error, again func() error) error {
	if err != pyvm.ErrBlocked || !h.timer.set || h.timer.wakeArmed {
		return err
	}
	h.timer.wakeArmed = true
	_, _ = h.s.k.Poll(h.tid, nil, max(kernel.Duration(h.timer.at-h.s.k.Now()), 1))
	return again()
}

// timerWakeDone forgets the poll deadline timedBlock armed.
func (h *host) timerWakeDone() {
	if h.timer.wakeArmed {
		h.timer.wakeArmed = false
		_, _ = h.s.k.Poll(h.tid, nil, 0)
	}
}

// wakeAtTimer sleeps until the timer is due (a poll deadline); it returns
// nil once it is due and has fired.
func (h *host) wakeAtTimer() error {
	if _, err := h.s.k.Poll(h.tid, nil, kernel.Duration(h.timer.at-h.s.k.Now())); err != nil {
		return errnoOf(err)
	}
	h.fireTimer()
	return nil
}

// Sleep is time.sleep: nanosleep, interrupted by the interval timer.
func (h *host) Sleep(seconds float64) error {
	t := &h.timer
	if !t.sleeping {
		t.sleeping, t.sleepEnd = true, h.s.k.Now().Add(kernel.Duration(seconds*1e9))
	}
	if h.fireTimer() {
		return pyvm.ErrBlocked // take SIGALRM, then retry
	}
	if t.set && t.at < t.sleepEnd {
		if err := h.wakeAtTimer(); err != nil {
			return err
		}
		return pyvm.ErrBlocked
	}
	// A retry can come after the end (a woken thread waited for the GIL):
	// the kernel then sees the remembered deadline passed, not a negative
	// duration (EINVAL).
	left := kernel.Duration(t.sleepEnd - h.s.k.Now())
	if left < 0 {
		left = 0
	}
	err := h.s.k.Nanosleep(h.tid, left)
	if err == nil {
		t.sleeping = false
		_, _ = h.s.k.Poll(h.tid, nil, 0) // forget a timer wake-up left armed
	} else if !h.s.opt.Python.AtLeast(3, 11) {
		if p, ok := h.s.k.Process(h.pid); ok && strings.HasPrefix(p.Comm, "python") {
			h.s.k.Selecting(h.tid) // 3.8-3.10 sleep in select (ps's WCHAN)
		}
	}
	return errnoOf(err)
}

// Pause is signal.pause: it sleeps until a signal arrives. Its first call
// blocks; a retry means the process was woken: by the interval timer (send
// SIGALRM, and return after its handler ran) or by a signal whose handler
// has run (return).
func (h *host) Pause() error {
	t := &h.timer
	if t.pauseDone || (t.pausing && !(t.set && h.s.k.Now() >= t.at)) {
		t.pausing, t.pauseDone = false, false
		_, _ = h.s.k.Poll(h.tid, nil, 0) // forget a timer wake-up left armed
		return nil
	}
	h.syscall()
	if t.pausing || h.fireTimer() {
		_, _ = h.s.k.Poll(h.tid, nil, 0)
		h.fireTimer()
		t.pausing, t.pauseDone = true, true
		return pyvm.ErrBlocked // take SIGALRM, then return
	}
	t.pausing = true
	timeout := kernel.Duration(-1)
	if t.set {
		timeout = kernel.Duration(t.at - h.s.k.Now())
	}
	_, _ = h.s.k.Poll(h.tid, nil, timeout) // blocks, or EINTR: a signal is pending
	h.s.k.Pausing(h.tid)
	return pyvm.ErrBlocked
}

// Urandom is a splitmix64 stream per process, seeded by the run's seed, the
// pid and the number of calls, so a run replays exactly.
func (h *host) Urandom(n int) []byte {
	h.syscall()
	h.timer.entropy++
	x := h.s.opt.Seed ^ uint64(h.pid)<<32 ^ h.timer.entropy*0x9e3779b97f4a7c15
	b := make([]byte, 0, n+8)
	for len(b) < n {
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		b = binary.LittleEndian.AppendUint64(b, z^z>>31)
	}
	return b[:n]
}

// armSIGINT gives the Python processes a kill to target names, and that
// still leave SIGINT to CPython's start-up handler (default_int_handler),
// the kernel disposition "handled", so the signal reaches the interpreter
// and raises KeyboardInterrupt. CPython sets it when it starts; the
// simulator sets it when it first matters, so that runs that never send
// SIGINT keep their traces.
func (h *host) armSIGINT(target int) {
	var pids []kernel.PID
	switch {
	case target > 0:
		pids = []kernel.PID{kernel.PID(target)}
	case target == 0 || target < -1:
		g := kernel.PID(-target)
		if target == 0 {
			g, _ = h.s.k.Getpgid(h.pid)
		}
		for _, p := range h.s.k.Snapshot().Procs {
			if p.PGID == g {
				pids = append(pids, p.PID)
			}
		}
	}
	for _, pid := range pids {
		p := h.s.procs[pid]
		if p == nil || !p.in.SIGINTRaises() || h.s.lib.sigintArmed[p.in] {
			continue
		}
		if h.s.lib.sigintArmed == nil {
			h.s.lib.sigintArmed = map[*pyvm.Interp]bool{}
		}
		h.s.lib.sigintArmed[p.in] = true
		old, err := h.s.k.SetSignalAction(pid, kernel.SIGINT, kernel.SigAction{Handler: kernel.SigHandler})
		if err == nil && old.Handler == kernel.SigIgnore {
			_, _ = h.s.k.SetSignalAction(pid, kernel.SIGINT, old)
		}
	}
}

// ignoreSIGPIPE gives a Python process that is about to write to a broken
// pipe the SIG_IGN disposition for SIGPIPE that CPython sets at start-up
// (Python/pylifecycle.c init_signals), so the write fails with EPIPE
// (BrokenPipeError) instead of killing it. Like armSIGINT, it is set when
// it first matters, so other runs keep their traces.
func (h *host) ignoreSIGPIPE(fd int) {
	p := h.s.procs[h.pid]
	if p == nil || !p.in.SIGPIPEIgnored() || !h.s.k.PipeBroken(h.tid, fd) {
		return
	}
	old, err := h.s.k.SetSignalAction(h.tid, kernel.SIGPIPE, kernel.SigAction{Handler: kernel.SigIgnore})
	if err == nil && old.Handler != kernel.SigDefault {
		_, _ = h.s.k.SetSignalAction(h.tid, kernel.SIGPIPE, old)
	}
}

// PidfdOpen is pidfd_open(2) (sim/kernel/pidfd.go).
func (h *host) PidfdOpen(pid, flags int) (int, error) {
	h.syscall()
	fd, err := h.s.k.PidfdOpen(h.tid, pid, flags)
	return fd, errnoOf(err)
}

// PidfdSendSignal is pidfd_send_signal(2) without siginfo.
func (h *host) PidfdSendSignal(fd, sig, flags int) error {
	h.syscall()
	if pid := h.s.k.PidfdPID(h.tid, fd); sig == int(kernel.SIGINT) && pid > 0 {
		h.armSIGINT(int(pid))
	}
	err := h.s.k.PidfdSendSignal(h.tid, fd, kernel.Signal(sig), flags)
	if p := h.s.procs[h.pid]; p != nil && h.s.k.HasPendingSignal(h.pid) {
		p.in.NotifySignal() // to itself: taken before the next bytecode (Kill)
	}
	return errnoOf(err)
}
