// Threads: clone(CLONE_THREAD) tasks that share their process's group
// (kernel/fork.c copy_process with CLONE_VM|CLONE_FILES|CLONE_SIGHAND|
// CLONE_THREAD), thread exit (a non-leader thread is released at once:
// exit_notify's autoreap for a thread), and exit_group, which takes every
// thread down with the process (kernel/exit.c do_group_exit,
// zap_other_threads).

package kernel

// StartThread is clone(CLONE_THREAD) for the calling task: a new task of
// the caller's process, with a tid from the pid space (Linux numbers threads
// like processes, so a later fork gets a later pid). The thread is
// runnable now, queued behind its creator. EAGAIN when no pid is free or
// the pids cgroup is full (threads count there too).
func (k *Kernel) StartThread(caller PID) (PID, error) {
	t, err := k.caller(caller)
	if err != nil {
		return 0, err
	}
	p := t.main()
	if p.cgroup && k.cfg.PidsLimit > 0 && k.inCgroup >= k.cfg.PidsLimit {
		return 0, k.forkFailed(t, EAGAIN)
	}
	tid, err := k.allocPID()
	if err != nil {
		return 0, k.forkFailed(t, EAGAIN)
	}
	if p.cgroup {
		k.inCgroup++
	}
	c := &process{pid: tid, group: p.group, leader: p, runIdx: -1, ready: k.localTime(t), blocked: t.blocked}
	p.threads = append(p.threads, c)
	k.threads[tid] = c
	k.emit(Event{Kind: EventClone, PID: p.pid, Other: tid})
	k.enqueue(c)
	return tid, nil
}

// ExitThread ends the calling thread alone (the thread function returned):
// it is not the process's main thread, so nothing waits for it and it is
// released at once. For the main thread, and for a process's end, use
// Exit, which is exit_group.
func (k *Kernel) ExitThread(tid PID) {
	t := k.threads[tid]
	if t == nil || !t.state.Live() {
		return
	}
	k.releaseThread(t)
}

func (k *Kernel) releaseThread(t *process) {
	k.forgetRetry(t)
	t.blockedOn = nil
	k.emit(Event{Kind: EventThreadExit, PID: t.leader.pid, Other: t.pid})
	k.setState(t, StateReaped, SleepNone)
	p := t.leader
	for i, x := range p.threads {
		if x == t {
			p.threads = append(p.threads[:i:i], p.threads[i+1:]...)
			break
		}
	}
	delete(k.threads, t.pid)
	t.freed = true
	k.lastTask = nil
	if p.cgroup {
		k.inCgroup--
	}
}

// zapThreads is zap_other_threads: every thread but the main one dies with
// the process (exit_group, a fatal signal, exec's de_thread).
func (k *Kernel) zapThreads(p *process) {
	for len(p.threads) > 0 {
		k.releaseThread(p.threads[len(p.threads)-1])
	}
}

// Threads returns the tids of pid's live threads other than its main
// thread, in creation order (what /proc/PID/task lists besides PID).
func (k *Kernel) Threads(pid PID) []PID {
	p := k.lookup(pid)
	if p == nil {
		return nil
	}
	out := make([]PID, len(p.threads))
	for i, t := range p.threads {
		out[i] = t.pid
	}
	return out
}

// ProcessOf returns the process (its main thread's pid) a task belongs to,
// or ok=false for a tid that is not in use.
func (k *Kernel) ProcessOf(tid PID) (PID, bool) {
	if t := k.task(tid); t != nil {
		return t.main().pid, true
	}
	return 0, false
}

// task returns the task with that id: a process's main thread or one of
// its other threads.
func (k *Kernel) task(tid PID) *process {
	if p := k.procs[tid]; p != nil {
		return p
	}
	return k.threads[tid]
}

// tasks calls f for p's main thread and each of its other threads.
func (p *process) tasks(f func(*process)) {
	f(p)
	for _, t := range p.threads {
		f(t)
	}
}
