// The wait status word, in Linux's encoding (the W* macros of
// include/uapi/linux/wait.h and glibc's bits/waitstatus.h).

package kernel

import "fmt"

// WaitStatus is the int that wait4 stores: exited, code<<8; killed by a
// signal, the signal number with 0x80 set when a core was dumped.
type WaitStatus uint32

// Exited returns the status of a process that called _exit(code); only the
// low 8 bits of code survive, as in Linux's do_exit((code&0xff)<<8).
func Exited(code int) WaitStatus { return WaitStatus(code&0xff) << 8 }

// Signaled returns the status of a process killed by sig. The core flag is set
// iff sig's default action is core (signal(7)); the model assumes
// RLIMIT_CORE allows dumps, as the LTP waitpid01 expectations do.
func Signaled(sig Signal) WaitStatus {
	st := WaitStatus(sig) & 0x7f
	if sig.Default() == ActCore {
		st |= 0x80
	}
	return st
}

// Stopped returns the status wait reports for a child stopped by sig:
// 0x7f | sig<<8.
func Stopped(sig Signal) WaitStatus { return WaitStatus(sig&0xff)<<8 | 0x7f }

// Continued is the status wait reports for a continued child (WCONTINUED).
const Continued WaitStatus = 0xffff

// Exited reports WIFEXITED.
func (w WaitStatus) Exited() bool { return w&0x7f == 0 }

// ExitStatus returns WEXITSTATUS.
func (w WaitStatus) ExitStatus() int { return int(w>>8) & 0xff }

// Signaled reports WIFSIGNALED.
func (w WaitStatus) Signaled() bool { return w&0x7f != 0 && w&0x7f != 0x7f }

// Signal returns WTERMSIG.
func (w WaitStatus) Signal() Signal { return Signal(w & 0x7f) }

// CoreDump reports WCOREDUMP.
func (w WaitStatus) CoreDump() bool { return w&0x80 != 0 }

// Stopped reports WIFSTOPPED; StopSignal is WSTOPSIG.
func (w WaitStatus) Stopped() bool { return w&0xff == 0x7f }

// StopSignal returns WSTOPSIG.
func (w WaitStatus) StopSignal() Signal { return Signal(w>>8) & 0xff }

// Continued reports WIFCONTINUED.
func (w WaitStatus) Continued() bool { return w == Continued }

// ExitCode is CPython's os.waitstatus_to_exitcode: the exit code, or minus
// the signal number.
func (w WaitStatus) ExitCode() int {
	if w.Signaled() {
		return -int(w.Signal())
	}
	return w.ExitStatus()
}

// String returns "exited 3", "killed by SIGTERM" or
// "killed by SIGSEGV (core dumped)".
func (w WaitStatus) String() string {
	switch {
	case w.Exited():
		return fmt.Sprintf("exited %d", w.ExitStatus())
	case w.Continued():
		return "continued"
	case w.Stopped():
		return fmt.Sprintf("stopped by %v", w.StopSignal())
	case w.Signaled() && w.CoreDump():
		return fmt.Sprintf("killed by %v (core dumped)", w.Signal())
	case w.Signaled():
		return fmt.Sprintf("killed by %v", w.Signal())
	}
	return fmt.Sprintf("status %#x", uint32(w))
}
