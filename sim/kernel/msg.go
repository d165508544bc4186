// Messages that carry open files, and O_NONBLOCK: what multiprocessing's
// fork server needs from an AF_UNIX socket (SCM_RIGHTS, net/unix/af_unix.c
// unix_stream_sendmsg / unix_stream_read_generic, and net/core/scm.c), here
// grafted onto a pipe, and fcntl(F_SETFL, O_NONBLOCK) (fs/fcntl.c setfl).

package kernel

import (
	"strconv"
	"strings"
)

// attachment is the set of files a message carries, attached to the
// message's first byte at offset off of its pipe's buffer. While in flight
// each file holds one reference, so a write end travelling in a message
// keeps its pipe open (no EOF), as an in-flight SCM_RIGHTS file does.
type attachment struct {
	off   int
	files []*file
}

// nextMessage is how many bytes a read may take before it would cross the
// start of a later message that carries files.
func (pp *pipe) nextMessage() int {
	for _, a := range pp.attached {
		if a.off > 0 {
			return a.off
		}
	}
	return len(pp.buf)
}

// takeAttached removes the first m bytes' attachments (their files keep
// their in-flight references, now the caller's) and shifts the rest.
func (pp *pipe) takeAttached(m int) []*file {
	var files []*file
	kept := pp.attached[:0]
	for _, a := range pp.attached {
		if a.off < m {
			files = append(files, a.files...)
			continue
		}
		a.off -= m
		kept = append(kept, a)
	}
	pp.attached = kept
	if len(kept) == 0 {
		pp.attached = nil
	}
	return files
}

// dropAttached drops the files of the first n attachments of pp: their
// pipe can no longer be read (unix_release_sock purges the queue).
func (k *Kernel) dropAttached(pid PID, pp *pipe, n int) {
	gone := pp.attached[:n]
	pp.attached = pp.attached[n:]
	if len(pp.attached) == 0 {
		pp.attached = nil
	}
	for _, a := range gone {
		k.emit(Event{Kind: EventDropFiles, PID: pid, Pipe: pp.id, Files: len(a.files)})
		for _, f := range a.files {
			k.putFile(pid, f)
		}
	}
}

// SendMsg is sendmsg(2) with SCM_RIGHTS on the pipe's write end fd: data
// is written as Write writes it (blocking, EPIPE, O_NONBLOCK alike), and
// the open files at fds travel with its first byte; each gains a reference
// until it is received or dropped. Linux refuses rights with no data on a
// stream socket, so data must not be empty when fds are given (EINVAL).
func (k *Kernel) SendMsg(pid PID, fd int, data []byte, fds []int) (int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return 0, err
	}
	f := p.file(fd)
	if f == nil || f.kind != filePipeWrite {
		return 0, EBADF
	}
	files := make([]*file, len(fds))
	for i, x := range fds {
		if files[i] = p.file(x); files[i] == nil {
			return 0, EBADF
		}
	}
	if len(data) == 0 && len(fds) > 0 {
		return 0, EINVAL
	}
	pp := f.pipe
	first, off := p.written == 0 || p.written >= len(data), len(pp.buf)
	n, err := k.writePipe(p, fd, f, data)
	if first && len(pp.buf) > off && len(files) > 0 {
		for _, g := range files {
			g.refs++
		}
		pp.attached = append(pp.attached, attachment{off: off, files: files})
		k.emit(Event{Kind: EventSendFDs, PID: p.pid, FD: fd, Pipe: pp.id, FDs: append([]int(nil), fds...)})
	}
	return n, err
}

// RecvMsg is recvmsg(2) of at most n bytes with room for rights: it reads
// as Read does (EOF is empty data; ErrBlocked, EAGAIN or EINTR on an
// empty pipe) but never past the start of a later message that carries
// files, and installs the files that came with what it read at the lowest
// free fds, in the order sent, returning those fds (scm_detach_fds).
func (k *Kernel) RecvMsg(pid PID, fd, n int) ([]byte, []int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return nil, nil, err
	}
	f := p.file(fd)
	switch {
	case f == nil || f.kind != filePipeRead:
		return nil, nil, EBADF
	case n <= 0:
		return nil, nil, EINVAL
	}
	data, files, err := k.readPipe(p, fd, f, n)
	if err != nil || len(files) == 0 {
		return data, nil, err
	}
	fds := make([]int, 0, len(files))
	for _, g := range files {
		if !p.freeFDs(1) {
			// scm_detach_fds: no fd left; the file is dropped (MSG_CTRUNC).
			k.putFile(p.pid, g)
			continue
		}
		fds = append(fds, p.installFD(g)) // the in-flight reference becomes the fd's
	}
	k.emit(Event{Kind: EventRecvFDs, PID: p.pid, FD: fd, Pipe: f.pipe.id, FDs: append([]int(nil), fds...)})
	return data, fds, nil
}

// SetNonblock sets or clears O_NONBLOCK on the open file at fd, which dup
// and fork copies share: reads of an empty pipe that still has writers and
// writes to a full pipe then fail with EAGAIN instead of sleeping.
func (k *Kernel) SetNonblock(pid PID, fd int, on bool) error {
	p, err := k.caller(pid)
	if err != nil {
		return err
	}
	f := p.file(fd)
	if f == nil {
		return EBADF
	}
	f.nonblock = on
	n := 0
	if on {
		n = 1
	}
	k.emit(Event{Kind: EventNonblock, PID: p.pid, FD: fd, On: n != 0})
	return nil
}

// fdList formats fds as "[3 4]".
func fdList(fds []int) string {
	s := make([]string, len(fds))
	for i, fd := range fds {
		s[i] = strconv.Itoa(fd)
	}
	return "[" + strings.Join(s, " ") + "]"
}
