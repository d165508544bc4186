// The host methods that spawn and forkserver need: fork+exec in one call
// (_posixsubprocess.fork_exec behind multiprocessing.util.spawnv_passfds),
// messages that carry fds (the fork server's SCM_RIGHTS) and O_NONBLOCK
// (os.set_blocking on the server's wakeup pipe).

package sim

import "zombielab/sim/kernel"

// Spawn forks and execs a fresh interpreter running argv in the child; the
// caller's Python code never runs there. System.spawn charges the fork.
func (h *host) Spawn(argv []string, passFDs []int) (int, error) {
	pid, err := h.s.spawn(h.pid, argv, passFDs)
	if err != nil {
		return 0, errnoOf(err)
	}
	return int(pid), nil
}

func (h *host) SendMsg(fd int, data []byte, fds []int) (int, error) {
	h.syscall()
	n, err := h.s.k.SendMsg(h.tid, fd, data, fds)
	return n, errnoOf(err)
}

func (h *host) RecvMsg(fd, n int) ([]byte, []int, error) {
	h.syscall()
	data, fds, err := h.s.k.RecvMsg(h.tid, fd, n)
	return data, fds, errnoOf(err)
}

func (h *host) SetBlocking(fd int, blocking bool) error {
	h.syscall()
	return errnoOf(h.s.k.SetNonblock(h.tid, fd, !blocking))
}

// Listen, Connect and Accept are multiprocessing.connection's Listener
// and Client (pyvm.Sockets; kernel/unix.go).
func (h *host) Listen(inet bool, name string) (int, error) {
	h.syscall()
	fd, err := h.s.k.Listen(h.tid, kernel.SockAddr{Inet: inet, Name: name})
	return fd, errnoOf(err)
}

func (h *host) Connect(inet bool, name string) (int, int, error) {
	h.syscall()
	r, w, err := h.s.k.Connect(h.tid, kernel.SockAddr{Inet: inet, Name: name})
	return r, w, errnoOf(err)
}

func (h *host) Accept(fd int) (int, int, error) {
	h.syscall()
	r, w, err := h.s.k.Accept(h.tid, fd)
	return r, w, errnoOf(err)
}
