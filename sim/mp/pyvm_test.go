package mp_test

// The model on the simulator's own interpreter (sim/pyvm), driven by a
// small in-test process table: enough of fork, spawn (fork+exec of
// `python -c`), exit, waitpid, SIGCHLD handlers, pipes with messages that
// carry fds and O_NONBLOCK (per pipe end here), select and sleep to run the
// fork, spawn and forkserver start methods. The simulator's real kernel and
// scheduler (package sim) do this job in the product; this test only checks
// that the model runs on pyvm and reaps as the fact sheet says.

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"zombielab/sim/mp"
	"zombielab/sim/pyvm"
)

type procState uint8

const (
	procRunning procState = iota
	procZombie
	procReaped
)

func (s procState) String() string { return [...]string{"running", "zombie", "reaped"}[s] }

type pipeBuf struct {
	buf              []byte
	readers, writers int
	nonblock         bool // of the read end
	read, written    int  // bytes ever read and written
	msgs             []pipeMsg
}

// pipeMsg is the fds a message carries, attached to byte pos of the stream.
type pipeMsg struct {
	pos  int
	ends []*fdEnd
}

// fdEnd is an open fd: a pipe end, or the terminal when pipe is nil.
type fdEnd struct {
	pipe  *pipeBuf
	write bool
}

type fakeProc struct {
	pid, ppid   int
	in          *pyvm.Interp
	fds         map[int]*fdEnd
	state       procState
	status      int
	deadline    float64 // of the pending sleep or select; 0 when none
	ignoreChild bool
	disp        [65]int // 2: a Python handler
	pending     []int
	mask        uint64 // blocked signals (the resource tracker's dance)
}

// fakeOS is a process table with a logical clock.
type fakeOS struct {
	now   float64
	next  int
	procs map[int]*fakeProc
	order []int // pids in creation order, for deterministic scheduling
	log   []string
	// onWrite observes every terminal write of pid 100 (the main process).
	onWrite func(o *fakeOS, line string)
	version pyvm.Version
	files   map[string]string // the file system, for spawn's re-import
}

type fakeHost struct {
	noLib
	o *fakeOS
	p *fakeProc
}

func (o *fakeOS) add(ppid int, in *pyvm.Interp, fds map[int]*fdEnd) *fakeProc {
	p := &fakeProc{pid: o.next, ppid: ppid, in: in, fds: fds}
	o.next++
	o.procs[p.pid] = p
	o.order = append(o.order, p.pid)
	in.SetHost(&fakeHost{o: o, p: p})
	return p
}

func (o *fakeOS) children(pid int) []*fakeProc {
	var out []*fakeProc
	for _, c := range o.order {
		if q := o.procs[c]; q.ppid == pid && q.state != procReaped {
			out = append(out, q)
		}
	}
	return out
}

func (h *fakeHost) Getpid() int  { return h.p.pid }
func (h *fakeHost) Getppid() int { return h.p.ppid }

func (h *fakeHost) Fork(child *pyvm.Interp) (int, error) {
	fds := map[int]*fdEnd{}
	for fd, e := range h.p.fds {
		fds[fd] = e
		h.o.ref(e, 1)
	}
	c := h.o.add(h.p.pid, child, fds)
	c.mask = h.p.mask
	return c.pid, nil
}

func (o *fakeOS) ref(e *fdEnd, d int) {
	if e.pipe == nil {
		return
	}
	if e.write {
		e.pipe.writers += d
	} else {
		e.pipe.readers += d
	}
}

func (h *fakeHost) Exit(status int) {
	p := h.p
	for fd, e := range p.fds {
		h.o.ref(e, -1)
		delete(p.fds, fd)
	}
	p.state, p.status = procZombie, status
	if parent := h.o.procs[p.ppid]; parent == nil || parent.ignoreChild {
		p.state = procReaped // SIGCHLD ignored: no zombie
	} else if parent.disp[17] == 2 && parent.state == procRunning {
		parent.pending = append(parent.pending, 17)
		parent.in.NotifySignal()
	}
	for _, c := range h.o.children(p.pid) {
		c.ppid = 1
		if c.state == procZombie {
			c.state = procReaped // an init that reaps at once
		}
	}
}

func (h *fakeHost) Waitpid(pid, options int) (int, int, error) {
	var match []*fakeProc
	for _, c := range h.o.children(h.p.pid) {
		if pid == -1 || c.pid == pid {
			match = append(match, c)
		}
	}
	if len(match) == 0 {
		return 0, 0, pyvm.ECHILD
	}
	for _, c := range match {
		if c.state == procZombie {
			c.state = procReaped
			return c.pid, c.status, nil
		}
	}
	if options&pyvm.WNOHANG != 0 {
		return 0, 0, nil
	}
	return 0, 0, pyvm.ErrBlocked
}

func (h *fakeHost) Kill(pid, sig int) error {
	q := h.o.procs[pid]
	if q == nil || q.state == procReaped {
		return pyvm.ESRCH
	}
	if q.state == procRunning {
		(&fakeHost{o: h.o, p: q}).Exit(sig) // default action of SIGTERM, SIGKILL
	}
	return nil
}

func (h *fakeHost) Signal(sig, disposition int) (int, error) {
	old := 0
	if sig == 17 { // SIGCHLD
		if h.p.ignoreChild {
			old = 1
		}
		h.p.ignoreChild = disposition == 1
	}
	h.p.disp[sig] = disposition
	return old, nil
}

func (h *fakeHost) TakeSignal() (int, bool) {
	if len(h.p.pending) == 0 {
		return 0, false
	}
	s := h.p.pending[0]
	h.p.pending = h.p.pending[1:]
	return s, true
}

func (h *fakeHost) Pipe() (int, int, error) {
	pb := &pipeBuf{readers: 1, writers: 1}
	r := h.install(&fdEnd{pipe: pb})
	w := h.install(&fdEnd{pipe: pb, write: true})
	return r, w, nil
}

func (h *fakeHost) install(e *fdEnd) int {
	fd := 0
	for h.p.fds[fd] != nil {
		fd++
	}
	h.p.fds[fd] = e
	return fd
}

func (h *fakeHost) Read(fd, n int) ([]byte, error) {
	e := h.p.fds[fd]
	if e == nil || e.pipe == nil || e.write {
		return nil, pyvm.EBADF
	}
	out, ends, err := recv(e.pipe, n)
	for _, g := range ends {
		h.o.ref(g, -1) // read(2) drops the rights
	}
	return out, err
}

// recv reads at most n bytes, not past the start of a later message with
// fds, and returns the fds attached to what it read.
func recv(pb *pipeBuf, n int) ([]byte, []*fdEnd, error) {
	if len(pb.buf) == 0 {
		switch {
		case pb.writers == 0:
			return []byte{}, nil, nil
		case pb.nonblock:
			return nil, nil, pyvm.EAGAIN
		}
		return nil, nil, pyvm.ErrBlocked
	}
	n = min(n, len(pb.buf))
	var ends []*fdEnd
	for len(pb.msgs) > 0 && pb.msgs[0].pos < pb.read+n {
		if pb.msgs[0].pos > pb.read {
			n = pb.msgs[0].pos - pb.read
			break
		}
		ends = append(ends, pb.msgs[0].ends...)
		pb.msgs = pb.msgs[1:]
	}
	out := append([]byte(nil), pb.buf[:n]...)
	pb.buf = pb.buf[n:]
	pb.read += n
	return out, ends, nil
}

func (h *fakeHost) SendMsg(fd int, data []byte, fds []int) (int, error) {
	e := h.p.fds[fd]
	if e == nil || e.pipe == nil || !e.write {
		return 0, pyvm.EBADF
	}
	var ends []*fdEnd
	for _, x := range fds {
		g := h.p.fds[x]
		if g == nil {
			return 0, pyvm.EBADF
		}
		ends = append(ends, g)
	}
	pos := e.pipe.written
	n, err := h.Write(fd, data)
	if err == nil && len(ends) > 0 {
		for _, g := range ends {
			h.o.ref(g, 1)
		}
		e.pipe.msgs = append(e.pipe.msgs, pipeMsg{pos: pos, ends: ends})
	}
	return n, err
}

func (h *fakeHost) RecvMsg(fd, n int) ([]byte, []int, error) {
	e := h.p.fds[fd]
	if e == nil || e.pipe == nil || e.write {
		return nil, nil, pyvm.EBADF
	}
	out, ends, err := recv(e.pipe, n)
	var fds []int
	for _, g := range ends {
		fds = append(fds, h.install(g))
	}
	return out, fds, err
}

func (h *fakeHost) SetBlocking(fd int, blocking bool) error {
	e := h.p.fds[fd]
	if e == nil {
		return pyvm.EBADF
	}
	if e.pipe != nil && !e.write {
		e.pipe.nonblock = !blocking
	}
	return nil
}

// Spawn starts `python [-B] -c CODE args...` as a new child that keeps
// 0, 1, 2 and passFDs (close_fds=True), with sys.argv ['-c', args...].
func (h *fakeHost) Spawn(argv []string, passFDs []int) (int, error) {
	i := 1
	for i < len(argv) && argv[i] != "-c" {
		i++
	}
	if i+1 >= len(argv) {
		return 0, pyvm.EINVAL
	}
	fds := map[int]*fdEnd{}
	for _, fd := range append([]int{0, 1, 2}, passFDs...) {
		e := h.p.fds[fd]
		if e == nil {
			return 0, pyvm.EBADF
		}
		fds[fd] = e
		h.o.ref(e, 1)
	}
	in := h.o.newInterp(append([]string{"-c"}, argv[i+2:]...))
	c := h.o.add(h.p.pid, in, fds)
	c.mask = h.p.mask // fork and exec keep the mask
	if err := in.RunMain("<string>", []byte(argv[i+1]), "__main__"); err != nil {
		return 0, pyvm.EINVAL
	}
	return c.pid, nil
}

func (o *fakeOS) newInterp(argv []string) *pyvm.Interp {
	return pyvm.New(pyvm.Config{Version: o.version, Argv: argv, Loader: mp.Source,
		ReadFile: func(path string) ([]byte, bool) {
			src, ok := o.files[path]
			return []byte(src), ok
		}})
}

func (h *fakeHost) Write(fd int, b []byte) (int, error) {
	e := h.p.fds[fd]
	switch {
	case e == nil || !e.write:
		return 0, pyvm.EBADF
	case e.pipe == nil:
		if h.p.pid == 100 && h.o.onWrite != nil {
			h.o.onWrite(h.o, string(b))
		}
		h.o.log = append(h.o.log, fmt.Sprintf("%d: %s", h.p.pid, b))
	case e.pipe.readers == 0:
		return 0, pyvm.EPIPE
	default:
		e.pipe.buf = append(e.pipe.buf, b...)
		e.pipe.written += len(b)
	}
	return len(b), nil
}

func (h *fakeHost) Close(fd int) error {
	e := h.p.fds[fd]
	if e == nil {
		return pyvm.EBADF
	}
	h.o.ref(e, -1)
	delete(h.p.fds, fd)
	return nil
}

// block implements a timed wait: ErrBlocked until the deadline, then done.
func (h *fakeHost) block(timeout float64) (done bool) {
	if h.p.deadline == 0 {
		h.p.deadline = h.o.now + timeout
	}
	if h.o.now >= h.p.deadline {
		h.p.deadline = 0
		return true
	}
	return false
}

func (h *fakeHost) Select(fds []int, timeout float64) ([]int, error) {
	var ready []int
	for _, fd := range fds {
		if e := h.p.fds[fd]; e != nil && e.pipe != nil && (len(e.pipe.buf) > 0 || e.pipe.writers == 0) {
			ready = append(ready, fd)
		}
	}
	if len(ready) > 0 || timeout == 0 {
		h.p.deadline = 0
		return ready, nil
	}
	if timeout > 0 && h.block(timeout) {
		return nil, nil
	}
	return nil, pyvm.ErrBlocked
}

func (h *fakeHost) Sleep(seconds float64) error {
	if h.block(seconds) {
		return nil
	}
	return pyvm.ErrBlocked
}

func (h *fakeHost) Getpgid(pid int) (int, error)            { return pid, nil }
func (h *fakeHost) Setpgid(pid, pgid int) error             { return nil }
func (h *fakeHost) Now() float64                            { return h.o.now }
func (h *fakeHost) Exec(argv []string, passFDs []int) error { return pyvm.EINVAL }

// run starts main as pid 100 and runs every process line by line, moving
// the clock to the next deadline when nothing can run, until all have
// exited or maxLines lines ran. onLine sees every line of every process.
func run(t testing.TB, version pyvm.Version, main string, maxLines int, onLine func(pid int, in *pyvm.Interp), onWrite func(o *fakeOS, out string)) *fakeOS {
	t.Helper()
	o := &fakeOS{next: 100, procs: map[int]*fakeProc{}, onWrite: onWrite, version: version,
		files: map[string]string{"main.py": main}}
	in := o.newInterp([]string{"main.py"})
	term := &fdEnd{write: true}
	o.add(1, in, map[int]*fdEnd{0: {}, 1: term, 2: term})
	if err := in.RunMain("main.py", []byte(main), "__main__"); err != nil {
		t.Fatal(err)
	}
	for lines := 0; lines < maxLines; {
		o.prune()
		progress := false
		for _, pid := range append([]int(nil), o.order...) {
			p := o.procs[pid]
			if p.state != procRunning {
				continue
			}
			switch p.in.Run(100000) {
			case pyvm.StopLine:
				lines++
				progress = true
				if onLine != nil {
					onLine(pid, p.in)
				}
			case pyvm.StopExited, pyvm.StopBudget:
				progress = true
			}
		}
		if !progress && !o.advance() {
			return o
		}
	}
	t.Fatalf("still running after %d lines", maxLines)
	return o
}

// prune forgets reaped processes.
func (o *fakeOS) prune() {
	live := o.order[:0]
	for _, pid := range o.order {
		if o.procs[pid].state != procReaped {
			live = append(live, pid)
		} else {
			delete(o.procs, pid)
		}
	}
	o.order = live
}

// advance moves the clock to the earliest pending deadline.
func (o *fakeOS) advance() bool {
	var ds []float64
	for _, p := range o.procs {
		if p.state == procRunning && p.deadline > 0 {
			ds = append(ds, p.deadline)
		}
	}
	if len(ds) == 0 {
		return false
	}
	sort.Float64s(ds)
	o.now = ds[0]
	return true
}

// zombiesOf lists the zombie children of pid.
func (o *fakeOS) zombiesOf(pid int) int {
	n := 0
	for _, c := range o.children(pid) {
		if c.state == procZombie {
			n++
		}
	}
	return n
}

const seedLoop = `import time
import multiprocessing as mp
from multiprocessing import process


def f():
    pass


if __name__ == '__main__':
    for i in range(4):
        p = mp.Process(target=f)
        p.start()
        time.sleep(1)
        print(i, p.pid, p.sentinel, len(process._children))
`

// TestSeedLoopOnPyvm: at every print (mid-sleep) exactly one zombie, with
// a new pid each time; start() reaped the previous one, and the first
// reaping happened in _cleanup -> poll (-> os.waitpid).
func TestSeedLoopOnPyvm(t *testing.T) {
	for _, v := range []pyvm.Version{pyvm.Py38, pyvm.Py311, pyvm.Py313, pyvm.Py314} {
		t.Run(v.String(), func(t *testing.T) {
			stack := ""
			onLine := func(pid int, in *pyvm.Interp) {
				if pid != 100 || stack != "" {
					return
				}
				var fs []string
				for _, f := range in.Frames() {
					fs = append(fs, f.File+":"+f.Func)
				}
				if s := strings.Join(fs, " > "); strings.HasSuffix(s, "popen_fork.py:poll") {
					stack = s
				}
			}
			var got []string
			o := run(t, v, "import multiprocessing as mp\nmp.set_start_method('fork')\n"+seedLoop, 100000, onLine, func(o *fakeOS, out string) {
				got = append(got, fmt.Sprintf("%s zombies=%d", strings.TrimSpace(out), o.zombiesOf(100)))
			})
			want := []string{
				// The sentinel fd is reused: the previous child's pipe was
				// closed when it was reaped (Popen._collect).
				"0 101 3 1 zombies=1",
				"1 102 3 1 zombies=1",
				"2 103 3 1 zombies=1",
				"3 104 3 1 zombies=1",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("main printed:\n%s\nwant:\n%s\nall output: %q", strings.Join(got, "\n"), strings.Join(want, "\n"), o.log)
			}
			wantStack := "main.py:<module> > multiprocessing/process.py:start > multiprocessing/process.py:_cleanup > multiprocessing/popen_fork.py:poll"
			if stack != wantStack {
				t.Errorf("stack at the first poll:\n%s\nwant:\n%s", stack, wantStack)
			}
			if z := o.zombiesOf(100); z != 0 {
				t.Errorf("%d zombies left after exit: _exit_function should have joined the last child", z)
			}
		})
	}
}

// mainOutput is what pid 100 wrote, in order.
func (o *fakeOS) mainOutput() string {
	var b strings.Builder
	for _, l := range o.log {
		if out, ok := strings.CutPrefix(l, "100: "); ok {
			b.WriteString(out)
		}
	}
	return b.String()
}

// TestRulesOnPyvm: the version rules of the fact sheet, on pyvm.
func TestRulesOnPyvm(t *testing.T) {
	exitCodes := `import os, sys, atexit
import multiprocessing as mp
mp.set_start_method('fork')

def bye():
    print('child atexit')

def child(how):
    atexit.register(bye)
    if how == 'exit()':
        sys.exit()
    if how == 'exit(3)':
        sys.exit(3)
    if how == 'raise':
        raise KeyError('boom')
    if how == '_exit':
        os._exit(5)

if __name__ == '__main__':
    for how in ['return', 'exit()', 'exit(3)', 'raise', '_exit']:
        p = mp.Process(target=child, args=(how,))
        p.start()
        p.join()
        print(how, p.exitcode)
`
	reapers := `import time
import multiprocessing as mp
from multiprocessing import process
mp.set_start_method('fork')

def f():
    pass

if __name__ == '__main__':
    for name in ['exitcode', 'repr', 'is_alive', 'join', 'active_children', 'pid']:
        p = mp.Process(target=f)
        p.start()
        time.sleep(0.5)
        if name == 'exitcode':
            p.exitcode
        elif name == 'repr':
            repr(p)
        elif name == 'is_alive':
            p.is_alive()
        elif name == 'join':
            p.join()
        elif name == 'active_children':
            mp.active_children()
        else:
            p.pid
        print(name, p in process._children)
        mp.active_children()
`
	sigIgn := `import signal, time
import multiprocessing as mp
from multiprocessing import process
mp.set_start_method('fork')

def f():
    pass

if __name__ == '__main__':
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    ps = [mp.Process(target=f) for i in range(3)]
    for p in ps:
        p.start()
    time.sleep(1)
    print([p.exitcode for p in ps], [p.is_alive() for p in ps], len(mp.active_children()))
    try:
        ps[0].close()
    except ValueError as e:
        print('ValueError')
`
	daemonExit := `import time, atexit
import multiprocessing as mp
from multiprocessing import process
mp.set_start_method('fork')
ps = []

def report():
    print('at exit', [p.exitcode for p in ps], len(process._children))

def quick():
    pass

if __name__ == '__main__':
    atexit.register(report)
    ps.append(mp.Process(target=quick))
    ps.append(mp.Process(target=time.sleep, args=(10,), daemon=True))
    ps.append(mp.Process(target=time.sleep, args=(0.8,)))
    for p in ps:
        p.start()
        time.sleep(0.1)
    print('main returns', len(process._children))
`
	lifecycle := `import os, time
import multiprocessing as mp
mp.set_start_method('fork')

def child():
    parent = mp.parent_process()
    print('parent', parent.name, parent.pid == os.getppid(), parent.is_alive())
    time.sleep(10)

if __name__ == '__main__':
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=child, name='worker')
    p.start()
    p.join(0.5)
    print(p.is_alive(), p.exitcode, repr(p).split(' pid=')[0])
    p.terminate()
    p.join()
    print(p.is_alive(), p.exitcode, repr(p).split(' parent=')[1].replace(str(os.getpid()), 'PID'))
    p.close()
    try:
        p.pid
    except ValueError as e:
        print(e)
    p2 = mp.Process(target=child)
    try:
        p2.close()
        p2.start()
    except ValueError as e:
        print('start after close:', e)
`
	tests := []struct {
		name    string
		version pyvm.Version
		prog    string
		want    string
	}{
		// want: the main process's output of CPython 3.11 on the same program.
		{"lifecycle", pyvm.Py311, lifecycle, "MainProcess None\nTrue None <Process name='worker'\nFalse -15 PID stopped exitcode=-SIGTERM>\nprocess object is closed\nstart after close: process object is closed\n"},
		{"exit codes 3.8", pyvm.Py38, exitCodes, "return 0\nexit() 1\nexit(3) 3\nraise 1\n_exit 5\n"},
		{"exit codes 3.11", pyvm.Py311, exitCodes, "return 0\nexit() 0\nexit(3) 3\nraise 1\n_exit 5\n"},
		{"exit codes 3.13", pyvm.Py313, exitCodes, "return 0\nexit() 0\nexit(3) 3\nraise 1\n_exit 5\n"},
		{"reapers", pyvm.Py311, reapers, "exitcode True\nrepr True\nis_alive False\njoin False\nactive_children False\npid True\n"},
		{"SIG_IGN", pyvm.Py311, sigIgn, "[None, None, None] [True, True, True] 3\nValueError\n"},
		{"daemon at exit", pyvm.Py311, daemonExit, "main returns 2\nat exit [0, -15, 0] 0\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := run(t, tc.version, tc.prog, 100000, nil, nil)
			if got := o.mainOutput(); got != tc.want {
				t.Errorf("main printed:\n%s\nwant:\n%s\nall output: %q", got, tc.want, o.log)
			}
		})
	}
}

// TestChildAtexitOnPyvm: a fork child runs the atexit handlers it registered
// only from 3.13 (gh-83856, facts §1).
func TestChildAtexitOnPyvm(t *testing.T) {
	prog := `import atexit
import multiprocessing as mp
mp.set_start_method('fork')

def child():
    atexit.register(print, 'child atexit')

if __name__ == '__main__':
    p = mp.Process(target=child)
    p.start()
    p.join()
`
	for _, tc := range []struct {
		v    pyvm.Version
		want int
	}{{pyvm.Py38, 0}, {pyvm.Py312, 0}, {pyvm.Py313, 1}, {pyvm.Py314, 1}} {
		t.Run(tc.v.String(), func(t *testing.T) {
			o := run(t, tc.v, prog, 100000, nil, nil)
			n := 0
			for _, l := range o.log {
				if strings.HasSuffix(l, ": child atexit\n") {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("child atexit ran %d times, want %d; output %q", n, tc.want, o.log)
			}
		})
	}
}

// BenchmarkSeedLoopOnPyvm: the seed loop on pyvm, b.N iterations; the model
// keeps no state that grows with the number of children started.
func BenchmarkSeedLoopOnPyvm(b *testing.B) {
	prog := strings.Replace(seedLoop, "range(4)", fmt.Sprintf("range(%d)", b.N), 1)
	prog = strings.Replace(prog, "        print(i, p.pid, p.sentinel, len(process._children))\n", "", 1)
	b.ResetTimer()
	o := run(b, pyvm.Py313, "import multiprocessing as mp\nmp.set_start_method('fork')\n"+prog, 1<<30, nil, nil)
	if len(o.procs) > 3 {
		b.Fatalf("%d processes left", len(o.procs))
	}
}

// TestIntBytesOnPyvm: connection.int_to_bytes/int_from_bytes, the pipe
// encoding of read_signed/write_signed and send_bytes, give CPython's
// int.to_bytes(signed=True) bytes on pyvm (expected values from CPython).
func TestIntBytesOnPyvm(t *testing.T) {
	tests := []struct {
		name, expr, want string
	}{
		{"zero", "ints(int_to_bytes(0, 8, 'little'))", "[0, 0, 0, 0, 0, 0, 0, 0]"},
		{"pid", "ints(int_to_bytes(32768, 8, 'little'))", "[0, 128, 0, 0, 0, 0, 0, 0]"},
		{"SIGTERM", "ints(int_to_bytes(-15, 8, 'little'))", "[241, 255, 255, 255, 255, 255, 255, 255]"},
		{"big header", "ints(int_to_bytes(255, 4, 'big'))", "[0, 0, 0, 255]"},
		{"min", "ints(int_to_bytes(-9223372036854775807 - 1, 8, 'little'))", "[0, 0, 0, 0, 0, 0, 0, 128]"},
		{"round trip -15", "int_from_bytes(int_to_bytes(-15, 8, 'little'), 'little')", "-15"},
		{"round trip max", "int_from_bytes(int_to_bytes(9223372036854775807, 8, 'little'), 'little')", "9223372036854775807"},
		{"round trip min", "int_from_bytes(int_to_bytes(-9223372036854775807 - 1, 8, 'big'), 'big')", "-9223372036854775808"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prog := "from multiprocessing.connection import int_to_bytes, int_from_bytes\n" +
				"def ints(b):\n    return [b[i] for i in range(len(b))]\n" +
				"print(" + tc.expr + ")\n"
			o := run(t, pyvm.Py313, prog, 10000, nil, nil)
			if got := strings.TrimSpace(o.mainOutput()); got != tc.want {
				t.Errorf("%s = %q, want %q (output %q)", tc.expr, got, tc.want, o.log)
			}
		})
	}
}
