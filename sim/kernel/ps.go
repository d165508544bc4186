// Read-only views of the table: one process, a snapshot of all, and a
// ps(1)-style rendering of a snapshot.

package kernel

import (
	"fmt"
	"strings"
)

// ProcInfo is a plain-data copy of one process.
type ProcInfo struct {
	PID       PID
	PPID      PID
	PGID      PID
	State     State
	Sleep     SleepReason
	Status    WaitStatus // meaningful for a zombie
	Cmdline   string
	Comm      string // program basename, what ps shows for a zombie
	Subreaper bool
	Stopped   bool // by a stop signal, until SIGCONT
	CPU       Duration
	Children  []PID // in creation (or adoption) order
	StartTime Time
	ExitTime  Time // meaningful for a zombie
	// Threads is the number of live tasks (ps NLWP): 1, or more for a
	// process running threads.
	Threads int
	// Execed: the process called exec since its fork (ps's F flag 1,
	// PF_FORKNOEXEC, is the opposite).
	Execed bool
	// Wchan is the kernel function the main thread sleeps in, or "-".
	Wchan string
	// TIDs are the live tasks other than the main thread (pstree's
	// {name}(tid)).
	TIDs []PID
}

// Snapshot is every process in the table (alive or zombie) at Time, sorted
// by pid.
type Snapshot struct {
	Time  Time
	Procs []ProcInfo
}

// Process returns a copy of pid's row; false if pid is not in the table
// (never was, or has been reaped).
func (k *Kernel) Process(pid PID) (ProcInfo, bool) {
	p := k.lookup(pid)
	if p == nil {
		return ProcInfo{}, false
	}
	return p.info(), true
}

func (p *process) info() ProcInfo {
	pi := ProcInfo{
		PID: p.pid, PGID: p.pgid, State: p.state, Sleep: p.sleep,
		Status: p.status, Cmdline: p.cmdline, Comm: p.comm(),
		Subreaper: p.subreaper, Stopped: p.stopped, CPU: p.cpu,
		StartTime: p.startTime, ExitTime: p.exitTime,
		Children: make([]PID, len(p.children)), Threads: 1 + len(p.threads),
		Execed: p.execed, Wchan: p.wchanOf(),
	}
	for _, t := range p.threads {
		pi.TIDs = append(pi.TIDs, t.pid)
	}
	p.tasks(func(t *process) {
		if t != p {
			pi.CPU += t.cpu
		}
	})
	if p.parent != nil {
		pi.PPID = p.parent.pid
	}
	for i, c := range p.children {
		pi.Children[i] = c.pid
	}
	return pi
}

// Snapshot copies the whole table.
func (k *Kernel) Snapshot() Snapshot {
	s := Snapshot{Time: k.now}
	for _, pid := range k.sortedPIDs() {
		s.Procs = append(s.Procs, k.procs[pid].info())
	}
	return s
}

// Stat is the ps STAT letter (procps ps(1), PROCESS STATE CODES): R running
// or runnable, S interruptible sleep (sleep, wait, read), T stopped by job
// control, Z defunct.
func (pi ProcInfo) Stat() string {
	if pi.Stopped && pi.State.Live() {
		return "T"
	}
	switch pi.State {
	case StateRunning:
		return "R"
	case StateSleeping:
		return "S"
	case StateZombie:
		return "Z"
	}
	return "X"
}

// FormatPS renders s like `ps -eo pid,ppid,stat,time,cmd`: TIME is the CPU
// time charged, as minutes:seconds.hundredths; a zombie's command is
// "[comm] <defunct>", since its cmdline is gone (docs/facts/cpython.md §7).
func FormatPS(s Snapshot) string {
	var b strings.Builder
	b.WriteString("  PID  PPID STAT     TIME CMD\n")
	for _, pi := range s.Procs {
		cmd := pi.Cmdline
		if pi.State == StateZombie {
			cmd = "[" + pi.Comm + "] <defunct>"
		}
		stat := pi.Stat()
		if pi.Threads > 1 {
			stat += "l" // ps(1): "l is multi-threaded"
		}
		fmt.Fprintf(&b, "%5d %5d %-4s %8s %s\n", pi.PID, pi.PPID, stat, cpuTime(pi.CPU), cmd)
	}
	return b.String()
}

func cpuTime(d Duration) string {
	cs := int64(d / (10 * Millisecond))
	return fmt.Sprintf("%d:%02d.%02d", cs/6000, cs/100%60, cs%100)
}

// ShellPID is the interactive shell's pid, 0 without one.
func (k *Kernel) ShellPID() PID {
	if k.shell == nil {
		return 0
	}
	return k.shell.pid
}
