// Process states and the one function that moves them (gVisor's
// advanceExitStateLocked habit: prefer named states, reject illegal moves).

package kernel

import "fmt"

// State is where a process is in its life. It corresponds to the task state
// and exit_state of Linux's task_struct, reduced to what ps(1) shows.
type State uint8

// The states, in the order a process passes through them.
const (
	StateRunning  State = iota // R: running or runnable
	StateSleeping              // S: interruptible sleep; see SleepReason
	StateZombie                // Z: exited, status kept until reaped (EXIT_ZOMBIE)
	StateReaped                // gone from the table (EXIT_DEAD, released)
)

func (s State) String() string {
	switch s {
	case StateRunning:
		return "running"
	case StateSleeping:
		return "sleeping"
	case StateZombie:
		return "zombie"
	case StateReaped:
		return "reaped"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// Live reports whether a process in state s has not exited.
func (s State) Live() bool { return s == StateRunning || s == StateSleeping }

// SleepReason says what a sleeping process waits for.
type SleepReason uint8

// The reasons.
const (
	SleepNone   SleepReason = iota
	SleepTimer              // nanosleep: time.sleep
	SleepWait               // wait4/waitid
	SleepRead               // read or poll on fds
	SleepWrite              // write to a full pipe
	SleepLock               // sem_wait (futex): a lock
	SleepGIL                // waiting for the interpreter's GIL
	SleepSignal             // sigwait, sigwaitinfo, sigtimedwait: a signal of a set
)

func (r SleepReason) String() string {
	switch r {
	case SleepNone:
		return "none"
	case SleepTimer:
		return "sleep"
	case SleepWait:
		return "wait"
	case SleepRead:
		return "read"
	case SleepWrite:
		return "write"
	case SleepLock:
		return "lock"
	case SleepGIL:
		return "gil"
	case SleepSignal:
		return "sigwait"
	}
	return fmt.Sprintf("SleepReason(%d)", uint8(r))
}

// legalMove lists the transitions between distinct states. A sleeping
// process may also change its reason (Sleeping → Sleeping). Running or
// sleeping → reaped is an exit whose parent auto-reaps (exit_notify sets
// EXIT_DEAD directly when do_notify_parent says so).
var legalMove = [4][4]bool{
	StateRunning:  {StateSleeping: true, StateZombie: true, StateReaped: true},
	StateSleeping: {StateRunning: true, StateSleeping: true, StateZombie: true, StateReaped: true},
	StateZombie:   {StateReaped: true},
}

// setState is the only place a process's state changes. It panics on an
// illegal transition: that is a bug in the kernel, never a user error.
func (k *Kernel) setState(p *process, to State, why SleepReason) {
	if !legalMove[p.state][to] {
		panic(fmt.Sprintf("kernel: pid %d: illegal state change %v → %v", p.pid, p.state, to))
	}
	if (to == StateSleeping) != (why != SleepNone) {
		panic(fmt.Sprintf("kernel: pid %d: state %v with sleep reason %v", p.pid, to, why))
	}
	p.state, p.sleep = to, why
	k.emit(Event{Kind: EventState, PID: p.pid, State: to, Sleep: why})
	k.requeue(p)
}

// requeue keeps the run queue equal to the set of running, not stopped,
// user processes; setState and job control call it after every change.
func (k *Kernel) requeue(p *process) {
	runnable := p.state == StateRunning && p.user && !p.stopped
	switch {
	case runnable && p.runIdx < 0:
		k.enqueue(p)
	case !runnable && p.runIdx >= 0:
		k.dequeue(p)
	}
}
