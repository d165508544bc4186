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

// The kinds of event.
const (
	EventBoot          EventKind = iota // init started
	EventFork                           // PID forked Other
	EventForkFailed                     // PID's fork failed with Errno
	EventExec                           // PID now runs Text
	EventExit                           // PID exited with Status
	EventReparent                       // PID's parent N died; Other adopted it
	EventZombie                         // PID became a zombie
	EventReleased                       // PID was auto-reaped: parent Other's SIGCHLD action is Text
	EventReap                           // PID reaped its child Other (Status)
	EventSignal                         // Signal from Other reached PID; Text is what it did
	EventSignalPending                  // Signal from Other is pending at PID, for its handler
	EventSigaction                      // PID set Signal's action to Text
	EventBlock                          // PID sleeps in Text (until Until, if set)
	EventWake                           // PID is runnable again
	EventPipe                           // PID made Pipe with read end FD, write end N
	EventClose                          // PID closed FD
	EventEOF                            // PID closed the last write end of Pipe
	EventRead                           // PID read N bytes from FD (Pipe); 0 is EOF
	EventWrite                          // PID wrote N bytes to FD (Pipe)
	EventOutput                         // PID wrote Text to the terminal on FD
	EventSetpgid                        // PID moved to process group Other
	EventSubreaper                      // PID's child-subreaper flag became N
	EventStop                           // PID was stopped by Signal
	EventContinue                       // PID was continued
	EventSendFDs                        // PID's message on FD (Pipe) carries the files at fds Text
	EventRecvFDs                        // PID received files from FD (Pipe), now at fds Text
	EventDropFiles                      // N files in flight in Pipe were dropped: no reader left
	EventNonblock                       // PID set O_NONBLOCK on FD to N
	EventWaitNone                       // PID's wait4(Other, N) found children but nothing to report: 0
	EventWaitFailed                     // PID's wait4(Other, N) failed with Errno
	numEventKinds
)

var eventKindNames = [numEventKinds]string{
	"boot", "fork", "fork-failed", "exec", "exit", "reparent", "zombie",
	"auto-reaped", "reap", "signal", "signal-pending", "sigaction", "block", "wake", "pipe",
	"close", "eof", "read", "write", "output", "setpgid", "subreaper",
	"stop", "continue", "send-fds", "recv-fds", "drop-files", "nonblock", "wait-none", "wait-failed",
}

func (e EventKind) String() string {
	if e < numEventKinds {
		return eventKindNames[e]
	}
	return fmt.Sprintf("EventKind(%d)", uint8(e))
}

// Event is one change. Which fields matter depends on Kind (see the
// constants).
type Event struct {
	Time   Time
	Kind   EventKind
	PID    PID
	Other  PID
	Status WaitStatus
	Signal Signal
	Errno  Errno
	FD     int
	N      int
	Pipe   int
	Until  Time
	Text   string
}

// String is the event's one line: time, pid, verb, details.
func (e Event) String() string {
	return e.Time.String() + " " + e.Body()
}

// Body is the line without its time: pid, verb, details (a trace prints its
// own, relative, times).
func (e Event) Body() string {
	return strconv.Itoa(int(e.PID)) + " " + e.detail()
}

func (e Event) detail() string {
	switch e.Kind {
	case EventBoot:
		return "boot init (" + e.Text + ")"
	case EventFork:
		return fmt.Sprintf("fork → %d", e.Other)
	case EventForkFailed:
		return "fork failed: " + e.Errno.String()
	case EventExec:
		return "exec " + strconv.Quote(e.Text)
	case EventExit:
		return "exit: " + e.Status.String()
	case EventReparent:
		return fmt.Sprintf("reparent: %d → %d", e.N, e.Other)
	case EventZombie:
		return "zombie"
	case EventReleased:
		return fmt.Sprintf("auto-reaped: parent %d has SIGCHLD %s", e.Other, e.Text)
	case EventReap:
		return fmt.Sprintf("reap %d: %v", e.Other, e.Status)
	case EventSignal, EventSignalPending:
		return fmt.Sprintf("signal %v from %d: %s", e.Signal, e.Other, e.Text)
	case EventSigaction:
		return fmt.Sprintf("sigaction %v %s", e.Signal, e.Text)
	case EventBlock:
		if e.Until != 0 {
			// A duration, not the absolute deadline: traces print times
			// relative to their own origin.
			return fmt.Sprintf("blocks in %s for %v", e.Text, Duration(e.Until-e.Time))
		}
		return "blocks in " + e.Text
	case EventWake:
		return "wakes"
	case EventPipe:
		return fmt.Sprintf("pipe #%d: r=%d w=%d", e.Pipe, e.FD, e.N)
	case EventClose:
		return fmt.Sprintf("close %d", e.FD)
	case EventEOF:
		return fmt.Sprintf("pipe #%d: last write end closed", e.Pipe)
	case EventRead:
		if e.N == 0 {
			return fmt.Sprintf("read %d (pipe #%d): EOF", e.FD, e.Pipe)
		}
		return fmt.Sprintf("read %d (pipe #%d): %d bytes", e.FD, e.Pipe, e.N)
	case EventWrite:
		return fmt.Sprintf("write %d (pipe #%d): %d bytes", e.FD, e.Pipe, e.N)
	case EventOutput:
		return fmt.Sprintf("output %d: %s", e.FD, strconv.Quote(e.Text))
	case EventSetpgid:
		return fmt.Sprintf("setpgid %d", e.Other)
	case EventSubreaper:
		if e.N != 0 {
			return "subreaper on"
		}
		return "subreaper off"
	case EventStop:
		return fmt.Sprintf("stopped by %v", e.Signal)
	case EventContinue:
		return "continued"
	case EventWaitNone:
		return fmt.Sprintf("waitpid(%d, %s) = 0: nothing to report yet", e.Other, WaitOptionsText(e.N))
	case EventWaitFailed:
		return fmt.Sprintf("waitpid(%d, %s) failed: %v (%s)", e.Other, WaitOptionsText(e.N), e.Errno, e.Errno.Desc())
	case EventSendFDs:
		return fmt.Sprintf("send fds %s on %d (pipe #%d)", e.Text, e.FD, e.Pipe)
	case EventRecvFDs:
		return fmt.Sprintf("recv fds %s from %d (pipe #%d)", e.Text, e.FD, e.Pipe)
	case EventDropFiles:
		return fmt.Sprintf("pipe #%d: %d files in flight dropped", e.Pipe, e.N)
	case EventNonblock:
		if e.N != 0 {
			return fmt.Sprintf("fcntl %d O_NONBLOCK on", e.FD)
		}
		return fmt.Sprintf("fcntl %d O_NONBLOCK off", e.FD)
	}
	return e.Kind.String()
}

// emit appends an event stamped with the clock.
func (k *Kernel) emit(e Event) {
	e.Time = k.now
	k.events = append(k.events, e)
}

// Events returns every event so far, oldest first. The slice is append-only
// and must not be modified.
func (k *Kernel) Events() []Event { return k.events[:len(k.events):len(k.events)] }

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
