// Process file descriptors (kernel/pid.c pidfd_open, kernel/signal.c
// pidfd_send_signal, kernel/exit.c waitid's P_PIDFD; Linux 5.3-5.4, the
// calls CPython 3.9 wraps): a descriptor that names one process, not a
// pid number that may be reused. It becomes readable when the process
// has exited (a zombie or reaped: pidfd_poll's thread_group_exited), which
// is how a parent can wait for a child in select/poll beside its pipes;
// waitid(P_PIDFD, fd) reaps exactly that child; a signal sent through it
// never reaches a process that took the pid over.

package kernel

// PidfdNonblock is PIDFD_NONBLOCK (O_NONBLOCK): waitid(P_PIDFD) on the
// descriptor returns EAGAIN instead of sleeping.
const PidfdNonblock = 0o4000

// PidfdOpen is pidfd_open(2): a close-on-exec descriptor for process pid.
// ESRCH if no process has that pid (a zombie still has it); EINVAL for a
// pid that is not a process's main thread, a pid <= 0 or unknown flags.
func (k *Kernel) PidfdOpen(caller PID, pid int, flags int) (int, error) {
	p, err := k.caller(caller)
	if err != nil {
		return -1, err
	}
	if pid <= 0 || flags&^PidfdNonblock != 0 {
		return -1, EINVAL
	}
	t := k.task(PID(pid))
	switch {
	case t == nil:
		return -1, ESRCH
	case t.main() != t:
		return -1, EINVAL // a thread: only PIDFD_THREAD (6.9) names one
	}
	if !p.freeFDs(1) {
		return -1, EMFILE
	}
	fd := p.installFD(&file{kind: filePidfd, refs: 1, target: t, nonblock: flags&PidfdNonblock != 0})
	p.setCloexec(fd, true)
	return fd, nil
}

// pidfdTarget is the process fd of the caller names, if it is a pidfd
// (EBADF otherwise, as pidfd_get_pid), and whether that process is still
// in the table (a zombie is; a reaped one is not, even if its pid was
// reused).
func (k *Kernel) pidfdTarget(p *process, fd int) (*process, *file, bool, error) {
	f := p.file(fd)
	if f == nil || f.kind != filePidfd {
		return nil, nil, false, EBADF
	}
	return f.target, f, k.procs[f.target.pid] == f.target, nil
}

// pidfd_send_signal's flags (Linux 6.9): whom the signal goes to.
const (
	PidfdSignalThread       = 1 << 0
	PidfdSignalThreadGroup  = 1 << 1
	PidfdSignalProcessGroup = 1 << 2
)

// PidfdSendSignal is pidfd_send_signal(2) with no siginfo: kill(2) of
// the process the descriptor names (its group with
// PIDFD_SIGNAL_PROCESS_GROUP); ESRCH once it has been reaped. At most one
// flag; the thread and thread-group scopes are the same for the process's
// main thread.
func (k *Kernel) PidfdSendSignal(caller PID, fd int, sig Signal, flags int) error {
	p, err := k.caller(caller)
	if err != nil {
		return err
	}
	t, _, present, err := k.pidfdTarget(p, fd)
	if err != nil {
		return err
	}
	switch flags {
	case 0, PidfdSignalThread, PidfdSignalThreadGroup, PidfdSignalProcessGroup:
	default:
		return EINVAL
	}
	if sig != 0 && !sig.Valid() {
		return EINVAL
	}
	if !present {
		return ESRCH
	}
	if flags == PidfdSignalProcessGroup {
		return k.Kill(p.pid, -t.pgid, sig)
	}
	if sig == 0 || t.state == StateZombie {
		return nil // a zombie takes no signal, but the call succeeds
	}
	k.deliver(t, sig, killInfo(p.pid))
	return nil
}

// PidfdPID is the pid of the process caller's fd names while it is in the
// table, else 0.
func (k *Kernel) PidfdPID(caller PID, fd int) PID {
	p := k.task(caller)
	if p == nil {
		return 0
	}
	if t, _, present, err := k.pidfdTarget(p, fd); err == nil && present {
		return t.pid
	}
	return 0
}

// exitedForPidfd reports what makes a pidfd readable: its process has
// exited, all threads included.
func (f *file) exitedForPidfd() bool { return f.target.exited }

// exitQueue is where pollers of a process's pidfds sleep (pidfd_wait
// in struct signal_struct), made on first use.
func (p *process) exitQueue() *pipe {
	if p.exitQ == nil {
		p.exitQ = &pipe{id: -1}
	}
	return p.exitQ
}
