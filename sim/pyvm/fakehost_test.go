// This file is a small in-memory process table implementing Host for the
// tests: fork, exit, waitpid (WNOHANG, ECHILD, blocking), SIGCHLD
// dispositions with auto-reaping under SIG_IGN, kill with default actions,
// pipes with EOF on last writer close, a logical clock for sleep, and a
// round-robin scheduler that runs each process one line at a time; spawn
// (fork+exec of `python -c CODE`), messages that carry fds, and O_NONBLOCK
// (per pipe end here, not per open file).

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
	nonblock         [2]bool // read end, write end
	read, written    int     // bytes ever read and written
	msgs             []fakeMsg
}

// fakeMsg is the fds a message carries, attached to byte pos of the stream.
type fakeMsg struct {
	pos int
	fds []fakeFD
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
	cfg     Config // of the first process, for spawned interpreters
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
	s.cfg = cfg
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
			if !p.in.work.on {
				// A budget as the simulator gives (it sets one from its
				// step cap), so that runaway native work stops here too
				// (the fuzz target meets list(itertools.count())).
				p.in.SetWorkBudget(1 << 24)
			}
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
	b, fds, err := p.recv(f, n)
	for _, g := range fds {
		g.ref(-1) // read(2) drops the rights
	}
	return b, err
}

func (f fakeFD) ref(d int) {
	if f.write {
		f.p.writers += d
	} else {
		f.p.readers += d
	}
}

// recv reads at most n bytes, not past the start of a later message with
// fds, and returns the fds attached to what it read.
func (p *fakeProc) recv(f fakeFD, n int) ([]byte, []fakeFD, error) {
	pp := f.p
	if len(pp.buf) == 0 {
		switch {
		case pp.writers == 0:
			return nil, nil, nil
		case pp.nonblock[0]:
			return nil, nil, EAGAIN
		}
		return nil, nil, ErrBlocked
	}
	n = min(n, len(pp.buf))
	var fds []fakeFD
	for len(pp.msgs) > 0 && pp.msgs[0].pos < pp.read+n {
		if pp.msgs[0].pos > pp.read {
			n = pp.msgs[0].pos - pp.read
			break
		}
		fds = append(fds, pp.msgs[0].fds...)
		pp.msgs = pp.msgs[1:]
	}
	b := append([]byte(nil), pp.buf[:n]...)
	pp.buf = pp.buf[n:]
	pp.read += n
	return b, fds, nil
}

func (p *fakeProc) SendMsg(fd int, data []byte, fds []int) (int, error) {
	f, ok := p.fds[fd]
	if !ok || !f.write {
		return 0, EBADF
	}
	var ends []fakeFD
	for _, x := range fds {
		g, ok := p.fds[x]
		if !ok {
			return 0, EBADF
		}
		ends = append(ends, g)
	}
	pos := f.p.written
	n, err := p.Write(fd, data)
	if err == nil && len(ends) > 0 {
		for _, g := range ends {
			g.ref(1)
		}
		f.p.msgs = append(f.p.msgs, fakeMsg{pos: pos, fds: ends})
	}
	return n, err
}

func (p *fakeProc) RecvMsg(fd, n int) ([]byte, []int, error) {
	f, ok := p.fds[fd]
	if !ok || f.write {
		return nil, nil, EBADF
	}
	b, ends, err := p.recv(f, n)
	var fds []int
	for _, g := range ends {
		fds = append(fds, p.nextFD)
		p.fds[p.nextFD] = g
		p.nextFD++
	}
	return b, fds, err
}

func (p *fakeProc) SetBlocking(fd int, blocking bool) error {
	f, ok := p.fds[fd]
	if !ok {
		return EBADF
	}
	end := 0
	if f.write {
		end = 1
	}
	f.p.nonblock[end] = !blocking
	return nil
}

// Spawn starts `python [-B] -c CODE args...` as a new child that keeps
// only passFDs (close_fds=True).
func (p *fakeProc) Spawn(argv []string, passFDs []int) (int, error) {
	i := 1
	for i < len(argv) && argv[i] != "-c" {
		i++
	}
	if i+1 >= len(argv) {
		return 0, EINVAL
	}
	c := p.sys.newProc(p.pid)
	c.pgid = p.pgid
	for _, fd := range passFDs {
		f, ok := p.fds[fd]
		if !ok {
			return 0, EBADF
		}
		c.fds[fd] = f
		f.ref(1)
		c.nextFD = max(c.nextFD, fd+1)
	}
	cfg := p.sys.cfg
	cfg.Host = c
	cfg.Argv = append([]string{"-c"}, argv[i+2:]...)
	c.in = New(cfg)
	if err := c.in.RunMain("<string>", []byte(argv[i+1]), "__main__"); err != nil {
		return 0, EINVAL
	}
	return c.pid, nil
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
	f.p.written += len(b)
	return len(b), nil
}

func (p *fakeProc) Close(fd int) error {
	f, ok := p.fds[fd]
	if !ok {
		return EBADF
	}
	delete(p.fds, fd)
	f.ref(-1)
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
