// This file is a small in-memory process table implementing Host for the
// tests: fork, exit, waitpid (WNOHANG, ECHILD, blocking), SIGCHLD
// dispositions with auto-reaping under SIG_IGN, kill with default actions,
// pipes with EOF on last writer close, a logical clock for sleep, and a
// round-robin scheduler that runs each process one line at a time.

package pyvm

import (
	"fmt"
	"sort"
	"strings"
)

type procState uint8

const (
	psRunning procState = iota
	psZombie
	psReaped
)

type fakePipe struct {
	buf              []byte
	readers, writers int
}

type fakeFD struct {
	p     *fakePipe
	write bool
}

type fakeSys struct {
	procs   map[int]*fakeProc
	nextPid int
	now     float64
	out     strings.Builder // fd 1 and 2 of every process, in time order
	stdout  strings.Builder
	stderr  strings.Builder
	lines   int
	trace   []string
}

type fakeProc struct {
	sys        *fakeSys
	pid, ppid  int
	pgid       int
	in         *Interp
	state      procState
	status     int
	sleepUntil float64
	sleeping   bool
	disp       [65]int
	pending    []int
	fds        map[int]fakeFD
	nextFD     int
}

func newFakeSys() *fakeSys { return &fakeSys{procs: map[int]*fakeProc{}, nextPid: 100} }

// spawn starts the main program as a new process.
func (s *fakeSys) spawn(file, src string, cfg Config) (*fakeProc, error) {
	p := s.newProc(1)
	cfg.Host = p
	if cfg.Argv == nil {
		cfg.Argv = []string{file}
	}
	p.in = New(cfg)
	if err := p.in.RunMain(file, []byte(src), "__main__"); err != nil {
		return nil, err
	}
	return p, nil
}

func (s *fakeSys) newProc(ppid int) *fakeProc {
	p := &fakeProc{sys: s, pid: s.nextPid, ppid: ppid, fds: map[int]fakeFD{}, nextFD: 3}
	p.pgid = p.pid
	s.nextPid++
	s.procs[p.pid] = p
	return p
}

func (s *fakeSys) pids() []int {
	var ps []int
	for pid := range s.procs {
		ps = append(ps, pid)
	}
	sort.Ints(ps)
	return ps
}

// run schedules all processes one line at a time until every process has
// exited, nothing can progress, or maxLines lines ran.
func (s *fakeSys) run(maxLines int) error {
	for turns := 0; s.lines < maxLines && turns < 50*maxLines; turns++ {
		progress, alive := false, false
		for _, pid := range s.pids() {
			p := s.procs[pid]
			if p.state != psRunning {
				continue
			}
			alive = true
			switch p.in.Run(100000) {
			case StopLine:
				s.lines++
				progress = true
			case StopExited:
				progress = true
			case StopBudget:
				progress = true
			}
		}
		if !alive {
			return nil
		}
		if !progress && !s.advanceClock() {
			return fmt.Errorf("deadlock: every process is blocked")
		}
	}
	return fmt.Errorf("line cap %d reached", maxLines)
}

// advanceClock jumps to the earliest sleeping deadline.
func (s *fakeSys) advanceClock() bool {
	next := -1.0
	for _, pid := range s.pids() {
		p := s.procs[pid]
		if p.state == psRunning && p.sleeping && (next < 0 || p.sleepUntil < next) {
			next = p.sleepUntil
		}
	}
	if next < 0 {
		return false
	}
	s.now = next
	return true
}

// ---- Host ----

func (p *fakeProc) Getpid() int  { return p.pid }
func (p *fakeProc) Getppid() int { return p.ppid }

func (p *fakeProc) Fork(child *Interp) (int, error) {
	c := p.sys.newProc(p.pid)
	c.pgid = p.pgid
	c.disp = p.disp
	for fd, f := range p.fds {
		c.fds[fd] = f
		if f.write {
			f.p.writers++
		} else {
			f.p.readers++
		}
	}
	c.nextFD = p.nextFD
	c.in = child
	child.SetHost(c)
	return c.pid, nil
}

func (p *fakeProc) Exit(status int) {
	p.terminate(status)
}

func (p *fakeProc) terminate(status int) {
	if p.state != psRunning {
		return
	}
	p.status = status
	p.state = psZombie
	for fd := range p.fds {
		p.Close(fd)
	}
	for _, pid := range p.sys.pids() {
		c := p.sys.procs[pid]
		if c.ppid == p.pid && c.state != psReaped {
			c.ppid = 1
			if c.state == psZombie {
				c.state = psReaped // init reaps at once
			}
		}
	}
	parent := p.sys.procs[p.ppid]
	if parent == nil || parent.state != psRunning {
		p.state = psReaped
		return
	}
	if parent.disp[17] == DispIgnore {
		p.state = psReaped // SIGCHLD ignored: no zombie (kernel/exit.c do_notify_parent)
		return
	}
	parent.deliver(17)
}

func (p *fakeProc) deliver(sig int) {
	switch p.disp[sig] {
	case DispHandler:
		p.pending = append(p.pending, sig)
		p.in.NotifySignal()
	case DispIgnore:
	default:
		if sig == 17 || sig == 18 {
			return
		}
		p.terminate(sig)
	}
}

func (p *fakeProc) Waitpid(pid, options int) (int, int, error) {
	found := false
	for _, cpid := range p.sys.pids() {
		c := p.sys.procs[cpid]
		if c.ppid != p.pid || c.state == psReaped || (pid > 0 && cpid != pid) {
			continue
		}
		found = true
		if c.state == psZombie {
			c.state = psReaped
			return c.pid, c.status, nil
		}
	}
	if !found {
		return 0, 0, ECHILD
	}
	if options&WNOHANG != 0 {
		return 0, 0, nil
	}
	return 0, 0, ErrBlocked
}

func (p *fakeProc) Kill(pid, sig int) error {
	t := p.sys.procs[pid]
	if t == nil || t.state == psReaped {
		return ESRCH
	}
	if sig == 0 || t.state == psZombie {
		return nil
	}
	if sig == 9 {
		t.terminate(9)
		return nil
	}
	t.deliver(sig)
	return nil
}

func (p *fakeProc) Signal(sig, disp int) (int, error) {
	if sig == 9 || sig == 19 {
		return 0, EINVAL
	}
	old := p.disp[sig]
	p.disp[sig] = disp
	return old, nil
}

func (p *fakeProc) TakeSignal() (int, bool) {
	if len(p.pending) == 0 {
		return 0, false
	}
	s := p.pending[0]
	p.pending = p.pending[1:]
	return s, true
}

func (p *fakeProc) Pipe() (int, int, error) {
	pp := &fakePipe{readers: 1, writers: 1}
	r, w := p.nextFD, p.nextFD+1
	p.nextFD += 2
	p.fds[r] = fakeFD{p: pp}
	p.fds[w] = fakeFD{p: pp, write: true}
	return r, w, nil
}

func (p *fakeProc) Read(fd, n int) ([]byte, error) {
	f, ok := p.fds[fd]
	if !ok || f.write {
		return nil, EBADF
	}
	if len(f.p.buf) == 0 {
		if f.p.writers == 0 {
			return nil, nil
		}
		return nil, ErrBlocked
	}
	n = min(n, len(f.p.buf))
	b := append([]byte(nil), f.p.buf[:n]...)
	f.p.buf = f.p.buf[n:]
	return b, nil
}

func (p *fakeProc) Write(fd int, b []byte) (int, error) {
	if fd == 1 || fd == 2 {
		p.sys.out.Write(b)
		if fd == 1 {
			p.sys.stdout.Write(b)
		} else {
			p.sys.stderr.Write(b)
		}
		return len(b), nil
	}
	f, ok := p.fds[fd]
	if !ok || !f.write {
		return 0, EBADF
	}
	if f.p.readers == 0 {
		return 0, EPIPE
	}
	f.p.buf = append(f.p.buf, b...)
	return len(b), nil
}

func (p *fakeProc) Close(fd int) error {
	f, ok := p.fds[fd]
	if !ok {
		return EBADF
	}
	delete(p.fds, fd)
	if f.write {
		f.p.writers--
	} else {
		f.p.readers--
	}
	return nil
}

func (p *fakeProc) Select(fds []int, timeout float64) ([]int, error) {
	var ready []int
	for _, fd := range fds {
		f, ok := p.fds[fd]
		if !ok {
			return nil, EBADF
		}
		if len(f.p.buf) > 0 || f.p.writers == 0 {
			ready = append(ready, fd)
		}
	}
	if len(ready) > 0 || timeout == 0 {
		p.sleeping = false
		return ready, nil
	}
	if timeout > 0 {
		if err := p.Sleep(timeout); err == nil {
			return nil, nil
		}
	}
	return nil, ErrBlocked
}

func (p *fakeProc) Getpgid(pid int) (int, error) {
	if pid == 0 {
		return p.pgid, nil
	}
	t := p.sys.procs[pid]
	if t == nil {
		return 0, ESRCH
	}
	return t.pgid, nil
}

func (p *fakeProc) Setpgid(pid, pgid int) error {
	t := p
	if pid != 0 {
		t = p.sys.procs[pid]
	}
	if t == nil {
		return ESRCH
	}
	if pgid == 0 {
		pgid = t.pid
	}
	t.pgid = pgid
	return nil
}

func (p *fakeProc) Sleep(seconds float64) error {
	if !p.sleeping {
		p.sleeping = true
		p.sleepUntil = p.sys.now + seconds
	}
	if p.sys.now >= p.sleepUntil {
		p.sleeping = false
		return nil
	}
	return ErrBlocked
}

func (p *fakeProc) Now() float64 { return p.sys.now }

func (p *fakeProc) Exec(argv []string, passFDs []int) error { return EPERM }

// CancelBlocked forgets a sleep deadline when the VM abandons the call.
func (p *fakeProc) CancelBlocked() { p.sleeping = false }
