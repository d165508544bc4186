// Listening stream sockets and connections to them by address: what
// multiprocessing.connection's Listener and Client need (a manager's
// server, the docs' Listener/Client examples). Linux: net/unix/af_unix.c
// unix_bind, unix_listen, unix_stream_connect, unix_accept, unix_release
// (and net/ipv4 for a loopback AF_INET address, which behaves the same
// way here).
//
// Where it departs: a connected stream socket is two pipes, one per
// direction, so each end is two fds (read, write), as the model's duplex
// Pipe() is; messages, EOF, EPIPE, O_NONBLOCK and fd passing are then the
// pipes' (fd.go, msg.go). An address lives in the kernel's table of bound
// addresses, not as a socket file in the file system. The backlog is
// unbounded (a connect never waits for an accept).

package kernel

// SockAddr is a socket address: a path (AF_UNIX) or host:port (AF_INET,
// loopback only).
type SockAddr struct {
	Inet bool
	Name string
}

func (a SockAddr) String() string {
	if a.Inet {
		return "inet:" + a.Name
	}
	return "unix:" + a.Name
}

// listener is a listening socket: the connections waiting for accept(2),
// and a wait queue (q, a pipe holding no data) where accept and poll sleep.
type listener struct {
	addr    SockAddr
	q       *pipe
	backlog []conn
}

// conn is the server side of a connection in the backlog: the read end of
// the client-to-server pipe and the write end of the other. Each holds one
// reference until accepted or dropped, as an in-flight file does.
type conn struct{ r, w *file }

// Listen is socket(2) + bind(2) + listen(2): a listening socket at addr,
// at the lowest free fd (close-on-exec, as CPython's sockets are). An
// address already bound is EADDRINUSE.
func (k *Kernel) Listen(pid PID, addr SockAddr) (int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, err
	}
	if _, taken := k.bound[addr]; taken {
		return -1, EADDRINUSE
	}
	if !p.freeFDs(1) {
		return -1, EMFILE
	}
	l := &listener{addr: addr, q: &pipe{}}
	if k.bound == nil {
		k.bound = map[SockAddr]*listener{}
	}
	k.bound[addr] = l
	fd := p.installFD(&file{kind: fileListener, lis: l, refs: 1})
	p.setCloexec(fd, true)
	k.emit(Event{Kind: EventListen, PID: p.pid, FD: fd, Addr: addr.String()})
	return fd, nil
}

// Connect is socket(2) + connect(2) to a listening socket: the caller gets
// its end of the new connection (r, w); the server's end waits in the
// backlog and wakes an accept. No socket at addr is ENOENT for a path
// (the socket file is gone) and ECONNREFUSED for a port.
func (k *Kernel) Connect(pid PID, addr SockAddr) (r, w int, err error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, -1, err
	}
	l, ok := k.bound[addr]
	if !ok {
		if addr.Inet {
			return -1, -1, ECONNREFUSED
		}
		return -1, -1, ENOENT
	}
	if !p.freeFDs(2) {
		return -1, -1, EMFILE
	}
	k.pipes += 2
	up := &pipe{id: k.pipes - 1, readers: 1, writers: 1} // client → server
	down := &pipe{id: k.pipes, readers: 1, writers: 1}   // server → client
	r = p.installFD(&file{kind: filePipeRead, pipe: down, refs: 1})
	w = p.installFD(&file{kind: filePipeWrite, pipe: up, refs: 1})
	p.setCloexec(r, true)
	p.setCloexec(w, true)
	l.backlog = append(l.backlog, conn{r: &file{kind: filePipeRead, pipe: up, refs: 1}, w: &file{kind: filePipeWrite, pipe: down, refs: 1}})
	k.emit(Event{Kind: EventConnect, PID: p.pid, FD: r, WriteFD: w, Pipe: up.id, Addr: addr.String()})
	k.wakeSleepers(l.q, SleepRead)
	return r, w, nil
}

// Accept is accept(2) on a listening socket at fd: the oldest connection
// of the backlog, installed at the lowest free fds (read end, write end).
// An empty backlog blocks the caller (EAGAIN under O_NONBLOCK, EINTR with
// a handled signal pending); fd not a listening socket is EINVAL.
func (k *Kernel) Accept(pid PID, fd int) (r, w int, err error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, -1, err
	}
	f := p.file(fd)
	switch {
	case f == nil:
		return -1, -1, EBADF
	case f.kind != fileListener:
		return -1, -1, EINVAL
	}
	l := f.lis
	if len(l.backlog) == 0 {
		if f.nonblock {
			return -1, -1, EAGAIN
		}
		if k.hasHandledPending(p) {
			return -1, -1, EINTR
		}
		k.sleepOn(p, l.q)
		err := k.block(p, SleepRead, deadline{}) // poll and accept sleep alike (wait queue q)
		p.wchan = wchanAccept
		return -1, -1, err
	}
	if !p.freeFDs(2) {
		return -1, -1, EMFILE
	}
	c := l.backlog[0]
	l.backlog = l.backlog[1:]
	r = p.installFD(c.r)
	w = p.installFD(c.w)
	p.setCloexec(r, true)
	p.setCloexec(w, true)
	k.emit(Event{Kind: EventAccept, PID: p.pid, FD: fd, FDs: []int{r, w}, Pipe: c.r.pipe.id, Addr: l.addr.String()})
	return r, w, nil
}

// closeListener is unix_release of a listening socket: the address is
// free again and the connections never accepted are dropped, so their
// clients read EOF and get EPIPE.
func (k *Kernel) closeListener(pid PID, l *listener) {
	if k.bound[l.addr] == l {
		delete(k.bound, l.addr)
	}
	pending := l.backlog
	l.backlog = nil
	for _, c := range pending {
		k.putFile(pid, c.r)
		k.putFile(pid, c.w)
	}
	k.wakeSleepers(l.q, SleepRead)
}
