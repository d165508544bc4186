// Process death: _exit and death by signal (kernel/exit.c do_exit,
// exit_notify), reparenting of orphans (forget_original_parent,
// find_new_reaper), the parent's notification (kernel/signal.c
// do_notify_parent) and reaping (release_task).

package kernel

// Exit is _exit(2) with an already encoded status (Exited(code), or
// Signaled(sig) for a death by signal). The process closes all its fds, hands
// its children to a new reaper, and becomes a zombie — or is released at
// once when its parent's SIGCHLD is SIG_IGN or has SA_NOCLDWAIT. Its parent
// gets SIGCHLD and any of the parent's waits that it matches wake up. Exit of
// a process that is already dead does nothing; Exit of init panics, as Linux
// does ("Attempted to kill init!").
func (k *Kernel) Exit(pid PID, status WaitStatus) {
	p := k.live(pid)
	if p == nil {
		return
	}
	k.exit(p, status)
}

func (k *Kernel) exit(p *process, status WaitStatus) {
	p = p.main() // exit_group: the whole process goes, whichever thread calls
	k.zapThreads(p)
	if p == k.init {
		panic("kernel: Attempted to kill init! exitcode=" + itoa(int(status)))
	}
	k.forgetRetry(p)
	p.blockedOn, p.pending, p.held = nil, 0, 0
	k.heldChanged(p)
	p.stopped, p.stopReport, p.contReport = false, 0, false
	p.status, p.exited, p.exitTime = status, true, k.now
	k.emit(Event{Kind: EventExit, PID: p.pid, Status: status})
	// exit_files: every fd goes, which may bring EOF to readers elsewhere.
	for fd := range p.fds {
		if p.fds[fd] != nil {
			k.closeFD(p, fd)
		}
	}
	p.fds, p.sems = nil, nil
	if p == k.shell {
		k.shell = nil
	}
	k.forgetOriginalParent(p)
	k.notifyParent(p, true)
	if p.exitQ != nil {
		// do_notify_pidfd: its pidfds are readable now.
		k.wakeSleepers(p.exitQ, SleepRead)
	}
}

// findNewReaper picks who adopts the children of father, as
// kernel/exit.c find_new_reaper does in a single pid namespace without
// threads: the nearest ancestor that is a child subreaper and still alive
// (prctl(2) PR_SET_CHILD_SUBREAPER, Linux ≥ 3.4), else init.
func (k *Kernel) findNewReaper(father *process) *process {
	for r := father.parent; r != nil && r != k.init; r = r.parent {
		if r.subreaper && r.state.Live() {
			return r
		}
	}
	return k.init
}

// forgetOriginalParent moves father's children, zombies included, to the
// end of the new reaper's children (list_move_tail in reparent_leader). A
// zombie among them is announced to the new parent as if it had just died
// (reparent_leader → do_notify_parent), so a reaper that ignores SIGCHLD
// releases it at once and init reaps it per its policy. Grandchildren keep
// their own parents.
func (k *Kernel) forgetOriginalParent(father *process) {
	if len(father.children) == 0 {
		return
	}
	reaper := k.findNewReaper(father)
	orphans := father.children
	father.children = nil
	for _, c := range orphans {
		c.parent = reaper
		reaper.children = append(reaper.children, c)
		k.emit(Event{Kind: EventReparent, PID: c.pid, Other: reaper.pid, Former: father.pid})
	}
	for _, c := range orphans {
		if c.state == StateZombie && c.parent == reaper {
			k.notifyParent(c, false)
		}
	}
}

// notifyParent is do_notify_parent for a child that has just exited (fresh)
// or a zombie that has just been adopted. If the parent's SIGCHLD is SIG_IGN
// or has SA_NOCLDWAIT the child is released (auto-reap, no zombie, nothing
// for wait to return); otherwise it is, or stays, a zombie. SIGCHLD is sent
// unless the parent ignores it explicitly, and the parent's matching waiters
// wake up (__wake_up_parent) either way.
func (k *Kernel) notifyParent(c *process, fresh bool) {
	parent := c.parent
	autoreap := parent.sigchldAutoreaps()
	switch {
	case autoreap:
		k.emit(Event{Kind: EventReleased, PID: c.pid, Other: parent.pid, Action: parent.actions[SIGCHLD]})
		k.release(c)
	case fresh:
		k.setState(c, StateZombie, SleepNone)
		k.emit(Event{Kind: EventZombie, PID: c.pid})
	}
	if parent.actions[SIGCHLD].Handler != SigIgnore {
		k.deliver(parent, SIGCHLD, childInfo(c, c.status))
	}
	k.wakeWaiter(parent, c)
	if !autoreap && !parent.user {
		k.kernelParentReaps(parent, c)
	}
}

// reap is wait_task_zombie's ending: the reaper collects the zombie's status
// and the zombie leaves the table; its pid becomes free.
func (k *Kernel) reap(reaper, c *process) {
	k.emit(Event{Kind: EventReap, PID: reaper.pid, Other: c.pid, Status: c.status})
	k.release(c)
	if reaper == k.shell && len(reaper.children) == 0 {
		k.setState(reaper, StateSleeping, SleepRead) // back at the prompt
	}
}

// release is release_task: the process leaves the table, its parent's
// children and its process group. Nothing about it is kept.
func (k *Kernel) release(c *process) {
	k.setState(c, StateReaped, SleepNone)
	if c.parent != nil {
		c.parent.removeChild(c)
		c.parent = nil
	}
	delete(k.procs, c.pid)
	c.freed = true
	k.lastTask = nil
	k.leaveGroup(c.pgid)
	if c.cgroup {
		k.inCgroup-- // pids_release: uncharged when the task is freed
	}
}

func (k *Kernel) leaveGroup(pgid PID) {
	if k.pgrps[pgid]--; k.pgrps[pgid] == 0 {
		delete(k.pgrps, pgid)
	}
}
