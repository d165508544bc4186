// Process creation: fork (kernel/fork.c copy_process) and exec
// (fs/exec.c begin_new_exec).

package kernel

// Fork creates a child of parent and returns its pid. The child copies the
// parent's fd table (each open file gains a reference), signal dispositions,
// process group and command line; it has no pending signals (fork(2)) and is
// not a child subreaper (PR_SET_CHILD_SUBREAPER is not inherited, prctl(2),
// LTP prctl03). It is runnable at the parent's time, queued behind the
// parent. EAGAIN when PidsLimit processes are in the table (pids cgroup,
// kernel/cgroup/pids.c pids_can_fork) or no pid is free.
func (k *Kernel) Fork(parent PID) (PID, error) {
	p, err := k.caller(parent)
	if err != nil {
		return 0, err
	}
	c, err := k.fork(p)
	if err != nil {
		return 0, err
	}
	return c.pid, nil
}

func (k *Kernel) fork(t *process) (*process, error) {
	p := t.main() // a thread's child is its process's child (getppid)
	// kernel/cgroup/pids.c pids_can_fork: the charge is to the parent's
	// cgroup, which the child joins.
	if p.cgroup && k.cfg.PidsLimit > 0 && k.inCgroup >= k.cfg.PidsLimit {
		return nil, k.forkFailed(t, EAGAIN)
	}
	pid, err := k.allocPID()
	if err != nil {
		return nil, k.forkFailed(t, EAGAIN)
	}
	c := k.newProcess(pid, p, TaskUser, p.cmdline)
	c.actions = p.actions
	c.blocked = t.blocked // the forking thread's mask; nothing pending
	if p.cgroup {
		c.cgroup = true
		k.inCgroup++
	}
	c.cloexec = append([]bool(nil), p.cloexec...)
	c.fds = make([]*file, len(p.fds))
	for fd, f := range p.fds {
		if f != nil {
			f.refs++
			c.fds[fd] = f
		}
	}
	c.sems = forkSems(p.sems)
	c.ready = k.localTime(t)
	k.emit(Event{Kind: EventFork, PID: t.pid, Other: c.pid})
	// Born running (wake_up_new_task): queued now, behind the parent.
	k.enqueue(c)
	return c, nil
}

func (k *Kernel) forkFailed(p *process, e Errno) error {
	k.emit(Event{Kind: EventForkFailed, PID: p.pid, Errno: e})
	return e
}

// Exec replaces pid's program with cmdline, like execve after
// subprocess's close_fds=True: every fd except 0, 1, 2 and passFDs is closed.
// Handled signals are reset to SIG_DFL, ignored ones stay ignored, and every
// sa_flags is cleared (kernel/signal.c flush_signal_handlers), so
// SA_NOCLDWAIT is gone; pending signals survive (execve(2)) and one whose
// disposition became the default takes its default action now. Pid, parent,
// process group and the subreaper flag are kept (prctl(2)).
func (k *Kernel) Exec(pid PID, cmdline string, passFDs []int) error {
	p, err := k.caller(pid)
	if err != nil {
		return err
	}
	for _, fd := range passFDs {
		if p.file(fd) == nil {
			return EBADF
		}
	}
	for fd := range p.fds {
		if fd > 2 && p.fds[fd] != nil && !containsInt(passFDs, fd) {
			k.closeFD(p, fd)
		}
	}
	k.execImage(p, cmdline)
	return nil
}

// execImage is what every exec does once the fds are settled: dispositions
// flushed (flush_signal_handlers), the new command line, and pending
// signals whose disposition became the default acted on.
func (k *Kernel) execImage(p *process, cmdline string) {
	k.zapThreads(p.main()) // de_thread: the exec'ing task is the only one left
	p.sems = nil
	for s := Signal(1); s <= maxSignal; s++ {
		if p.actions[s].Handler != SigIgnore {
			p.actions[s].Handler = SigDefault
		}
		p.actions[s].NoCldWait = false
	}
	p.cmdline, p.execed = cmdline, true
	k.emit(Event{Kind: EventExec, PID: p.pid, Task: p.role, Cmdline: cmdline})
	k.deliverDefaultPending(p)
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
