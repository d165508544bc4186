// This file defines the contract with the simulator's kernel: the Host
// interface (one per simulated process), Linux errno values, and the
// configuration of an interpreter (modelled CPython version, argv, loader).

package pyvm

import (
	"errors"
	"fmt"

	"zombielab/sim/cpython"
)

// ErrBlocked is returned by a Host method when the calling process must sleep.
// The VM then stops with StopBlocked and retries the very same call on the
// next Run.
var ErrBlocked = errors.New("pyvm: host call blocked")

// Host is the operating system as one simulated process sees it.
type Host interface {
	Getpid() int
	Getppid() int
	Fork(child *Interp) (pid int, err error)
	// Exit ends the process now with a wait-status-encoded value (code<<8,
	// or the signal number).
	Exit(status int)
	Waitpid(pid, options int) (rpid, status int, err error)
	Kill(pid, sig int) error
	// Signal sets a disposition: 0 = SIG_DFL, 1 = SIG_IGN, 2 = a Python handler.
	Signal(sig int, disposition int) (old int, err error)
	TakeSignal() (sig int, ok bool)
	Pipe() (r, w int, err error)
	Read(fd, n int) ([]byte, error)
	Write(fd int, b []byte) (int, error)
	Close(fd int) error
	Select(fds []int, timeout float64) (ready []int, err error)
	Getpgid(pid int) (int, error)
	Setpgid(pid, pgid int) error
	Sleep(seconds float64) error
	Now() float64
	Exec(argv []string, passFDs []int) error
	// Spawn forks and execs a fresh interpreter in one step, as
	// multiprocessing.util.spawnv_passfds does with _posixsubprocess.fork_exec
	// (close_fds=True, pass_fds): the child never runs the caller's Python code.
	Spawn(argv []string, passFDs []int) (pid int, err error)
	SendMsg(fd int, data []byte, fds []int) (int, error)   // may return ErrBlocked
	RecvMsg(fd, n int) (data []byte, fds []int, err error) // may return ErrBlocked; EOF gives empty data, no fds
	SetBlocking(fd int, blocking bool) error
	LibHost // host_lib.go
}

// Canceler may be implemented by a Host that keeps state for a blocked call
// (a Sleep or Select deadline). The VM calls CancelBlocked when it abandons
// such a call for good: a signal handler raised an exception while the call
// was blocked, so the call will not be retried (PEP 475).
type Canceler interface {
	CancelBlocked()
}

// Sockets may be implemented by a Host that models listening stream
// sockets (multiprocessing.connection's Listener and Client, through
// _zombielab). inet says whether name is host:port (AF_INET) or a path
// (AF_UNIX). A connection's end is two fds, read and write. Accept may
// return ErrBlocked.
type Sockets interface {
	Listen(inet bool, name string) (fd int, err error)
	Connect(inet bool, name string) (r, w int, err error)
	Accept(fd int) (r, w int, err error)
}

// Errno is a Linux error number returned by a Host.
type Errno int

// Linux errno values (include/uapi/asm-generic/errno-base.h).
const (
	EPERM  Errno = 1
	ENOENT Errno = 2
	ESRCH  Errno = 3
	EINTR  Errno = 4
	EBADF  Errno = 9
	ECHILD Errno = 10
	EAGAIN Errno = 11
	ENOMEM Errno = 12
	EEXIST Errno = 17
	EINVAL Errno = 22
	EMFILE Errno = 24
	EPIPE  Errno = 32

	EADDRINUSE   Errno = 98
	ECONNREFUSED Errno = 111
)

var errnoNames = map[Errno][2]string{
	EPERM:  {"EPERM", "Operation not permitted"},
	ENOENT: {"ENOENT", "No such file or directory"},
	ESRCH:  {"ESRCH", "No such process"},
	EINTR:  {"EINTR", "Interrupted system call"},
	EBADF:  {"EBADF", "Bad file descriptor"},
	ECHILD: {"ECHILD", "No child processes"},
	EAGAIN: {"EAGAIN", "Resource temporarily unavailable"},
	ENOMEM: {"ENOMEM", "Cannot allocate memory"},
	EEXIST: {"EEXIST", "File exists"},
	EINVAL: {"EINVAL", "Invalid argument"},
	EMFILE: {"EMFILE", "Too many open files"},
	EPIPE:  {"EPIPE", "Broken pipe"},

	EADDRINUSE:   {"EADDRINUSE", "Address already in use"},
	ECONNREFUSED: {"ECONNREFUSED", "Connection refused"},
}

// errnoOrder lists the errno values in numeric order, for the errno module.
var errnoOrder = []Errno{EPERM, ENOENT, ESRCH, EINTR, EBADF, ECHILD, EAGAIN, ENOMEM, EEXIST, EINVAL, EMFILE, EPIPE, EADDRINUSE, ECONNREFUSED}

// Name is the symbolic name, e.g. "ECHILD".
func (e Errno) Name() string {
	if n, ok := errnoNames[e]; ok {
		return n[0]
	}
	return fmt.Sprintf("E%d", int(e))
}

// Error is strerror(3) as glibc words it.
func (e Errno) Error() string {
	if n, ok := errnoNames[e]; ok {
		return n[1]
	}
	return fmt.Sprintf("Unknown error %d", int(e))
}

// Version is a modelled CPython minor version, e.g. 3.11: the
// simulator's one version type.
type Version = cpython.Version

// Modelled versions.
var (
	Py38  = Version{Major: 3, Minor: 8}
	Py311 = Version{Major: 3, Minor: 11}
	Py312 = Version{Major: 3, Minor: 12}
	Py313 = Version{Major: 3, Minor: 13}
	Py314 = Version{Major: 3, Minor: 14}
)

// Loader returns the source of a modelled pure-Python module (for example
// multiprocessing), or ok=false when it does not provide that module.
type Loader func(module string) (filename string, src []byte, ok bool)

// Config configures a new interpreter.
type Config struct {
	Host    Host
	Version Version // zero means 3.11
	Argv    []string
	Loader  Loader
	// Executable is sys.executable; default "/usr/bin/python3".
	Executable string
	// ReadFile is the simulated file system: the scenario's own file, which
	// spawn's prepare() re-imports by path (_zombielab.import_main_path).
	ReadFile func(path string) ([]byte, bool)
	// Unfused compiles without fused instructions (fuse.go), so that a test
	// can compare runs with and without them.
	Unfused bool
	// internal lets the program import the simulator's own modules
	// (internalModules), for the tests of those modules.
	internal bool
}
