// The host's side of exec and the userland (pyvm.ExecHost): execve through
// the simulated file system, descriptor duplication and inheritance,
// /dev/null, and the process table that ps reads.

package sim

import (
	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

var _ pyvm.ExecHost = (*host)(nil)

func (h *host) Execve(path string, argv []string) error {
	h.syscall()
	return h.s.execve(h.pid, path, argv)
}

func (h *host) Dup(fd int) (int, error) {
	h.syscall()
	n, err := h.s.k.Dup(h.pid, fd, true)
	return n, errnoOf(err)
}

func (h *host) Dup2(fd, fd2 int, inheritable bool) (int, error) {
	h.syscall()
	n, err := h.s.k.Dup2(h.pid, fd, fd2, !inheritable)
	return n, errnoOf(err)
}

func (h *host) SetInheritable(fd int, on bool) error {
	h.syscall()
	return errnoOf(h.s.k.SetCloexec(h.pid, fd, !on))
}

func (h *host) Inheritable(fd int) (bool, error) {
	h.syscall()
	cloexec, err := h.s.k.Cloexec(h.pid, fd)
	return !cloexec, errnoOf(err)
}

func (h *host) OpenDevNull() (int, error) {
	h.syscall()
	fd, err := h.s.k.OpenDevNull(h.pid, true)
	return fd, errnoOf(err)
}

// ProcTable lists every process but the kernel's own (pid 0 never
// appears; init and the shell do, as in a container's ps -e).
func (h *host) ProcTable() []pyvm.ProcRow {
	var rows []pyvm.ProcRow
	for _, p := range h.s.k.Snapshot().Procs {
		rows = append(rows, pyvm.ProcRow{
			PID: int(p.PID), PPID: int(p.PPID), PGID: int(p.PGID), Stat: p.Stat(),
			Comm: p.Comm, Cmdline: p.Cmdline, CPU: float64(p.CPU) / float64(kernel.Second),
		})
	}
	return rows
}
