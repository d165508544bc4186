// Signals: numbers, names, default actions (signal(7)) and dispositions.

package kernel

import (
	"fmt"
	"strconv"
	"strings"
)

// Signal is a Linux signal number (x86 and generic numbering). Only the
// standard signals 1..31 exist here; real-time signals are not modelled.
type Signal int

// The standard signals.
const (
	SIGHUP    Signal = 1
	SIGINT    Signal = 2
	SIGQUIT   Signal = 3
	SIGILL    Signal = 4
	SIGTRAP   Signal = 5
	SIGABRT   Signal = 6
	SIGBUS    Signal = 7
	SIGFPE    Signal = 8
	SIGKILL   Signal = 9
	SIGUSR1   Signal = 10
	SIGSEGV   Signal = 11
	SIGUSR2   Signal = 12
	SIGPIPE   Signal = 13
	SIGALRM   Signal = 14
	SIGTERM   Signal = 15
	SIGSTKFLT Signal = 16
	SIGCHLD   Signal = 17
	SIGCONT   Signal = 18
	SIGSTOP   Signal = 19
	SIGTSTP   Signal = 20
	SIGTTIN   Signal = 21
	SIGTTOU   Signal = 22
	SIGURG    Signal = 23
	SIGXCPU   Signal = 24
	SIGXFSZ   Signal = 25
	SIGVTALRM Signal = 26
	SIGPROF   Signal = 27
	SIGWINCH  Signal = 28
	SIGIO     Signal = 29
	SIGPWR    Signal = 30
	SIGSYS    Signal = 31

	maxSignal = SIGSYS
)

// DefaultAction is what SIG_DFL does with a signal (signal(7), "Standard
// signals" table).
type DefaultAction uint8

// The default actions.
const (
	ActTerm DefaultAction = iota
	ActCore
	ActIgnore
	ActStop
	ActCont
)

func (a DefaultAction) String() string {
	return [...]string{"Term", "Core", "Ign", "Stop", "Cont"}[a]
}

type signalInfo struct {
	name string
	act  DefaultAction
}

var signals = [maxSignal + 1]signalInfo{
	SIGHUP: {"SIGHUP", ActTerm}, SIGINT: {"SIGINT", ActTerm},
	SIGQUIT: {"SIGQUIT", ActCore}, SIGILL: {"SIGILL", ActCore},
	SIGTRAP: {"SIGTRAP", ActCore}, SIGABRT: {"SIGABRT", ActCore},
	SIGBUS: {"SIGBUS", ActCore}, SIGFPE: {"SIGFPE", ActCore},
	SIGKILL: {"SIGKILL", ActTerm}, SIGUSR1: {"SIGUSR1", ActTerm},
	SIGSEGV: {"SIGSEGV", ActCore}, SIGUSR2: {"SIGUSR2", ActTerm},
	SIGPIPE: {"SIGPIPE", ActTerm}, SIGALRM: {"SIGALRM", ActTerm},
	SIGTERM: {"SIGTERM", ActTerm}, SIGSTKFLT: {"SIGSTKFLT", ActTerm},
	SIGCHLD: {"SIGCHLD", ActIgnore}, SIGCONT: {"SIGCONT", ActCont},
	SIGSTOP: {"SIGSTOP", ActStop}, SIGTSTP: {"SIGTSTP", ActStop},
	SIGTTIN: {"SIGTTIN", ActStop}, SIGTTOU: {"SIGTTOU", ActStop},
	SIGURG: {"SIGURG", ActIgnore}, SIGXCPU: {"SIGXCPU", ActCore},
	SIGXFSZ: {"SIGXFSZ", ActCore}, SIGVTALRM: {"SIGVTALRM", ActTerm},
	SIGPROF: {"SIGPROF", ActTerm}, SIGWINCH: {"SIGWINCH", ActIgnore},
	SIGIO: {"SIGIO", ActTerm}, SIGPWR: {"SIGPWR", ActTerm},
	SIGSYS: {"SIGSYS", ActCore},
}

// Valid reports whether s is one of the standard signals 1..31.
func (s Signal) Valid() bool { return s >= 1 && s <= maxSignal }

// String returns the name, "SIGTERM".
func (s Signal) String() string {
	if s.Valid() {
		return signals[s].name
	}
	return fmt.Sprintf("signal(%d)", int(s))
}

// Default returns the action SIG_DFL takes for s.
func (s Signal) Default() DefaultAction {
	if s.Valid() {
		return signals[s].act
	}
	return ActTerm
}

// SignalByName returns the signal called name ("SIGTERM" or "TERM").
func SignalByName(name string) (Signal, bool) {
	for s := Signal(1); s <= maxSignal; s++ {
		if n := signals[s].name; n == name || n[3:] == name {
			return s, true
		}
	}
	return 0, false
}

// Handler is a signal's disposition: sa_handler.
type Handler uint8

// The dispositions. SigHandler stands for any user function: the kernel only
// records that the signal is pending; running it is the interpreter's job.
const (
	SigDefault Handler = iota // SIG_DFL
	SigIgnore                 // SIG_IGN
	SigHandler                // a user handler
)

func (h Handler) String() string {
	return [...]string{"SIG_DFL", "SIG_IGN", "handler"}[h]
}

// SigAction is struct sigaction reduced to what the model uses.
type SigAction struct {
	Handler Handler
	// NoCldWait is SA_NOCLDWAIT: for SIGCHLD, children of this process do
	// not become zombies.
	NoCldWait bool
}

func (a SigAction) String() string {
	if a.NoCldWait {
		return a.Handler.String() + "|SA_NOCLDWAIT"
	}
	return a.Handler.String()
}

// sigSet is a set of standard signals, bit s-1 for signal s, like Linux's
// sigset_t for the first word.
type sigSet uint32

func (m sigSet) has(s Signal) bool { return m&(1<<(s-1)) != 0 }
func (m *sigSet) add(s Signal)     { *m |= 1 << (s - 1) }
func (m *sigSet) remove(s Signal)  { *m &^= 1 << (s - 1) }
func (m sigSet) lowest() (Signal, bool) {
	for s := Signal(1); s <= maxSignal; s++ {
		if m.has(s) {
			return s, true
		}
	}
	return 0, false
}

// SigMask is a set of signal numbers 1..64, bit s-1 for signal s: a task's
// blocked mask (pthread_sigmask) or the set a sigwait waits for. It keeps
// the real-time signals a program names (signal.valid_signals() blocks
// them too), though none is ever sent here.
type SigMask uint64

// Has reports whether s is in the set.
func (m SigMask) Has(s Signal) bool { return s >= 1 && s <= 64 && m&(1<<(s-1)) != 0 }

// With returns the set with s added (s in 1..64).
func (m SigMask) With(s Signal) SigMask { return m | 1<<(s-1) }

// String lists the set: signal names, real-time signals by number with
// runs shortened ("SIGUSR1,SIGTERM", "SIGHUP,...,SIGSYS,34-64"), "-" when
// empty.
func (m SigMask) String() string {
	if m == 0 {
		return "-"
	}
	var b strings.Builder
	for s := Signal(1); s <= 64; s++ {
		if !m.Has(s) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		if s.Valid() {
			b.WriteString(s.String())
			continue
		}
		end := s
		for end < 64 && m.Has(end+1) {
			end++
		}
		b.WriteString(strconv.Itoa(int(s)))
		if end > s {
			b.WriteString("-" + strconv.Itoa(int(end)))
		}
		s = end
	}
	return b.String()
}

// unblockable are SIGKILL and SIGSTOP, which a mask never holds
// (sigprocmask drops them silently: kernel/signal.c sys_rt_sigprocmask,
// sigdelsetmask(&new_set, sigmask(SIGKILL)|sigmask(SIGSTOP))).
const unblockable = SigMask(1<<(SIGKILL-1) | 1<<(SIGSTOP-1))

// How is pthread_sigmask's first argument.
type How int

// The ways to change a mask (SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK).
const (
	SigBlock How = iota
	SigUnblock
	SigSetmask
)

// The si_code values a siginfo carries (include/uapi/asm-generic/siginfo.h).
const (
	SiUser       = 0    // kill(2)
	SiKernel     = 0x80 // sent by the kernel: an interval timer's SIGALRM
	SiTkill      = -6   // tgkill(2): raise(3), pthread_kill
	CldExited    = 1    // SIGCHLD: the child exited; Status is its exit code
	CldKilled    = 2    // ... killed by Status without a core dump
	CldDumped    = 3    // ... killed by Status with one
	CldStopped   = 5    // ... stopped by Status
	CldContinued = 6    // ... continued (Status is SIGCONT)
)

// SigInfo is what a pending signal carries for sigwaitinfo: siginfo_t's
// si_code, the sender (si_pid, which reads 0 for SI_KERNEL: From is then
// the process whose timer sent it, for the trace) and, for SIGCHLD,
// si_status. A standard
// signal sent while one is already pending is dropped with its info
// (kernel/signal.c legacy_queue), so the first sender's is kept.
type SigInfo struct {
	Code   int
	From   PID
	Status int
}

// killInfo is the siginfo of kill(2) from sender.
func killInfo(sender PID) SigInfo { return SigInfo{Code: SiUser, From: sender} }

// childInfo is the siginfo of the SIGCHLD that child c's new status w
// sends its parent (do_notify_parent, do_notify_parent_cldstop).
func childInfo(c *process, w WaitStatus) SigInfo {
	in := SigInfo{From: c.pid}
	switch {
	case w.Continued():
		in.Code, in.Status = CldContinued, int(SIGCONT)
	case w.Stopped():
		in.Code, in.Status = CldStopped, int(w.StopSignal())
	case w.Signaled() && w.CoreDump():
		in.Code, in.Status = CldDumped, int(w.Signal())
	case w.Signaled():
		in.Code, in.Status = CldKilled, int(w.Signal())
	default:
		in.Code, in.Status = CldExited, w.ExitStatus()
	}
	return in
}
