// The Kernel: boot, the process table, and lookups shared by every system
// call.

package kernel

import "sort"

// Kernel is the whole simulated machine's process table and clock. It is not
// safe for concurrent use; the simulator drives it from one goroutine.
type Kernel struct {
	cfg   Config
	now   Time
	procs map[PID]*process // the process table: main threads only
	// lastTask is the task live found last (most calls are for the task
	// that is running); cleared when a task leaves the tables.
	lastTask *process
	// threads are the tasks that are not a process's main thread, by tid.
	threads map[PID]*process
	// named are the named semaphores (sem_open) by name.
	named map[string]*sem
	pgrps map[PID]int // pgid → processes in the table with that pgid

	lastPID PID // the allocation cursor: the last pid handed out
	runq    runQueue
	seq     uint64
	timers  timerQueue
	init    *process
	shell   *process

	events   eventLog
	terminal []Output
	pipes    int // pipes created, to number them
	// bound maps the addresses of listening sockets to them (unix.go);
	// looked up by key only, never iterated.
	bound map[SockAddr]*listener

	inCgroup int // processes charged to the pids cgroup (see Config.PidsLimit)
}

// New boots a kernel: init as pid 1 and, unless cfg.NoShell, a shell, child
// of init, that will wait for the processes Spawn starts. It panics on an
// impossible configuration (see Config).
func New(cfg Config) *Kernel {
	k := &Kernel{
		cfg:     cfg.withDefaults(),
		procs:   make(map[PID]*process),
		threads: make(map[PID]*process),
		named:   make(map[string]*sem),
		pgrps:   make(map[PID]int),
	}
	k.init = k.newProcess(1, nil, TaskInit, "init")
	k.init.fds = []*file{newTerminal(0), newTerminal(1), newTerminal(2)}
	k.emit(Event{Kind: EventBoot, PID: 1, Init: k.cfg.Init})
	k.setState(k.init, StateSleeping, k.initSleep())
	k.lastPID = k.cfg.FirstPID - 1
	if !k.cfg.NoShell {
		sh, err := k.fork(k.init)
		if err != nil {
			panic("kernel: cannot fork the shell: " + err.Error())
		}
		k.setState(sh, StateSleeping, SleepRead) // at its prompt
		k.moveToGroup(sh, sh.pid)                // a session leader's own group
		sh.role, sh.user, sh.cmdline, sh.execed = TaskShell, false, "bash", true
		// An interactive bash ignores these so that ^C reaches only the
		// foreground job (bash(1), SIGNALS).
		for _, s := range []Signal{SIGINT, SIGQUIT, SIGTERM} {
			sh.actions[s] = SigAction{Handler: SigIgnore}
		}
		k.emit(Event{Kind: EventExec, PID: sh.pid, Task: sh.role, Cmdline: sh.cmdline})
		k.shell = sh
	}
	return k
}

// initSleep is what pid 1 is blocked in, for ps: a reaping init waits for
// children, a never-reaping application sits in read or accept.
func (k *Kernel) initSleep() SleepReason {
	if k.cfg.Init == InitNeverReaps {
		return SleepRead
	}
	return SleepWait
}

// newProcess puts a process with the given pid in the table.
func (k *Kernel) newProcess(pid PID, parent *process, r Task, cmdline string) *process {
	p := &process{
		pid: pid, ready: k.now, runIdx: -1,
		group: &group{role: r, user: r == TaskUser, parent: parent, pgid: pid, cmdline: cmdline, startTime: k.now},
	}
	if parent != nil {
		p.pgid = parent.pgid
		parent.children = append(parent.children, p)
	}
	k.procs[pid] = p
	k.pgrps[p.pgid]++
	return p
}

// Spawn starts a scenario's main process the way a terminal does: the shell
// forks, the child execs cmdline. Without a shell, init is the parent. The
// new process is runnable now; its pid is returned.
func (k *Kernel) Spawn(cmdline string) (PID, error) {
	parent := k.shell
	if parent == nil {
		if !k.cfg.NoShell {
			return 0, ESRCH // the shell was killed
		}
		parent = k.init
	}
	if k.cfg.PidsLimit > 0 && k.inCgroup >= k.cfg.PidsLimit {
		return 0, k.forkFailed(parent, EAGAIN) // the cgroup is full
	}
	c, err := k.fork(parent)
	if err != nil {
		return 0, err
	}
	// bash gives a job the dispositions it was started with (default),
	// not the ones an interactive shell sets for itself.
	c.actions = [maxSignal + 1]SigAction{}
	if parent == k.shell {
		k.moveToGroup(c, c.pid) // job control: each job is its own group
	}
	c.cmdline, c.execed = cmdline, true
	if !c.cgroup {
		c.cgroup = true // the job is started inside the pids cgroup
		k.inCgroup++
	}
	k.emit(Event{Kind: EventExec, PID: c.pid, Task: c.role, Cmdline: cmdline})
	if parent == k.shell {
		k.setState(parent, StateSleeping, SleepWait)
	}
	return c.pid, nil
}

// Now returns the logical clock.
func (k *Kernel) Now() Time { return k.now }

// Config returns the configuration the kernel booted with, defaults filled in.
func (k *Kernel) Config() Config { return k.cfg }

// lookup returns the process with that pid if it is in the table (alive or
// zombie).
func (k *Kernel) lookup(pid PID) *process { return k.procs[pid] }

// live returns the live process with that pid, or nil.
func (k *Kernel) live(pid PID) *process {
	if p := k.lastTask; p != nil && p.pid == pid && p.state.Live() {
		return p
	}
	if p := k.task(pid); p != nil && p.state.Live() {
		k.lastTask = p
		return p
	}
	return nil
}

// caller returns the live process making a system call, or ESRCH when the
// driver calls for a process that has died meanwhile (killed by another).
func (k *Kernel) caller(pid PID) (*process, error) {
	if p := k.live(pid); p != nil {
		return p, nil
	}
	return nil, ESRCH
}

// sortedPIDs returns the pids in the table in increasing order: the one way
// to walk the table, so that map order never shows.
func (k *Kernel) sortedPIDs() []PID {
	pids := make([]PID, 0, len(k.procs))
	for pid := range k.procs {
		pids = append(pids, pid)
	}
	sort.Slice(pids, func(i, j int) bool { return pids[i] < pids[j] })
	return pids
}
