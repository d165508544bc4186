// The contract between playback and its consumers (web/view, web/player,
// the CLI): a Snapshot of one step as plain data, and the timeline lanes.
// Nothing here points back into the simulator's mutable state.

package playback

import (
	"zombielab/sim"
	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/pyvm"
)

// Snapshot is everything a view shows at one step. It is plain data; slices
// may be shared with the Player (Console, Stack, Children) and must not be
// modified.
type Snapshot struct {
	// Step is the index of this step (0-based) and Total the number of
	// steps known so far; Final says Total will not grow (the run ended).
	Step  int
	Total int
	Final bool
	// Time is the logical time relative to the main process's first line
	// of the scenario (negative during interpreter start-up); TimeText is
	// it as "1.002000s".
	Time     kernel.Duration
	TimeText string
	// OnLine says the step is a line: PID is about to execute Line, the
	// innermost frame of its stack, and Library says that frame is outside
	// the scenario's file. Otherwise the step is a group of events that
	// happened with no line of their own (an exit after the last line, a
	// reap by init, output written at exit, the end of the run), PID is
	// the process they are about and Line is zero.
	OnLine bool
	PID    kernel.PID
	// TID is the thread of PID that is about to execute Line when it is
	// not the process's main thread, else 0.
	TID     kernel.PID
	Line    pyvm.FrameInfo
	Library bool
	// SourceLine is the text of Line (trimmed), "" when unknown.
	SourceLine string
	// Stop says why the run ended, at its last step (the step of the
	// trace's stop record); sim.Running at every other step.
	Stop sim.StopReason
	// Main is the scenario's main process, MainExited says it has exited,
	// MainStatus how, and MainUncaught the last line of the traceback of
	// the exception that ended it ("" if none did).
	Main         kernel.PID
	MainExited   bool
	MainStatus   kernel.WaitStatus
	MainUncaught string
	// Procs is the kernel's process table at this step, sorted by pid.
	Procs []Proc
	// Reaped are processes that left the table within the last ReapWindow
	// steps, oldest first, so a view can animate their leaving.
	Reaped []Gone
	// Console is every terminal write so far, oldest first.
	Console []Output
	// PS is the table as `ps -eo pid,ppid,stat,time,cmd` prints it.
	PS string
	// Events are the kernel events between the previous step and this one
	// (what executing the previous lines did; with SeekFrom, everything
	// since the step moved from), oldest first, at most the latest 64.
	Events []kernel.Event
	// Narration describes this step (the same span as Events) in one
	// sentence per language.
	Narration Narration
}

// Proc is one row of the process table.
type Proc struct {
	PID, PPID, PGID kernel.PID
	State           kernel.State       // running, sleeping or zombie
	Sleep           kernel.SleepReason // why it sleeps (SleepNone otherwise)
	Stopped         bool               // by a stop signal (ps T)
	Pending         kernel.SigMask     // signals held pending: blocked (pthread_sigmask), not yet taken
	Stat            string             // the ps STAT letter: R, S, T or Z
	Cmdline         string             // the command line ("" is never used)
	Comm            string             // the program's basename, as a zombie shows
	// Role is the family role of docs/CHECKPOINTS.md (main, p1, p1.1,
	// forkserver, resource_tracker); "" for init, the shell and strangers.
	Role string
	// Init and Shell mark pid 1 and the terminal's shell.
	Init, Shell bool
	// FormerParent is the parent it had before it was last reparented (0:
	// never reparented).
	FormerParent kernel.PID
	// Status is a zombie's exit status.
	Status kernel.WaitStatus
	// Stack is its Python call stack, innermost last, as of its latest
	// line (nil for processes that run no Python and for zombies).
	Stack []pyvm.FrameInfo
	// Locals are the variables of its innermost frame of the scenario's
	// file as of its latest line (Func "" when none were recorded: the
	// run did not ask for them, or the process runs no Python of the
	// scenario's file, or it is a zombie).
	Locals sim.Locals
	// Uncaught is the last line of the traceback of the exception that
	// ended its program ("" if none did).
	Uncaught string
	// Children is its multiprocessing _children set (pids in set order);
	// nil when multiprocessing is not imported in it.
	Children []kernel.PID
	// ChildRoles are the family roles of Children, in the same order (a
	// reaped child keeps its role: the set may outlive the process).
	ChildRoles []string
	// Since is when it entered its current state.
	Since kernel.Duration
	// Threads are its live threads other than the main one (whose state
	// and stack are the process's own), in creation order.
	Threads []Thread
}

// Thread is one thread of a process.
type Thread struct {
	TID   kernel.PID
	State kernel.State
	Sleep kernel.SleepReason
	// Stack is its Python call stack as of its latest line (nil before
	// its first).
	Stack []pyvm.FrameInfo
	// Locals are the variables it sees, as Proc.Locals.
	Locals sim.Locals
}

// Reparented reports whether the process was adopted after its parent died.
func (p Proc) Reparented() bool { return p.FormerParent != 0 }

// Gone is a process that left the table.
type Gone struct {
	PID, PPID kernel.PID // PPID: its parent when it left
	Role      string
	Comm      string
	// By is the process that reaped it; Auto says it was released without
	// a wait (its parent ignores SIGCHLD or set SA_NOCLDWAIT).
	By     kernel.PID
	Auto   bool
	Status kernel.WaitStatus
	Step   int // the first step at which it is gone
	Time   kernel.Duration
}

// Output is one write to the terminal.
type Output struct {
	PID  kernel.PID
	FD   int // 1 stdout, 2 stderr
	Text string
	Time kernel.Duration
}

// Narration is one sentence about a step, in English and in Chinese.
type Narration struct {
	EN, ZH string
}

// Lang picks the sentence in a language.
func (n Narration) Lang(l lang.Lang) string {
	if l == lang.ZH {
		return n.ZH
	}
	return n.EN
}

func (n *Narration) set(l lang.Lang, text string) {
	if l == lang.ZH {
		n.ZH = text
	} else {
		n.EN = text
	}
}

// Lane is one process's life over logical time, for a timeline.
type Lane struct {
	PID kernel.PID
	// Owner is the process a thread's lane belongs to (PID is then the
	// thread's id), 0 for a process's own lane.
	Owner kernel.PID
	Role  string
	Comm  string
	// Spans are its consecutive states, oldest first; the last span of a
	// process still in the table ends at the timeline's horizon.
	Spans []Span
}

// Span is an interval of one state. From and To are relative times, FromStep
// and ToStep the steps at which the state began and ended (ToStep is the
// first step in the next state, or the horizon step).
type Span struct {
	State            kernel.State // StateRunning, StateSleeping or StateZombie
	Sleep            kernel.SleepReason
	From, To         kernel.Duration
	FromStep, ToStep int
}

// ReapWindow is how many steps a reaped process stays in Snapshot.Reaped.
const ReapWindow = 8
