// The host's side of exec and the userland (pyvm.ExecHost): execve through
// the simulated file system, descriptor duplication and inheritance,
// /dev/null, and the process table that ps reads.

package sim

import (
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

var _ pyvm.ExecHost = (*host)(nil)

func (h *host) Execve(path string, argv, env []string) error {
	h.syscall()
	return h.s.execve(h.pid, path, argv, env)
}

func (h *host) Dup(fd int) (int, error) {
	h.syscall()
	n, err := h.s.k.Dup(h.tid, fd, true)
	return n, errnoOf(err)
}

func (h *host) Dup2(fd, fd2 int, inheritable bool) (int, error) {
	h.syscall()
	n, err := h.s.k.Dup2(h.tid, fd, fd2, !inheritable)
	return n, errnoOf(err)
}

func (h *host) SetInheritable(fd int, on bool) error {
	h.syscall()
	return errnoOf(h.s.k.SetCloexec(h.tid, fd, !on))
}

func (h *host) Inheritable(fd int) (bool, error) {
	h.syscall()
	cloexec, err := h.s.k.Cloexec(h.tid, fd)
	return !cloexec, errnoOf(err)
}

// Open flags (include/uapi/asm-generic/fcntl.h).
const (
	oAccMode = 3
	oCreat   = 0o100
	oExcl    = 0o200
	oTrunc   = 0o1000
)

// fileStore is the simulated file system's side of open(2) (host_fs.go):
// whole-file reads and writes by absolute path.
type fileStore interface {
	ReadFile(path string) ([]byte, error)
	WriteFile(path string, data []byte, appendTo bool) error
}

// Open is open(2): /dev/null, or a regular file of the simulated file
// system, whose data stays there (a kernel file of kind fileRegular reads
// and appends through it).
func (h *host) Open(path string, flags int) (int, error) {
	h.syscall()
	abs := absIn(h.s.cwdOf(h.pid), path)
	if abs == "/dev/null" {
		fd, err := h.s.k.OpenDevNull(h.tid, true)
		return fd, errnoOf(err)
	}
	fs, ok := any(h).(fileStore)
	if !ok {
		return -1, pyvm.Errno(errnoENOENT)
	}
	_, err := fs.ReadFile(abs)
	isDir := err == pyvm.Errno(errnoEISDIR)
	exists := err == nil || isDir
	switch {
	case isDir:
		// Linux opens a directory O_RDONLY and fails the read(2) with
		// EISDIR; the error comes at open here.
		return -1, pyvm.Errno(errnoEISDIR)
	case exists && flags&oCreat != 0 && flags&oExcl != 0:
		return -1, pyvm.Errno(errnoEEXIST)
	case !exists && flags&oCreat == 0:
		return -1, pyvm.Errno(errnoENOENT)
	case !exists || flags&oTrunc != 0 && flags&oAccMode != 0:
		if err := fs.WriteFile(abs, nil, false); err != nil {
			return -1, err
		}
	}
	fd, err := h.s.k.OpenFile(h.tid, &simFile{fs: fs, path: abs}, true)
	return fd, errnoOf(err)
}

// simFile is a regular file as the kernel sees it (kernel.RegularFile).
type simFile struct {
	fs   fileStore
	path string
}

func (f *simFile) ReadAt(off, n int) []byte {
	b, err := f.fs.ReadFile(f.path)
	if err != nil || off >= len(b) {
		return []byte{}
	}
	return b[off:min(len(b), off+n)]
}

func (f *simFile) Append(data []byte) { f.fs.WriteFile(f.path, data, true) }

// ProcTable lists every process but the kernel's own (pid 0 never
// appears; init and the shell do, as in a container's ps -e).
//
// The terminal: the shell's session has pts/0 as its controlling terminal
// and the scenario's main process's group is its foreground group while
// that process lives (the shell's after), so ps marks that group's
// processes with + ; a session made by setsid has no terminal (TTY ?,
// TPGID -1), nor has init's. STAT gets procps's s (session leader), l
// (threads) and + (foreground group) after the letter.
func (h *host) ProcTable() []pyvm.ProcRow {
	var rows []pyvm.ProcRow
	snap := h.s.k.Snapshot()
	fg := h.s.k.ShellPID()
	if m, ok := h.s.k.Process(h.s.main); ok && h.s.main != 0 && m.State != kernel.StateZombie {
		fg = m.PGID
	}
	now := h.Now()
	for _, p := range snap.Procs {
		sid := h.s.sid(p.PID)
		if p.PID == 1 {
			sid = 1
		}
		tty, tpgid := "?", -1
		if sid != 1 && sid == h.s.sid(h.s.main) {
			tty, tpgid = "pts/0", int(fg)
		}
		stat := p.Stat()
		if sid == p.PID {
			stat += "s"
		}
		if p.Threads > 1 && p.State != kernel.StateZombie {
			stat += "l"
		}
		if tpgid >= 0 && p.PGID == fg {
			stat += "+"
		}
		flags := 0
		if !p.Execed {
			flags = 1
		}
		rows = append(rows, pyvm.ProcRow{
			PID: int(p.PID), PPID: int(p.PPID), PGID: int(p.PGID), Stat: stat,
			Comm: p.Comm, Cmdline: p.Cmdline, CPU: float64(p.CPU) / float64(kernel.Second),
			SID: int(sid), TPGID: tpgid, TTY: tty, Flags: flags, Wchan: p.Wchan, Threads: p.Threads,
			Start: float64(p.StartTime-h.s.t0) / 1e9, Now: now,
		})
		for _, t := range p.TIDs {
			rows[len(rows)-1].TIDs = append(rows[len(rows)-1].TIDs, int(t))
		}
	}
	return rows
}

// ForkExec is _posixsubprocess.fork_exec (and glibc's posix_spawn behind
// os.system): fork, then in the child dup2 the given fds onto 0, 1 and 2,
// start a new session if asked, and exec, all before the child runs any
// code of its own (CPython's child is C; with vfork it execs within a
// fraction of a millisecond), so the child is not charged the start-up of
// a Python fork child. A program that cannot be executed fails the call
// after a child that exits at once and is reaped (failedExecChild). With
// search, the file is looked up in PATH as _posixsubprocess does: the first error that
// is not ENOENT or ENOTDIR wins, else the last one.
func (h *host) ForkExec(path string, argv, env []string, search bool, stdio [3]int, newSession bool) (int, error) {
	cwd := h.s.cwdOf(h.pid)
	prog, argv, err := h.s.lookPath(cwd, path, argv, env, search)
	if err != nil {
		h.failedExecChild()
		return 0, err
	}
	// The parent's Popen() returns once the exec is done (the error pipe
	// closes), so the new program starts no earlier than the parent's
	// line ends: the child's delay includes the fork's cost.
	forkCost := h.s.costs.ForkParent.draw(h.s.rng)
	h.s.stepCost += forkCost
	child, err := h.s.k.Fork(h.tid)
	if err != nil {
		return 0, errnoOf(err)
	}
	h.s.forked(h.pid, child)
	for target, fd := range stdio {
		switch {
		case fd < 0:
		case fd == target:
			h.s.k.SetCloexec(child, fd, false)
		default:
			if _, err := h.s.k.Dup2(child, fd, target, false); err != nil {
				// The child's dup2 fails (stdout=99): it reports the
				// errno and exits, and the parent reaps it and raises.
				h.childFailed(child)
				if e, ok := errnoOf(err).(pyvm.Errno); ok {
					return 0, pyvm.ChildSetupError{Errno: e}
				}
				return 0, errnoOf(err)
			}
		}
	}
	if newSession {
		(&host{s: h.s, pid: child, tid: child}).Setsid()
	}
	img := h.s.image(prog, argv, cwd)
	if err := img.in.RunPrologue([]byte(environPrologue(env) + h.s.cwdPrologue(cwd))); err != nil {
		panic("sim: environment prologue: " + err.Error())
	}
	cmdline := strings.Join(argv, " ")
	if err := h.s.k.Execve(child, cmdline); err != nil {
		h.childFailed(child)
		return 0, errnoOf(err)
	}
	h.s.execed(h.pid, child, cmdline)
	h.s.adopt(child, img.in, Span{forkCost + img.startup.Lo + vforkChild.Lo, forkCost + img.startup.Hi + vforkChild.Hi})
	return int(child), nil
}

// failedExecChild is the child of a fork_exec whose exec fails: in
// _posixsubprocess it is forked, writes the errno on the error pipe and
// _exit(255)s, and Popen._execute_child reaps it before it raises (glibc's
// posix_spawn reaps its own failed child the same way), so it takes a pid
// and its number in the family (docs/CHECKPOINTS.md counts every child
// made). It runs no code here: it exits and is reaped within the call.
func (h *host) failedExecChild() {
	h.s.stepCost += h.s.costs.ForkParent.draw(h.s.rng)
	child, err := h.s.k.Fork(h.pid)
	if err != nil {
		return
	}
	h.s.forked(h.pid, child)
	h.childFailed(child)
}

// childFailed ends a fork_exec child that failed before its exec (it
// _exit(255)s after writing the errno on the error pipe) and reaps it, as
// Popen._execute_child does before it raises: no child is left, and none
// runs without a program.
func (h *host) childFailed(child kernel.PID) {
	h.s.k.Exit(child, kernel.Exited(255))
	_, _ = h.s.k.Wait(h.pid, kernel.WaitOptions{Pid: int(child)})
}

// vforkChild is how long a vfork child takes from the fork to its exec.
var vforkChild = us(50, 150)
