// The process: one row of the process table, task_struct reduced to the
// fields this model needs.

package kernel

import (
	"strconv"
	"strings"
)

// Task says who drives a process: the interpreter (user processes) or the
// kernel itself (init and the shell, whose behaviour is fixed).
type Task uint8

// The tasks.
const (
	TaskUser  Task = iota // a program the simulator's interpreter runs
	TaskInit              // pid 1, driven by its InitPolicy
	TaskShell             // the terminal's shell, waiting for its job
)

func (t Task) String() string {
	switch t {
	case TaskUser:
		return "user"
	case TaskInit:
		return "init"
	case TaskShell:
		return "shell"
	}
	return "Task(" + strconv.Itoa(int(t)) + ")"
}

// process is one task: a process, or one more thread of a process (a task
// made by clone(CLONE_THREAD), which Linux numbers from the same pid space).
// What every thread of a process shares (Linux's signal_struct,
// files_struct and sighand_struct: parent, children, process group, fds,
// signal actions, the shared pending set, the exit status) is the embedded
// *group, so that p.fds means the same table from any of its threads; what
// is a task's own — its state, its place in the run queue, the memory of a
// blocked call — is here.
type process struct {
	pid PID // the task id; a process's pid is its main thread's
	// freed: the task is gone from the kernel's tables (reaped, or a
	// thread that ended), and its pid may be another task's.
	freed bool
	*group
	// leader is the process's main thread (Linux's group_leader), nil when
	// this task is it.
	leader *process

	state State
	sleep SleepReason
	// wchan is the kernel function a sleep waits in, for ps's WCHAN
	// ("" for the reason's usual one: wchanOf).
	wchan string

	cpu Duration

	// Scheduling: runnable at ready; seq breaks ties FIFO.
	ready  Time
	seq    uint64
	runIdx int // index in Kernel.runq, -1 when not runnable

	// A blocking call's memory, kept across retries: the deadlines of
	// nanosleep, poll and a semaphore wait (one each, so that a signal
	// handler's poll does not disturb an interrupted sleep) and the bytes
	// a write to a full pipe has written. Also the wait query of a
	// sleeping wait, the pipes a sleeping read, poll or write waits on,
	// the semaphore a sleeping sem_wait waits on, and a post handed to
	// this task while it slept (granted).
	sleepDeadline deadline
	pollDeadline  deadline
	semDeadline   deadline
	gilDeadline   deadline
	written       int
	waitQuery     waitQuery
	blockedOn     []*pipe
	// exitQ is where pollers of its pidfds sleep (pidfd.go), nil until
	// one does.
	exitQ   *pipe
	semOn   []*sem
	granted []*sem

	// Signals: the task's blocked mask (pthread_sigmask, inherited by the
	// threads it starts and the children it forks) and, while it sleeps
	// in sigwait, the set it waits for and that call's deadline.
	blocked     SigMask
	waitSet     SigMask
	sigDeadline deadline
	// waitRestart: the sigwait is sigwait(3), which glibc restarts after
	// EINTR, so a handled signal does not end it.
	waitRestart bool
}

// group is what the threads of one process share.
type group struct {
	role     Task
	user     bool // role == TaskUser: only these are returned by Next
	parent   *process
	children []*process // creation (or adoption) order
	pgid     PID
	cmdline  string
	execed   bool // called exec since fork (setpgid on it then fails, EACCES)

	status    WaitStatus
	exited    bool // status is set
	subreaper bool // PR_SET_CHILD_SUBREAPER
	cgroup    bool // charged to the pids cgroup until released

	// Job control: stopped by a stop signal; a stop (its signal) or a
	// continue not yet reported to a WUNTRACED / WCONTINUED wait (Linux's
	// group_exit_code with SIGNAL_STOP_STOPPED, and SIGNAL_STOP_CONTINUED).
	stopped    bool
	stopReport Signal
	contReport bool

	startTime Time
	exitTime  Time

	fds     []*file
	cloexec []bool // FD_CLOEXEC by fd (exec.go)
	actions [maxSignal + 1]SigAction
	pending sigSet
	// held are the signals that arrived while every task of the process
	// blocked them (Linux's shared_pending), with each one's siginfo in
	// heldInfo (made at the first); they wait for an unblock or a sigwait.
	held     sigSet
	heldTold sigSet // held as the last EventHeld told it
	heldInfo []SigInfo
	// sems are the semaphores the process can use, by handle (sem.go).
	sems []*sem
	// threads are the process's live tasks other than its main thread,
	// in creation order.
	threads []*process
}

// main returns the process a task belongs to: its main thread.
func (p *process) main() *process {
	if p.leader != nil {
		return p.leader
	}
	return p
}

// Comm is what Linux keeps in task->comm for a command line: the basename
// of the program, at most 15 bytes (TASK_COMM_LEN 16). ps shows it in
// brackets for a zombie, whose cmdline is gone.
func Comm(cmdline string) string {
	prog, _, _ := strings.Cut(cmdline, " ")
	if i := strings.LastIndexByte(prog, '/'); i >= 0 {
		prog = prog[i+1:]
	}
	if len(prog) > 15 {
		prog = prog[:15]
	}
	return prog
}

func (p *process) comm() string { return Comm(p.cmdline) }

// removeChild drops c from p's children, keeping the order of the rest.
func (p *process) removeChild(c *process) {
	for i, x := range p.children {
		if x == c {
			copy(p.children[i:], p.children[i+1:])
			p.children[len(p.children)-1] = nil
			p.children = p.children[:len(p.children)-1]
			return
		}
	}
}

// sigchldAutoreaps reports whether p's children are released at exit
// instead of becoming zombies: SIGCHLD is SIG_IGN or has SA_NOCLDWAIT
// (kernel/signal.c do_notify_parent).
func (p *process) sigchldAutoreaps() bool {
	a := p.actions[SIGCHLD]
	return a.Handler == SigIgnore || a.NoCldWait
}
