// System call errors: the errno values the process table can return, and
// ErrBlocked, which is not an errno but the scheduler's "sleep and retry".

package kernel

import (
	"errors"
	"fmt"
)

// Errno is a Linux error number (include/uapi/asm-generic/errno-base.h).
type Errno int

// The errno values this kernel returns.
const (
	EPERM  Errno = 1
	ENOENT Errno = 2
	ESRCH  Errno = 3
	EINTR  Errno = 4
	EBADF  Errno = 9
	ECHILD Errno = 10
	EAGAIN Errno = 11
	EACCES Errno = 13
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
	EMFILE: {"EMFILE", "Too many open files"},
	EINTR:  {"EINTR", "Interrupted system call"},
	EBADF:  {"EBADF", "Bad file descriptor"},
	ECHILD: {"ECHILD", "No child processes"},
	EAGAIN: {"EAGAIN", "Resource temporarily unavailable"},
	EACCES: {"EACCES", "Permission denied"},
	EINVAL: {"EINVAL", "Invalid argument"},
	EPIPE:  {"EPIPE", "Broken pipe"},

	EADDRINUSE:   {"EADDRINUSE", "Address already in use"},
	ECONNREFUSED: {"ECONNREFUSED", "Connection refused"},
}

// Error returns the symbolic name, "ECHILD".
func (e Errno) Error() string { return e.String() }

// String returns the symbolic name, "ECHILD".
func (e Errno) String() string {
	if n, ok := errnoNames[e]; ok {
		return n[0]
	}
	return fmt.Sprintf("errno(%d)", int(e))
}

// Desc returns strerror's text, "No child processes".
func (e Errno) Desc() string {
	if n, ok := errnoNames[e]; ok {
		return n[1]
	}
	return fmt.Sprintf("Unknown error %d", int(e))
}

// ErrBlocked says the calling process has been put to sleep. The caller must
// retry the same call, with the same arguments, when Next returns its pid
// again (after running the handlers of any pending signal). Nanosleep and Poll
// remember their deadline across retries, as CPython's PEP 475 loops do.
var ErrBlocked = errors.New("kernel: blocked; retry when scheduled")
