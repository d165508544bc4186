// File descriptors, open files and pipes (fs/file.c, fs/pipe.c), and the
// terminal that the shell's descendants write to.

package kernel

// A pipe holds 16 pages by default (fs/pipe.c PIPE_DEF_BUFFERS); a write of
// at most PIPE_BUF bytes is atomic (pipe(7)).
const (
	PipeCapacity = 65536
	PipeBuf      = 4096
)

type fileKind uint8

const (
	fileTerminal fileKind = iota
	filePipeRead
	filePipeWrite
	fileDevNull  // /dev/null: writes vanish, reads give EOF (exec.go)
	fileRegular  // a regular file of the simulator's file system (exec.go)
	fileListener // a listening socket (unix.go)
	filePidfd    // a process's descriptor (pidfd.go)
)

// file is an open file description (struct file). fds in several
// processes' tables may share one; refs counts them.
type file struct {
	kind fileKind
	pipe *pipe
	refs int // fds sharing it, plus messages carrying it (msg.go)
	// nonblock is O_NONBLOCK, a flag of the open file description, so
	// dup and fork copies share it (fcntl(2) F_SETFL).
	nonblock bool
	// stream is which of the terminal's outputs a fileTerminal is (1
	// stdout, 2 stderr): output is told apart by the open file, not by
	// the fd written to, so `1>&2` in a shell reaches stderr.
	stream int
	// reg and off are a fileRegular's contents and read offset.
	reg RegularFile
	off int
	// lis is a fileListener's socket.
	lis *listener
	// target is the process a filePidfd names.
	target *process
}

func newTerminal(stream int) *file { return &file{kind: fileTerminal, refs: 1, stream: stream} }

// pipe is a pipe_inode_info: a buffer and the number of open read and write
// ends (open file descriptions, not fds).
type pipe struct {
	id      int
	buf     []byte
	readers int
	writers int
	waiters []PID // processes sleeping in read or poll on it
	// attached holds the files in flight with SendMsg, by offset in buf,
	// in order (msg.go).
	attached []attachment
}

// Output is one write that reached the terminal.
type Output struct {
	Time Time
	PID  PID
	FD   int // the stream: 1 stdout, 2 stderr (whatever fd was written to)
	Data string
}

// file returns the open file at fd, or nil.
func (p *process) file(fd int) *file {
	if fd < 0 || fd >= len(p.fds) {
		return nil
	}
	return p.fds[fd]
}

// MaxFDs is RLIMIT_NOFILE's soft limit as a login shell sets it on Linux
// (1024): fds are 0..1023, and a call that needs another gets EMFILE.
const MaxFDs = 1024

// freeFDs reports whether n more fds can be opened.
func (p *process) freeFDs(n int) bool {
	free := MaxFDs - len(p.fds)
	for _, g := range p.fds {
		if g == nil {
			free++
		}
	}
	return free >= n
}

// installFD puts f at the lowest free fd, as get_unused_fd_flags does; the
// caller has checked freeFDs.
func (p *process) installFD(f *file) int {
	for fd, g := range p.fds {
		if g == nil {
			p.fds[fd] = f
			return fd
		}
	}
	p.fds = append(p.fds, f)
	return len(p.fds) - 1
}

// Pipe is pipe(2): it returns the read and write fds, the lowest free ones.
func (k *Kernel) Pipe(pid PID) (r, w int, err error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, -1, err
	}
	if !p.freeFDs(2) {
		return -1, -1, EMFILE
	}
	k.pipes++
	pp := &pipe{id: k.pipes, readers: 1, writers: 1}
	r = p.installFD(&file{kind: filePipeRead, pipe: pp, refs: 1})
	w = p.installFD(&file{kind: filePipeWrite, pipe: pp, refs: 1})
	// Every pipe here is CPython's os.pipe(), which is pipe2(O_CLOEXEC)
	// (PEP 446): an exec closes both ends unless made inheritable.
	p.setCloexec(r, true)
	p.setCloexec(w, true)
	k.emit(Event{Kind: EventPipe, PID: p.pid, Pipe: pp.id, FD: r, WriteFD: w})
	return r, w, nil
}

// Close is close(2). When the last write end of a pipe goes, readers see EOF
// and wake up; this is how multiprocessing's sentinels report a death.
func (k *Kernel) Close(pid PID, fd int) error {
	p, err := k.caller(pid)
	if err != nil {
		return err
	}
	if p.file(fd) == nil {
		return EBADF
	}
	k.emit(Event{Kind: EventClose, PID: p.pid, FD: fd})
	k.closeFD(p, fd)
	return nil
}

// closeFD drops one reference; the last one closes the pipe end.
func (k *Kernel) closeFD(p *process, fd int) {
	f := p.fds[fd]
	p.fds[fd] = nil
	p.setCloexec(fd, false)
	k.putFile(p.pid, f)
}

// putFile drops one reference to f on behalf of pid (fput): the last one
// closes the pipe end. When the last read end goes, the buffer and the
// files in flight in it are dropped too, which may close further pipes.
func (k *Kernel) putFile(pid PID, f *file) {
	if f.refs--; f.refs == 0 && f.lis != nil {
		k.closeListener(pid, f.lis)
	}
	if f.refs > 0 || f.pipe == nil {
		return
	}
	pp := f.pipe
	switch f.kind {
	case filePipeRead:
		if pp.readers--; pp.readers == 0 {
			k.wakeSleepers(pp, SleepWrite) // to get EPIPE
			k.wakeSleepers(pp, SleepRead)  // polls on the write end
		}
	case filePipeWrite:
		if pp.writers--; pp.writers == 0 {
			k.emit(Event{Kind: EventEOF, PID: pid, Pipe: pp.id})
			k.wakeSleepers(pp, SleepRead)
		}
	}
	if pp.readers == 0 {
		pp.buf = nil // nobody can read it any more
		k.dropAttached(pid, pp, len(pp.attached))
	}
}

// Read is read(2) of at most n bytes. From a pipe: the data there is; an
// empty slice at EOF (no write end left); ErrBlocked when empty while a
// writer exists (EINTR if a handled signal is pending). The terminal has no
// input: reading it gives EOF, as if stdin were /dev/null.
func (k *Kernel) Read(pid PID, fd, n int) ([]byte, error) {
	p, err := k.caller(pid)
	if err != nil {
		return nil, err
	}
	f := p.file(fd)
	switch {
	case f == nil || f.kind == filePipeWrite:
		return nil, EBADF
	case f.kind == fileListener || f.kind == filePidfd:
		return nil, EINVAL // read(2) on a listening socket: ENOTCONN, here EINVAL
	case n < 0:
		return nil, EINVAL
	case f.kind == fileTerminal || f.kind == fileDevNull || n == 0:
		return []byte{}, nil
	case f.kind == fileRegular:
		data := f.reg.ReadAt(f.off, n)
		f.off += len(data)
		return data, nil
	}
	data, files, err := k.readPipe(p, fd, f, n)
	if err != nil {
		return nil, err
	}
	// read(2) on a unix socket discards the rights a message carries.
	for _, g := range files {
		k.putFile(p.pid, g)
	}
	return data, nil
}

// readPipe takes at most n bytes, stopping before the next message that
// carries files (unix_stream_read_generic does not merge such a message
// with what precedes it), and returns the files attached to what it read.
// Empty data is EOF. An empty pipe with writers blocks the caller, or
// fails with EAGAIN under O_NONBLOCK, or EINTR with a handled signal
// pending.
func (k *Kernel) readPipe(p *process, fd int, f *file, n int) ([]byte, []*file, error) {
	pp := f.pipe
	if len(pp.buf) > 0 {
		m := min(n, len(pp.buf), pp.nextMessage())
		data := append([]byte(nil), pp.buf[:m]...)
		if pp.buf = pp.buf[m:]; len(pp.buf) == 0 {
			pp.buf = nil
		}
		files := pp.takeAttached(m)
		k.emit(Event{Kind: EventRead, PID: p.pid, FD: fd, Pipe: pp.id, Bytes: m})
		k.wakeSleepers(pp, SleepWrite)
		return data, files, nil
	}
	if pp.writers == 0 {
		k.emit(Event{Kind: EventRead, PID: p.pid, FD: fd, Pipe: pp.id})
		return []byte{}, nil, nil
	}
	if f.nonblock {
		return nil, nil, EAGAIN
	}
	if k.hasHandledPending(p) {
		return nil, nil, EINTR
	}
	k.sleepOn(p, pp)
	return nil, nil, k.block(p, SleepRead, deadline{})
}

// Write is write(2). To the terminal: recorded as Output. To a pipe with no
// read end left: SIGPIPE to the writer and EPIPE (fs/pipe.c pipe_write;
// CPython ignores SIGPIPE at start-up, so Python code sees
// BrokenPipeError). To a full pipe: what fits is written (nothing, if the
// write is atomic, at most PipeBuf bytes, and does not fit whole) and the
// writer sleeps; the retry, with the same data, continues where it stopped
// and returns len(data) once all is written. A signal that interrupts a
// partial write makes it return the count written so far, as Linux does.
func (k *Kernel) Write(pid PID, fd int, data []byte) (int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return 0, err
	}
	f := p.file(fd)
	switch {
	case f == nil || f.kind == filePipeRead:
		return 0, EBADF
	case f.kind == fileListener || f.kind == filePidfd:
		return 0, EINVAL
	case f.kind == fileTerminal:
		out := Output{Time: k.now, PID: p.pid, FD: f.stream, Data: string(data)}
		k.terminal = append(k.terminal, out)
		k.emit(Event{Kind: EventOutput, PID: p.pid, FD: f.stream, Data: out.Data})
		return len(data), nil
	case f.kind == fileDevNull:
		return len(data), nil
	case f.kind == fileRegular:
		f.reg.Append(data)
		return len(data), nil
	}
	return k.writePipe(p, fd, f, data)
}

func (k *Kernel) writePipe(p *process, fd int, f *file, data []byte) (int, error) {
	pp := f.pipe
	if p.written >= len(data) {
		p.written = 0 // not a retry: a retried write has something left
	}
	if pp.readers == 0 {
		done := p.written
		p.written = 0
		k.deliver(p, SIGPIPE, killInfo(p.main().pid))
		if done > 0 {
			return done, nil
		}
		return 0, EPIPE
	}
	rest := data[p.written:]
	n := min(PipeCapacity-len(pp.buf), len(rest))
	if len(data) <= PipeBuf && n < len(rest) {
		n = 0
	}
	if n > 0 {
		pp.buf = append(pp.buf, rest[:n]...)
		p.written += n
		k.emit(Event{Kind: EventWrite, PID: p.pid, FD: fd, Pipe: pp.id, Bytes: n})
		k.wakeSleepers(pp, SleepRead)
	}
	if p.written >= len(data) || k.hasHandledPending(p) || f.nonblock {
		// O_NONBLOCK: what fit is written; nothing at all is EAGAIN.
		done := p.written
		p.written = 0
		if done == 0 && len(data) > 0 && f.nonblock {
			return 0, EAGAIN
		}
		if done == 0 && len(data) > 0 {
			return 0, EINTR
		}
		return done, nil
	}
	k.sleepOn(p, pp)
	return 0, k.block(p, SleepWrite, deadline{})
}

// Poll waits until one of fds is readable, like select(2) with fds in the
// read set: a pipe read end with data or at EOF, the terminal (EOF), or a
// write end whose readers are gone (pipe_poll's EPOLLERR counts as readable
// for select). It returns the ready fds in the order given. With nothing
// ready: [] at once for timeout 0; otherwise ErrBlocked, remembering the
// deadline (timeout > 0) across retries, and [] once it has passed; a
// negative timeout waits for ever.
func (k *Kernel) Poll(pid PID, fds []int, timeout Duration) ([]int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return nil, err
	}
	ready := []int{}
	for _, fd := range fds {
		f := p.file(fd)
		if f == nil {
			return nil, EBADF
		}
		if f.readable() {
			ready = append(ready, fd)
		}
	}
	if len(ready) > 0 || timeout == 0 {
		k.clearDeadline(p, timerPoll)
		return ready, nil
	}
	if done, expired := k.deadlinePassed(p, timerPoll, timeout); done {
		return ready, nil
	} else if expired != nil {
		return nil, expired
	}
	for _, fd := range fds {
		if f := p.fds[fd]; f.pipe != nil {
			k.sleepOn(p, f.pipe)
		} else if f.lis != nil {
			k.sleepOn(p, f.lis.q)
		} else if f.kind == filePidfd {
			k.sleepOn(p, f.target.exitQueue())
		}
	}
	err = k.block(p, SleepRead, p.pollDeadline)
	p.wchan = wchanPoll
	return nil, err
}

func (f *file) readable() bool {
	switch f.kind {
	case filePipeRead:
		return len(f.pipe.buf) > 0 || f.pipe.writers == 0
	case filePipeWrite:
		return f.pipe.readers == 0
	case fileListener:
		return len(f.lis.backlog) > 0 // a connection to accept
	case filePidfd:
		return f.exitedForPidfd()
	}
	return true
}

// sleepOn registers p as a sleeper on pp (once).
func (k *Kernel) sleepOn(p *process, pp *pipe) {
	if p.sleepsOn(pp) {
		return
	}
	p.blockedOn = append(p.blockedOn, pp)
	pp.waiters = append(pp.waiters, p.pid)
}

// wakeSleepers wakes the processes sleeping on pp for reason: readers
// (read, poll) when data or EOF arrives, writers when room is made or the
// last reader leaves.
func (k *Kernel) wakeSleepers(pp *pipe, reason SleepReason) {
	kept := pp.waiters[:0]
	for _, pid := range pp.waiters {
		q := k.task(pid)
		switch {
		case q == nil || q.state != StateSleeping || !q.sleepsOn(pp):
			// gone or no longer sleeping here: drop it
		case q.sleep == reason:
			k.wake(q)
		default:
			kept = append(kept, pid)
		}
	}
	pp.waiters = kept
}

func (p *process) sleepsOn(pp *pipe) bool {
	for _, x := range p.blockedOn {
		if x == pp {
			return true
		}
	}
	return false
}

// Terminal returns everything written to the terminal so far, in order.
func (k *Kernel) Terminal() []Output { return k.terminal[:len(k.terminal):len(k.terminal)] }

// IsTerminal says whether tid's fd is open on the terminal (isatty(3)); a
// closed or invalid fd is not.
func (k *Kernel) IsTerminal(tid PID, fd int) bool {
	p := k.task(tid)
	if p == nil {
		return false
	}
	f := p.file(fd)
	return f != nil && f.kind == fileTerminal
}
