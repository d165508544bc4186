// Exec semantics beyond Exec itself: the close-on-exec flag of each fd
// (fs/file.c, FD_CLOEXEC), dup and dup2 (fs/file.c do_dup2), /dev/null
// (drivers/char/mem.c), and Execve, the plain execve(2) of a user program,
// which closes only the close-on-exec fds (fs/exec.c do_close_on_exec).

package kernel

// cloexecOf reports fd's FD_CLOEXEC flag.
func (p *process) cloexecOf(fd int) bool {
	return fd >= 0 && fd < len(p.cloexec) && p.cloexec[fd]
}

// setCloexec sets fd's FD_CLOEXEC flag (a flag of the descriptor, not of the
// open file: dup and fork copies of the file each have their own).
func (p *process) setCloexec(fd int, on bool) {
	if fd < 0 {
		return
	}
	for len(p.cloexec) <= fd {
		if !on {
			return
		}
		p.cloexec = append(p.cloexec, false)
	}
	p.cloexec[fd] = on
}

// SetCloexec is fcntl(fd, F_SETFD, FD_CLOEXEC or 0): what CPython's
// os.set_inheritable(fd, not on) does.
func (k *Kernel) SetCloexec(pid PID, fd int, on bool) error {
	p, err := k.caller(pid)
	if err != nil {
		return err
	}
	if p.file(fd) == nil {
		return EBADF
	}
	p.setCloexec(fd, on)
	return nil
}

// Cloexec is fcntl(fd, F_GETFD) & FD_CLOEXEC.
func (k *Kernel) Cloexec(pid PID, fd int) (bool, error) {
	p, err := k.caller(pid)
	if err != nil {
		return false, err
	}
	if p.file(fd) == nil {
		return false, EBADF
	}
	return p.cloexecOf(fd), nil
}

// Dup2 is dup3(oldfd, newfd, cloexec ? O_CLOEXEC : 0), with dup2's rule
// that oldfd == newfd returns newfd unchanged. newfd, if open, is closed
// first (its pipe end may reach EOF).
func (k *Kernel) Dup2(pid PID, oldfd, newfd int, cloexec bool) (int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, err
	}
	f := p.file(oldfd)
	if f == nil || newfd < 0 {
		return -1, EBADF
	}
	if oldfd == newfd {
		return newfd, nil
	}
	f.refs++ // before the close, in case newfd holds the last other reference
	if p.file(newfd) != nil {
		k.closeFD(p, newfd)
	}
	for len(p.fds) <= newfd {
		p.fds = append(p.fds, nil)
	}
	p.fds[newfd] = f
	p.setCloexec(newfd, cloexec)
	return newfd, nil
}

// Dup is fcntl(fd, F_DUPFD[_CLOEXEC], 0): the lowest free fd.
func (k *Kernel) Dup(pid PID, fd int, cloexec bool) (int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, err
	}
	f := p.file(fd)
	if f == nil {
		return -1, EBADF
	}
	if !p.freeFDs(1) {
		return -1, EMFILE
	}
	f.refs++
	nfd := p.installFD(f)
	p.setCloexec(nfd, cloexec)
	return nfd, nil
}

// OpenDevNull is open("/dev/null", ...): writes vanish, reads give EOF.
func (k *Kernel) OpenDevNull(pid PID, cloexec bool) (int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, err
	}
	if !p.freeFDs(1) {
		return -1, EMFILE
	}
	fd := p.installFD(&file{kind: fileDevNull, refs: 1})
	p.setCloexec(fd, cloexec)
	return fd, nil
}

// Execve replaces pid's program with cmdline as execve(2) does for a user
// program: only the close-on-exec fds are closed; signal dispositions,
// pending signals, pid, parent, children and process group are as Exec
// says.
func (k *Kernel) Execve(pid PID, cmdline string) error {
	p, err := k.caller(pid)
	if err != nil {
		return err
	}
	for fd := range p.fds {
		if p.fds[fd] != nil && p.cloexecOf(fd) {
			k.closeFD(p, fd)
		}
	}
	k.execImage(p, cmdline)
	return nil
}

// RegularFile is a regular file's contents as the simulator's file system
// keeps them (the kernel holds no file data of its own). Writes append:
// every open for writing here is O_APPEND or follows an O_TRUNC, which is
// what shells and Python's open() do.
type RegularFile interface {
	ReadAt(off, n int) []byte
	Append(data []byte)
}

// OpenFile opens a regular file whose contents reg keeps.
func (k *Kernel) OpenFile(pid PID, reg RegularFile, cloexec bool) (int, error) {
	p, err := k.caller(pid)
	if err != nil {
		return -1, err
	}
	if !p.freeFDs(1) {
		return -1, EMFILE
	}
	fd := p.installFD(&file{kind: fileRegular, refs: 1, reg: reg})
	p.setCloexec(fd, cloexec)
	return fd, nil
}
