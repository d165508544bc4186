// The event log: every change the kernel makes, stored as compact fields and
// formatted only on String, one stable line per event (the golden format and
// the line the web page's log shows).

package kernel

import (
	"fmt"
	"strconv"
	"strings"
)

// EventKind names what happened.
type EventKind uint8

// The kinds of event, with the fields each one sets (Time, Kind and PID are
// always set).
const (
	EventBoot          EventKind = iota // init started: Init
	EventFork                           // PID forked Other
	EventForkFailed                     // PID's fork failed with Errno
	EventExec                           // PID now runs Cmdline; Task says who drives it
	EventExit                           // PID exited with Status
	EventReparent                       // PID's parent Former died; Other adopted it
	EventZombie                         // PID became a zombie
	EventReleased                       // PID was auto-reaped: its parent Other's SIGCHLD Action says so
	EventReap                           // PID reaped its child Other (Status)
	EventSignal                         // Signal from Other reached PID with Outcome
	EventSignalPending                  // Signal from Other is pending at PID, for its handler (Outcome)
	EventSigaction                      // PID set Signal's action to Action
	EventBlock                          // PID sleeps for Sleep (until Until, if set)
	EventWake                           // PID is runnable again
	EventPipe                           // PID made Pipe with read end FD, write end WriteFD
	EventClose                          // PID closed FD
	EventEOF                            // PID closed the last write end of Pipe
	EventRead                           // PID read Bytes from FD (Pipe); 0 is EOF
	EventWrite                          // PID wrote Bytes to FD (Pipe)
	EventOutput                         // PID wrote Data to the terminal on FD
	EventSetpgid                        // PID moved to process group PGID
	EventSubreaper                      // PID's child-subreaper flag became On
	EventStop                           // PID was stopped by Signal
	EventContinue                       // PID was continued
	EventSendFDs                        // PID's message on FD (Pipe) carries the files at FDs
	EventRecvFDs                        // PID received files from FD (Pipe), now at FDs
	EventDropFiles                      // Files files in flight in Pipe were dropped: no reader left
	EventNonblock                       // PID set O_NONBLOCK on FD to On
	EventWaitNone                       // PID's wait4(WaitPID, Options) found children but nothing to report: 0
	EventWaitFailed                     // PID's wait4(WaitPID, Options) failed with Errno
	// EventState is the typed fact that PID entered State (sleeping for
	// Sleep), emitted by setState, the one place a state changes. It is a
	// fact, not a line: Fact reports it, and the text forms leave it out
	// (the lines that show why it changed — block, wake, zombie, exit, reap
	// — are events of their own).
	EventState
	EventClone      // PID started a thread, task Other
	EventThreadExit // PID's thread Other ended
	EventListen     // PID listens at Addr on FD
	EventConnect    // PID connected to Addr: its ends are FD (read) and WriteFD; Pipe is the pipe it writes to
	EventAccept     // PID accepted on FD a connection to Addr, now at FDs (read, write); Pipe is the pipe it reads
	EventSigmask    // PID's blocked mask became Mask
	EventSigwait    // PID's sigwait took Signal (from Other) from its pending signals
	// EventHeld is the typed fact that the signals held pending for PID
	// (blocked by every task) became Mask: no text line, as EventState.
	EventHeld
	numEventKinds
)

var eventKindNames = [numEventKinds]string{
	"boot", "fork", "fork-failed", "exec", "exit", "reparent", "zombie",
	"auto-reaped", "reap", "signal", "signal-pending", "sigaction", "block", "wake", "pipe",
	"close", "eof", "read", "write", "output", "setpgid", "subreaper",
	"stop", "continue", "send-fds", "recv-fds", "drop-files", "nonblock", "wait-none", "wait-failed",
	"state", "clone", "thread-exit", "listen", "connect", "accept", "sigmask", "sigwait", "held",
}

func (e EventKind) String() string {
	if e < numEventKinds {
		return eventKindNames[e]
	}
	return fmt.Sprintf("EventKind(%d)", uint8(e))
}

// Event is one change. Which fields matter depends on Kind (see the
// constants); each field has one meaning.
type Event struct {
	Time Time
	Kind EventKind
	PID  PID
	// TID is the thread that acted when it is not PID's main thread (a
	// thread's block, wake, state, write...), else 0.
	TID PID
	// Other is the other process the event names: fork's child, reap's
	// child, the new parent of a reparenting, a signal's sender, the
	// parent that released a child.
	Other PID
	// Former is the parent that died, for EventReparent.
	Former PID
	// PGID is the process group joined, for EventSetpgid.
	PGID PID
	// WaitPID and Options are wait4's arguments, for EventWaitNone and
	// EventWaitFailed.
	WaitPID PID
	Options int
	Status  WaitStatus
	Signal  Signal
	// Outcome is what a signal did (EventSignal, EventSignalPending).
	Outcome SignalOutcome
	// Action is a signal action: the new one for EventSigaction, the
	// parent's SIGCHLD action for EventReleased.
	Action SigAction
	// Init is pid 1's policy, for EventBoot.
	Init InitPolicy
	// Task says who drives the process, for EventExec (the shell execs
	// at boot; everything else is a user program).
	Task Task
	// State and Sleep are the new state (EventState) and what a sleeping
	// process waits for (EventState, EventBlock).
	State State
	Sleep SleepReason
	Errno Errno
	// FD is the descriptor acted on (the read end, for EventPipe);
	// WriteFD is a new pipe's write end.
	FD, WriteFD int
	// Pipe numbers the pipe involved (1, 2, ... in creation order).
	Pipe int
	// Bytes read or written; Files dropped in flight.
	Bytes, Files int
	// FDs are the descriptors sent or received with a message.
	FDs []int
	// On is the new value of a flag (subreaper, O_NONBLOCK).
	On bool
	// Until is the deadline of a timed sleep (EventBlock), 0 if none.
	Until Time
	// Cmdline is the new program's command line (EventExec).
	Cmdline string
	// Data is what was written to the terminal (EventOutput).
	Data string
	// Mask is a task's new blocked mask (EventSigmask).
	Mask SigMask
	// Addr is a socket address, "unix:/path" or "inet:host:port"
	// (EventListen, EventConnect, EventAccept).
	Addr string
}

// Fact reports whether the event is a typed fact with no line of its own
// (EventState): replaying it moves state, printing it says nothing new.
func (e Event) Fact() bool { return e.Kind == EventState || e.Kind == EventHeld }

// String is the event's one line: time, pid, verb, details.
func (e Event) String() string {
	return e.Time.String() + " " + e.Body()
}

// Body is the line without its time: pid, verb, details (a trace prints its
// own, relative, times).
func (e Event) Body() string {
	if e.TID != 0 {
		return strconv.Itoa(int(e.PID)) + " thread " + strconv.Itoa(int(e.TID)) + " " + e.detail()
	}
	return strconv.Itoa(int(e.PID)) + " " + e.detail()
}

func (e Event) detail() string {
	switch e.Kind {
	case EventBoot:
		return "boot init (" + e.Init.String() + ")"
	case EventFork:
		return fmt.Sprintf("fork → %d", e.Other)
	case EventForkFailed:
		return "fork failed: " + e.Errno.String()
	case EventExec:
		return "exec " + strconv.Quote(e.Cmdline)
	case EventExit:
		return "exit: " + e.Status.String()
	case EventReparent:
		return fmt.Sprintf("reparent: %d → %d", e.Former, e.Other)
	case EventZombie:
		return "zombie"
	case EventReleased:
		return fmt.Sprintf("auto-reaped: parent %d has SIGCHLD %v", e.Other, e.Action)
	case EventReap:
		return fmt.Sprintf("reap %d: %v", e.Other, e.Status)
	case EventSignal, EventSignalPending:
		return fmt.Sprintf("signal %v from %d: %v", e.Signal, e.Other, e.Outcome)
	case EventSigaction:
		return fmt.Sprintf("sigaction %v %v", e.Signal, e.Action)
	case EventSigmask:
		return "sigmask " + e.Mask.String()
	case EventSigwait:
		return fmt.Sprintf("sigwait takes %v from %d", e.Signal, e.Other)
	case EventHeld:
		return "held " + e.Mask.String()
	case EventBlock:
		if e.Until != 0 {
			// A duration, not the absolute deadline: traces print times
			// relative to their own origin.
			return fmt.Sprintf("blocks in %v for %v", e.Sleep, Duration(e.Until-e.Time))
		}
		return "blocks in " + e.Sleep.String()
	case EventWake:
		return "wakes"
	case EventPipe:
		return fmt.Sprintf("pipe #%d: r=%d w=%d", e.Pipe, e.FD, e.WriteFD)
	case EventClose:
		return fmt.Sprintf("close %d", e.FD)
	case EventEOF:
		return fmt.Sprintf("pipe #%d: last write end closed", e.Pipe)
	case EventRead:
		if e.Bytes == 0 {
			return fmt.Sprintf("read %d (pipe #%d): EOF", e.FD, e.Pipe)
		}
		return fmt.Sprintf("read %d (pipe #%d): %d bytes", e.FD, e.Pipe, e.Bytes)
	case EventWrite:
		return fmt.Sprintf("write %d (pipe #%d): %d bytes", e.FD, e.Pipe, e.Bytes)
	case EventOutput:
		return fmt.Sprintf("output %d: %s", e.FD, strconv.Quote(e.Data))
	case EventSetpgid:
		return fmt.Sprintf("setpgid %d", e.PGID)
	case EventSubreaper:
		if e.On {
			return "subreaper on"
		}
		return "subreaper off"
	case EventStop:
		return fmt.Sprintf("stopped by %v", e.Signal)
	case EventContinue:
		return "continued"
	case EventWaitNone:
		return fmt.Sprintf("waitpid(%d, %s) = 0: nothing to report yet", e.WaitPID, WaitOptionsText(e.Options))
	case EventWaitFailed:
		return fmt.Sprintf("waitpid(%d, %s) failed: %v (%s)", e.WaitPID, WaitOptionsText(e.Options), e.Errno, e.Errno.Desc())
	case EventSendFDs:
		return fmt.Sprintf("send fds %s on %d (pipe #%d)", fdList(e.FDs), e.FD, e.Pipe)
	case EventRecvFDs:
		return fmt.Sprintf("recv fds %s from %d (pipe #%d)", fdList(e.FDs), e.FD, e.Pipe)
	case EventDropFiles:
		return fmt.Sprintf("pipe #%d: %d files in flight dropped", e.Pipe, e.Files)
	case EventState:
		if e.State == StateSleeping {
			return "state " + e.State.String() + " (" + e.Sleep.String() + ")"
		}
		return "state " + e.State.String()
	case EventClone:
		return fmt.Sprintf("clone → thread %d", e.Other)
	case EventThreadExit:
		return fmt.Sprintf("thread %d exits", e.Other)
	case EventListen:
		return fmt.Sprintf("listen %d at %s", e.FD, e.Addr)
	case EventConnect:
		return fmt.Sprintf("connect to %s: r=%d w=%d (pipe #%d)", e.Addr, e.FD, e.WriteFD, e.Pipe)
	case EventAccept:
		return fmt.Sprintf("accept on %d (%s): fds %s (pipe #%d)", e.FD, e.Addr, fdList(e.FDs), e.Pipe)
	case EventNonblock:
		if e.On {
			return fmt.Sprintf("fcntl %d O_NONBLOCK on", e.FD)
		}
		return fmt.Sprintf("fcntl %d O_NONBLOCK off", e.FD)
	}
	return e.Kind.String()
}

// emit appends an event stamped with the clock.
func (k *Kernel) emit(e Event) {
	e.Time = k.now
	if len(k.threads) > 0 {
		if t := k.threads[e.PID]; t != nil {
			e.TID, e.PID = e.PID, t.leader.pid
		}
	}
	k.events.append(e)
}

// EventCount is the number of events so far.
func (k *Kernel) EventCount() int { return k.events.n }

// Event returns event i (0 ≤ i < EventCount, and not forgotten), oldest
// first.
func (k *Kernel) Event(i int) Event { return *k.events.at(i) }

// ForgetEvents says that no event before n will be read again: the chunks
// that hold only such events are released (their memory reused), so a
// reader that streams the log keeps the kernel's memory bounded. Reading
// a forgotten event panics.
func (k *Kernel) ForgetEvents(n int) {
	l := &k.events
	for i := l.forgot; i < n/eventChunk && i < len(l.chunks)-1; i++ {
		l.spare = append(l.spare, l.chunks[i][:0])
		l.chunks[i] = nil
		l.forgot = i + 1
	}
}

// Events returns a copy of every event so far, oldest first (for tests and
// tools; a simulator reads them one by one with Event); nothing forgotten.
func (k *Kernel) Events() []Event {
	out := make([]Event, 0, k.events.n)
	for _, c := range k.events.chunks {
		out = append(out, c...)
	}
	return out
}

// eventLog is the kernel's append-only log in fixed-size chunks, so that a
// long run never copies its history to grow it.
type eventLog struct {
	chunks [][]Event
	n      int
	forgot int       // chunks before this one are forgotten (nil)
	spare  [][]Event // forgotten chunks' memory, for the next ones
}

const eventChunk = 1 << 12

func (l *eventLog) append(e Event) {
	if l.n%eventChunk == 0 {
		var c []Event
		if k := len(l.spare); k > 0 {
			c, l.spare = l.spare[k-1], l.spare[:k-1]
		} else {
			c = make([]Event, 0, eventChunk)
		}
		l.chunks = append(l.chunks, c)
	}
	c := &l.chunks[len(l.chunks)-1]
	*c = append(*c, e)
	l.n++
}

func (l *eventLog) at(i int) *Event { return &l.chunks[i/eventChunk][i%eventChunk] }

// WaitOptionsText spells wait4's options as C and Python code name them
// ("WNOHANG|WUNTRACED", "0").
func WaitOptionsText(opts int) string {
	if opts == 0 {
		return "0"
	}
	var parts []string
	for _, o := range []struct {
		bit  int
		name string
	}{{WNOHANG, "WNOHANG"}, {WUNTRACED, "WUNTRACED"}, {WCONTINUED, "WCONTINUED"}} {
		if opts&o.bit != 0 {
			parts = append(parts, o.name)
			opts &^= o.bit
		}
	}
	if opts != 0 {
		parts = append(parts, fmt.Sprintf("%#x", opts))
	}
	return strings.Join(parts, "|")
}
