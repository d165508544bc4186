// This file defines the part of the Host behind the everyday library
// (issue 14): sessions, waitid and wait4, the interval timer behind
// signal.alarm/setitimer, pause, entropy for os.urandom and random, and
// the file system behind open() (regular files and a procfs generated from
// the process table).

package pyvm

// LibHost is embedded in Host.
type LibHost interface {
	// Getsid is getsid(pid) (0: the caller).
	Getsid(pid int) (int, error)
	// Setsid makes the caller the leader of a new session and process
	// group; EPERM when it already leads a group.
	Setsid() (int, error)
	// Waitid is waitid(idtype, id, options); Info.PID 0 with WNOHANG means
	// nothing to report.
	Waitid(idtype, id, options int) (WaitInfo, error)
	// Wait4 is wait4: Waitpid plus the reaped child's resource usage.
	Wait4(pid, options int) (rpid, status int, ru Rusage, err error)
	// Times is times(2) for the caller, in seconds.
	Times() ProcTimes
	// SetITimer arms ITIMER_REAL (SIGALRM after value seconds, then every
	// interval; value 0 disarms) and returns the previous setting.
	SetITimer(value, interval float64) (oldValue, oldInterval float64)
	// GetITimer returns what is left of ITIMER_REAL.
	GetITimer() (value, interval float64)
	// Pause sleeps until a signal is taken (ErrBlocked until then).
	Pause() error
	// Urandom returns n bytes of the run's entropy (deterministic per run).
	Urandom(n int) []byte
	// ReadFile returns the content of a file, a /proc file generated now,
	// or an error (ENOENT, EISDIR ...).
	ReadFile(path string) ([]byte, error)
	// WriteFile writes a regular file, replacing or appending.
	WriteFile(path string, data []byte, appendTo bool) error
	// Stat describes a path.
	Stat(path string) (FileInfo, error)
	// Remove unlinks a regular file.
	Remove(path string) error
	// ListDir lists a directory's entries, sorted.
	ListDir(path string) ([]string, error)
	// Realpath resolves symbolic links such as /proc/self.
	Realpath(path string) string
}

// WaitInfo is waitid's siginfo_t.
type WaitInfo struct {
	PID, UID, Signo, Status, Code int
}

// Rusage is the part of struct rusage the simulator knows.
type Rusage struct {
	UTime, STime float64
	MaxRSS       int // kilobytes
}

// ProcTimes is os.times().
type ProcTimes struct {
	User, System, ChildrenUser, ChildrenSystem, Elapsed float64
}

// FileInfo is what Stat reports.
type FileInfo struct {
	Dir, Device, Symlink bool
	Size                 int
}

// siginfo si_code values for SIGCHLD (include/uapi/asm-generic/siginfo.h).
const (
	CLDExited    = 1
	CLDKilled    = 2
	CLDDumped    = 3
	CLDTrapped   = 4
	CLDStopped   = 5
	CLDContinued = 6
)

// More errno values the library needs (errno-base.h).
const (
	EACCES    Errno = 13
	EBUSY     Errno = 16
	EXDEV     Errno = 18
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	ESPIPE    Errno = 29
	ENOTEMPTY Errno = 39
)

func init() {
	errnoNames[EACCES] = [2]string{"EACCES", "Permission denied"}
	errnoNames[EBUSY] = [2]string{"EBUSY", "Device or resource busy"}
	errnoNames[EXDEV] = [2]string{"EXDEV", "Invalid cross-device link"}
	errnoNames[ENOTDIR] = [2]string{"ENOTDIR", "Not a directory"}
	errnoNames[EISDIR] = [2]string{"EISDIR", "Is a directory"}
	errnoNames[ESPIPE] = [2]string{"ESPIPE", "Illegal seek"}
	errnoNames[ENOTEMPTY] = [2]string{"ENOTEMPTY", "Directory not empty"}
	errnoOrder = insertErrno(errnoOrder, EACCES, EBUSY, EXDEV, ENOTDIR, EISDIR, ESPIPE, ENOTEMPTY)
}

func insertErrno(order []Errno, es ...Errno) []Errno {
	for _, e := range es {
		i := 0
		for i < len(order) && order[i] < e {
			i++
		}
		if i < len(order) && order[i] == e {
			continue
		}
		order = append(order[:i], append([]Errno{e}, order[i:]...)...)
	}
	return order
}
