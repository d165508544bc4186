// The run loop: the kernel's scheduler picks the next process, its
// interpreter runs one line, and everything that happened is appended to the
// trace. A line is atomic in logical time: every system call it makes happens
// at the time the line starts, and the line's cost (plus the cost of its
// system calls) is charged when it ends.

package sim

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"zombielab/sim/checkpoint"
	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

// DefaultStepCap bounds a run that never ends by itself.
const DefaultStepCap = 1_000_000

// Options say what to run and how.
type Options struct {
	// File is the scenario's name as tracebacks and the player show it.
	File string
	// Source is the scenario's Python source.
	Source []byte
	// Python is the modelled CPython version (zero: the scenario header, or
	// DefaultVersion).
	Python Version
	// Method is multiprocessing's start method (MethodDefault: the
	// version's default).
	Method cpython.StartMethod
	// Seed draws jittered costs; 0 takes the middle of every cost range.
	Seed uint64
	// Until stops the run at this logical time after the main process's
	// first line (0: no limit but the step cap).
	Until kernel.Duration
	// UntilCheckpoint, a snapshot label "LABEL#N", stops the run right
	// after that snapshot (docs/CHECKPOINTS.md, until=LABEL#N); "" for none.
	UntilCheckpoint string
	// StepCap bounds the number of lines executed (0: DefaultStepCap).
	StepCap int
	// Kernel configures the process table (pid_max, init policy ...).
	Kernel kernel.Config
	// Checkpoints are the scenario's `# checkpoint:` lines (docs/CHECKPOINTS.md).
	Checkpoints []CheckpointLine
	// Locals records, after each line, the variables of the running
	// task's innermost frame of File when they changed (RecLocals): the
	// player's variables panel. Looking runs no Python code, so the rest
	// of the trace is the same with it or without.
	Locals bool

	// unfused runs the interpreters without fused instructions (pyvm
	// Config.Unfused): a test compares.
	unfused bool
}

// CheckpointLine says that the statement on Line of the main file is
// checkpoint Label.
type CheckpointLine struct {
	Line  int
	Label string
}

// System is one deterministic run.
type System struct {
	opt   Options
	k     *kernel.Kernel
	costs Costs
	rng   *Rand

	procs map[kernel.PID]*proc // looked up by pid only, never iterated
	// procsGen counts changes to procs, so that step looks a process up
	// once a line instead of after every part of it.
	procsGen uint64
	// curPID's proc as looked up at procsGen curGen (procOf).
	curPID  kernel.PID
	curProc *proc
	curGen  uint64

	main  kernel.PID
	t0    kernel.Time // the main process's first line
	begun bool

	trace   Trace
	kevents int // kernel events already copied into the trace
	// inLine: events being drained belong to a line of the running process
	// (shown at its next step); otherwise they happen with no line of their
	// own and the notable ones become steps (Record.Step).
	inLine bool
	steps  int
	// picks counts every run of a task, lines or not: a run that goes on
	// without lines (threads handing the GIL to each other, a task woken
	// again and again) meets the step cap too, at maxPicksPerStep a line.
	picks int
	// workLeft is the step cap's budget for the work lines do without
	// lines of their own (pyvm's work budget), workPerStep units a line.
	workLeft int64
	stepCost kernel.Duration // charged during the current line
	// lineProc is the task step is running (linePID), for lineHook, which
	// has run lineRun lines of it in this step; hookFn is s.lineHook.
	lineProc *proc
	linePID  kernel.PID
	lineRun  int
	lineGen  uint64 // procsGen when step looked lineProc up
	hookFn   func() pyvm.LineVerdict
	noHook   bool       // one line a step, as before lineHook (tests compare)
	noTags   bool       // every line's stack from its frames (tests compare)
	vars     []pyvm.Var // reused buffer for Options.Locals
	lineVars Locals     // localsOf's result, not to allocate one a line
	stopped  StopReason

	mainExited bool
	mainStatus kernel.WaitStatus

	fam      *family
	lib      libState       // host_lib.go: sessions, files
	cpLabels map[int]string // line → label
	cpCount  map[string]int
}

// proc is one simulated process that runs Python.
type proc struct {
	pid kernel.PID // the task: a process's pid, or a thread's tid
	in  *pyvm.Interp
	// owner is the process's own proc when this one is a thread of it,
	// else nil.
	owner *proc
	// host is the process's host (its interval timer), nil for a thread.
	host     *host
	children []int // multiprocessing _children as last recorded
	// childStamp identifies the _children set read for children.
	childStamp pyvm.SetStamp
	// inMP: its latest line was multiprocessing's own code; looked says
	// _children has been read at least once.
	inMP, looked bool
	// blocked: the last Run stopped in a blocking call; woken: the wake-up
	// latency of that call has been charged.
	blocked, woken bool
	// stack is the task's last line's stack, for its next (a process that
	// forks finds its own stack where it left it).
	stack pyvm.StackCache
	// lastTop is the innermost call of the task's last line.
	lastTop pyvm.LineTop
}

// setProc and dropProc change which interpreter runs a task.
func (s *System) setProc(pid kernel.PID, p *proc) {
	s.procs[pid] = p
	s.procsGen++
}

func (s *System) dropProc(pid kernel.PID) {
	if _, ok := s.procs[pid]; ok {
		delete(s.procs, pid)
		s.procsGen++
	}
}

// procOf is s.procs[pid], looked up again only when procs changed or
// another task runs: a task usually runs many lines in a row.
func (s *System) procOf(pid kernel.PID) *proc {
	if pid != s.curPID || s.curGen != s.procsGen {
		s.curPID, s.curProc, s.curGen = pid, s.procs[pid], s.procsGen
	}
	return s.curProc
}

// process is the proc of the process a task belongs to.
func (p *proc) process() *proc {
	if p.owner != nil {
		return p.owner
	}
	return p
}

// wakeLatency delays a woken forkserver by its scheduling latency before it
// runs again (see Costs.ForkserverWake); it reports whether it did.
func (s *System) wakeLatency(p *proc) bool {
	if !p.blocked || p.woken || s.fam.role[p.pid] != checkpoint.RoleForkserver {
		return false
	}
	p.woken = true
	s.k.Charge(p.pid, s.costs.ForkserverWake.draw(s.rng))
	return true
}

// noteChildren records a change of the process's _children set. The set
// changes only in multiprocessing's own code (start(), join(), is_alive(),
// close(), _cleanup(), the child's _bootstrap), so it is read only at a line
// of that code or the first line after one, and at a process's first line
// (a fork copies its parent's set): reading a set of N children every line
// made long runs cost O(N) a line. A program that edits
// multiprocessing.process._children itself is seen at its next call into
// multiprocessing (checkpoints read the set directly, never this record).
// Even there the set is read again only when its stamp changed (the set
// was replaced or gained or lost a Process), so a line costs O(1) with any
// number of children; a Process whose _popen is dropped while still in the
// set (close()) leaves the record when it leaves the set.
func (s *System) noteChildren(p *proc, file string, sameCalls bool) {
	if sameCalls && p.looked && !p.inMP {
		// The same function as the task's last line, which was not
		// multiprocessing's: nothing to look at.
		return
	}
	inMP := strings.HasPrefix(file, "multiprocessing/")
	first := !p.looked
	look := inMP || p.inMP || first
	p.inMP, p.looked = inMP, true
	if !look {
		return
	}
	stamp := p.in.ChildrenStamp()
	if !first && stamp == p.childStamp {
		return
	}
	p.childStamp = stamp
	pids := p.in.ChildrenPids()
	if slices.Equal(pids, p.children) && (pids == nil) == (p.children == nil) {
		return
	}
	p.children = pids
	s.trace.addChildren(s.k.Now(), p.pid, pids)
}

// StopReason says why a run ended.
type StopReason uint8

const (
	Running           StopReason = iota
	AllExited                    // every user process has exited
	ReachedUntil                 // the --until limit
	ReachedCap                   // the step cap
	Deadlock                     // processes remain but none can ever run again
	ReachedCheckpoint            // the until=LABEL#N bound: right after that snapshot
)

func (r StopReason) String() string {
	switch r {
	case Running:
		return "running"
	case AllExited:
		return "all processes exited"
	case ReachedUntil:
		return "reached the time limit"
	case ReachedCap:
		return "reached the step cap"
	case Deadlock:
		return "every remaining process sleeps forever"
	case ReachedCheckpoint:
		return "reached the checkpoint it runs until"
	}
	return fmt.Sprintf("StopReason(%d)", uint8(r))
}

// New boots a kernel, starts the scenario's main process and returns the run,
// ready to Step. Parse errors in the scenario come back here.
func New(opt Options) (*System, error) {
	if opt.Python == (Version{}) {
		opt.Python = DefaultVersion
	}
	if opt.StepCap == 0 {
		opt.StepCap = DefaultStepCap
	}
	if err := opt.Kernel.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %v", opt.File, err)
	}
	s := &System{
		opt:   opt,
		k:     kernel.New(opt.Kernel),
		costs: CostsFor(opt.Python),
		procs: map[kernel.PID]*proc{},
	}
	s.workLeft = math.MaxInt64
	if opt.StepCap < math.MaxInt64/workPerStep {
		s.workLeft = int64(opt.StepCap) * workPerStep
	}
	s.trace.k = s.k
	if opt.Seed != 0 {
		s.rng = NewRand(opt.Seed)
	}
	pid, err := s.k.Spawn("python3 " + opt.File)
	if err != nil {
		return nil, err
	}
	in := s.newInterp([]string{opt.File})
	if err := in.RunMain(opt.File, opt.Source, "__main__"); err != nil {
		return nil, err
	}
	if opt.Method != cpython.MethodDefault {
		// docs/CHECKPOINTS.md: method= sets the main process's default start
		// method before the first line, as set_start_method would.
		prologue := "import multiprocessing\nmultiprocessing.set_start_method('" + opt.Method.String() + "')\n"
		if err := in.RunPrologue([]byte(prologue)); err != nil {
			return nil, err
		}
	}
	s.main = pid
	s.fam = newFamily(pid)
	s.drain() // boot and the shell's fork and exec of the main process
	s.trace.addRole(s.k.Now(), pid, checkpoint.RoleMain)
	s.cpLabels = map[int]string{}
	s.cpCount = map[string]int{}
	for _, c := range opt.Checkpoints {
		s.cpLabels[c.Line] = c.Label
	}
	s.adopt(pid, in, s.costs.Startup)
	return s, nil
}

func (s *System) newInterp(argv []string) *pyvm.Interp {
	return pyvm.New(pyvm.Config{
		Version:    s.opt.Python,
		Argv:       argv,
		Loader:     s.load,
		Executable: "/usr/bin/python3",
		ReadFile:   s.readFile,
		Unfused:    s.opt.unfused,
	})
}

// readFile is the simulated file system: the scenario's own file, which
// spawn's prepare() re-imports by path.
func (s *System) readFile(path string) ([]byte, bool) {
	if path == s.opt.File {
		return s.opt.Source, true
	}
	return nil, false
}

// load gives the interpreter the sources of modelled pure-Python modules.
// It serves multiprocessing (sim/mp), then the everyday library (sim/pylib).
func (s *System) load(module string) (string, []byte, bool) { return LoadModule(module) }

// adopt attaches an interpreter to a kernel process that will run its first
// line after delay.
func (s *System) adopt(pid kernel.PID, in *pyvm.Interp, delay Span) {
	h := &host{s: s, pid: pid, tid: pid}
	in.SetHost(h)
	s.setProc(pid, &proc{pid: pid, in: in, host: h})
	s.k.Charge(pid, delay.draw(s.rng))
}

// exec replaces pid's program with a fresh interpreter running argv (the
// kernel keeps pid, parent and the passed fds).
func (s *System) exec(pid kernel.PID, argv []string, passFDs []int) error {
	in, err := s.freshInterp(argv)
	if err != nil {
		return err
	}
	cmdline := strings.Join(argv, " ")
	if err := s.k.Exec(pid, cmdline, passFDs); err != nil {
		return errnoOf(err)
	}
	s.execed(s.k.Getppid(pid), pid, cmdline)
	s.adopt(pid, in, s.costs.Startup)
	return nil
}

// spawn forks parent and execs a fresh interpreter in the child at once, as
// multiprocessing.util.spawnv_passfds does with _posixsubprocess.fork_exec
// (close_fds=True): the child never runs the parent's Python code.
func (s *System) spawn(parent kernel.PID, argv []string, passFDs []int) (kernel.PID, error) {
	in, err := s.freshInterp(argv)
	if err != nil {
		return 0, err
	}
	s.charge(s.costs.ForkParent)
	child, err := s.k.Fork(parent)
	if err != nil {
		return 0, errnoOf(err)
	}
	s.forked(parent, child)
	cmdline := strings.Join(argv, " ")
	if err := s.k.Exec(child, cmdline, passFDs); err != nil {
		// A descriptor to pass is not open: the child fails before its
		// exec and is reaped within the call (host.childFailed), never
		// left without a program.
		(&host{s: s, pid: parent, tid: parent}).childFailed(child)
		return 0, errnoOf(err)
	}
	s.execed(parent, child, cmdline)
	s.adopt(child, in, s.costs.Startup)
	return child, nil
}

// freshInterp prepares a new interpreter for a command line of the form
// `python [-B] -c CODE [args...]`, the only form multiprocessing execs.
func (s *System) freshInterp(argv []string) (*pyvm.Interp, error) {
	i := 1
	for i < len(argv) && argv[i] != "-c" {
		if !strings.HasPrefix(argv[i], "-") {
			return nil, fmt.Errorf("sim: exec of %q: only `python -c CODE` is modelled", strings.Join(argv, " "))
		}
		i++
	}
	if i+1 >= len(argv) {
		return nil, fmt.Errorf("sim: exec of %q: only `python -c CODE` is modelled", strings.Join(argv, " "))
	}
	in := s.newInterp(append([]string{"-c"}, argv[i+2:]...))
	if err := in.RunMain("<string>", []byte(argv[i+1]), "__main__"); err != nil {
		return nil, err
	}
	return in, nil
}

// forked gives a new process its parent's session (every way of forking
// comes here) and records a family member's role in the trace.
func (s *System) forked(parent, child kernel.PID) {
	s.forkedSession(parent, child) // whichever way it was forked
	if role := s.fam.forked(parent, child); role != "" {
		s.drain() // the fork's events come before the role
		s.trace.addRole(s.k.Now(), child, role)
	}
}

// execed records a multiprocessing helper's role in the trace.
func (s *System) execed(parent, pid kernel.PID, cmdline string) {
	if role := s.fam.execed(parent, pid, cmdline); role != "" {
		s.drain()
		s.trace.addRole(s.k.Now(), pid, role)
	}
}

// charge adds a cost drawn from span to the line being run (always the
// calling process's: a line is atomic, see the top of this file).
func (s *System) charge(span Span) { s.stepCost += span.draw(s.rng) }

// Kernel exposes the process table (read-only use: snapshots, ps).
func (s *System) Kernel() *kernel.Kernel { return s.k }

// Trace returns everything recorded so far.
func (s *System) Trace() *Trace { return &s.trace }

// Main is the scenario's main process.
func (s *System) Main() kernel.PID { return s.main }

// Stopped says why the run ended (Running while it goes on).
func (s *System) Stopped() StopReason { return s.stopped }

// limit is the absolute kernel time the run may not pass.
func (s *System) limit() kernel.Time {
	if s.opt.Until <= 0 || !s.begun {
		return kernel.Time(1<<62 - 1)
	}
	return s.t0 + kernel.Time(s.opt.Until)
}

// Step runs one line of one process, or up to LinesPerStep lines of the same
// task when nothing else would run between them. It returns false once the
// run is over.
// A group of events with no line of their own that it recorded ends with
// it, so each such step is dated when its events happened.
func (s *System) Step() bool {
	more := s.step()
	s.trace.closeStep()
	return more
}

// maxPicksPerStep bounds the scheduler's work per executed line (see
// System.picks); real runs stay far below it.
const maxPicksPerStep = 50

// workPerStep is the work a line may do, on average over a run, without
// lines of its own: a builtin's iterations, code called back from Go,
// copies (pyvm's work budget). The default cap allows 10⁸ units, a few
// seconds of native work; real programs stay far below it.
const workPerStep = 100

func (s *System) step() bool {
	if s.stopped != Running {
		return false
	}
	if s.picks++; s.steps >= s.opt.StepCap || s.picks >= maxPicksPerStep*s.opt.StepCap {
		s.stop(ReachedCap)
		return false
	}
	pid, ok := s.k.Next(s.limit())
	if !ok {
		s.drain()
		switch {
		case s.begun && s.opt.Until > 0 && s.k.Now() >= s.limit():
			s.stop(ReachedUntil)
		case s.liveUserProcesses() == 0:
			s.stop(AllExited)
		default:
			s.stop(Deadlock)
		}
		return false
	}
	p := s.procOf(pid)
	if p == nil {
		panic(fmt.Sprintf("sim: scheduler returned pid %d, which runs no interpreter", pid))
	}
	s.drain() // what the scheduler did to get here: timers, wake-ups
	if s.wakeLatency(p) {
		return true
	}
	s.timerDue(p)
	s.stepCost = 0
	s.inLine = true
	p.in.SetWorkBudget(s.workLeft)
	if s.hookFn == nil && !s.noHook {
		s.hookFn = s.lineHook
	}
	s.lineProc, s.linePID, s.lineRun, s.lineGen = p, pid, 0, s.procsGen
	p.in.SetLineHook(s.hookFn)
	stop := p.in.RunThread(int(pid), 1<<20)
	p.in.SetLineHook(nil)
	s.lineProc = nil
	if stop == pyvm.StopLineDone {
		return true // lineHook did the rest
	}
	s.workLeft = p.in.WorkBudget()
	p.blocked, p.woken = stop == pyvm.StopBlocked, false
	mp := p.process()
	if stop == pyvm.StopExited && s.procs[pid] == p {
		// The program ended: what it did since its last line (output at
		// exit, its exit, its children's reparenting) has no line of its
		// own to be shown at.
		s.inLine = false
		if why := p.in.ExitReason(); why != "" {
			s.trace.addUncaught(s.k.Now(), pid, why)
		}
	}
	s.drain() // what the rest of the previous line did
	s.inLine = false
	if stop == pyvm.StopCapped {
		s.stop(ReachedCap)
		return false
	}
	alive := s.procOf(pid) == p
	switch stop {
	case pyvm.StopLine:
		if !alive {
			// The line ended its own process (os.kill(0, SIGKILL)): the
			// interpreter stopped at a line that will never run.
			break
		}
		s.atLine(p, pid, mp)
	case pyvm.StopExited:
		// An exec installed a new interpreter for the same pid: only the
		// old one is gone.
		if s.procs[pid] == p {
			s.dropProc(pid)
		}
	}
	if s.stepCost > 0 && s.procOf(pid) != nil {
		s.k.Charge(pid, s.stepCost)
	}
	s.drain()
	return true
}

// atLine records the line task pid (p, of process mp) stopped at, takes its
// checkpoint, and adds the line's cost to the step's.
func (s *System) atLine(p *proc, pid kernel.PID, mp *proc) {
	s.steps++
	lt := &p.lastTop
	sameCalls := p.in.LineTop(lt)
	if ref, fn, ok := s.trace.stacks.tagged(lt); ok && !s.noTags {
		if lt.Tag == 0 {
			p.in.TagTop(s.trace.stacks.tagOf(fn)) // a call's first line
		}
		// The innermost call was seen at an earlier line, and its stack
		// with this line too: the stack's id without looking at the
		// frames below (stackTable.tagged). 98.6 % of the seed loop's
		// lines.
		p.stack.Skipped(lt)
		file := lt.File()
		s.noteChildren(mp, file, sameCalls)
		s.lineRecorded(p, pid, file, int(lt.Line), ref, nil, false)
	} else {
		frames, sameCalls := p.in.StackInto(&p.stack)
		if len(frames) > 0 {
			top := &frames[len(frames)-1]
			s.noteChildren(mp, top.File, sameCalls)
			s.lineRecorded(p, pid, top.File, top.Line, -1, frames, sameCalls)
			if lt.Tag >= 0 {
				p.in.TagTop(s.trace.stacks.topTag())
			}
		} else {
			s.trace.addLine(s.k.Now(), pid, frames, sameCalls, p.stack.Kept(), s.localsOf(p))
		}
	}
	// A Popen nothing reaches any more gets its __del__ now, before this
	// line runs (CPython's reference counting, see pyvm RunFinalizers).
	p.in.SetWorkBudget(s.workLeft)
	p.in.RunFinalizers()
	s.workLeft = p.in.WorkBudget()
	s.stepCost += s.costs.Line.draw(s.rng)
}

// lineRecorded records a line of task pid whose innermost frame is at file
// and line: with the stack's id ref, or, when ref < 0, from its frames
// (Trace.addLine). The main task's first line of the program starts the
// run; its lines take their checkpoints.
func (s *System) lineRecorded(p *proc, pid kernel.PID, file string, line int, ref int32, frames []pyvm.FrameInfo, sameCalls bool) {
	if pid == s.main && !s.begun && file == s.opt.File {
		s.begun, s.t0, s.trace.t0, s.trace.started = true, s.k.Now(), s.k.Now(), true
	}
	if ref >= 0 {
		s.trace.addLineRef(s.k.Now(), pid, ref, s.localsOf(p))
	} else {
		s.trace.addLine(s.k.Now(), pid, frames, sameCalls, p.stack.Kept(), s.localsOf(p))
	}
	if pid == s.main && len(s.cpLabels) > 0 {
		s.checkpoint(pid, file, line)
	}
}

// LinesPerStep bounds the lines one Step runs (lineHook), so that a caller
// that streams and forgets the trace (the CLI) or plays it (the player)
// gets control back often.
const LinesPerStep = 64

// lineHook runs inside the interpreter where it stops at a line of
// s.lineProc. It does what step does after RunThread returns StopLine, and
// then, when the next step would pick the same task with nothing else
// happening first (no timer due, no other task ready sooner, one thread,
// no stop), what that step would do before calling RunThread again; the
// interpreter then goes on with the line without returning. The trace and
// the clock are exactly as with one step a line (TestLineHookSameTrace);
// only the returns and re-entries of every line are saved.
func (s *System) lineHook() pyvm.LineVerdict {
	p, pid := s.lineProc, s.linePID
	if p == nil {
		return pyvm.LineStop
	}
	// step, after RunThread stopped at a line:
	s.workLeft = p.in.WorkBudget()
	p.blocked, p.woken = false, false
	mp := p.process()
	s.drain()
	s.inLine = false
	// p is still pid's while no process came or went since step looked it
	// up (procsGen); else look again.
	if s.procsGen != s.lineGen && s.procOf(pid) != p {
		return pyvm.LineStop // step sees the task gone, as before
	}
	s.atLine(p, pid, mp)
	if s.stepCost > 0 && (s.procsGen == s.lineGen || s.procOf(pid) != nil) {
		s.k.Charge(pid, s.stepCost)
	}
	s.drain()
	// Step, after step:
	s.trace.closeStep()
	// The next step, if it would run this task again at once:
	if s.lineRun++; s.lineRun >= LinesPerStep || s.stopped != Running || !p.in.CanGoOn() ||
		s.steps >= s.opt.StepCap || s.picks+1 >= maxPicksPerStep*s.opt.StepCap ||
		(s.procsGen != s.lineGen && s.procOf(pid) != p) || !s.k.Again(pid, s.limit()) {
		return pyvm.LineDone
	}
	s.picks++
	s.lineGen = s.procsGen // p was found pid's just above
	s.drain()
	s.timerDue(p)
	s.stepCost = 0
	s.inLine = true
	p.in.SetWorkBudget(s.workLeft)
	return pyvm.LineGoOn
}

// timerDue fires the interval timer (signal.alarm, setitimer) of the process
// whose main thread p is, if it came due while the process ran: on Linux
// SIGALRM is sent at expiry whatever the process does, so a busy loop is
// interrupted too (before, only at its next system call). The handler runs
// before the task's next instruction. A task resuming a blocking call is
// left to the call's own timer handling (host.timerInterrupts).
func (s *System) timerDue(p *proc) {
	if h := p.host; h != nil && h.timer.set { // inlined: rarely set
		s.fireDue(p, h)
	}
}

func (s *System) fireDue(p *proc, h *host) {
	if !p.blocked && s.k.Now() >= h.timer.at {
		h.fireTimer()
		s.drain()
	}
}

// localsOf is what the task that stopped at a line sees, when the run
// records variables (Options.Locals); nil otherwise. Its Vars reuse a
// buffer that the trace copies.
func (s *System) localsOf(p *proc) *Locals {
	if !s.opt.Locals {
		return nil
	}
	fn, vars, ok := p.in.UserLocals(s.opt.File, s.vars[:0])
	s.vars = vars
	s.lineVars = Locals{Func: fn, Vars: vars}
	if !ok {
		// No frame of the program's file (a thread whose function
		// returned): nothing to show, which clears what it showed.
		s.lineVars = Locals{}
	}
	return &s.lineVars
}

// drain copies new kernel events (terminal output among them) into the trace and
// forgets interpreters whose process has died (killed by a signal).
func (s *System) drain() {
	if s.kevents < s.k.EventCount() { // inlined: most lines make no event
		s.drainEvents()
	}
}

func (s *System) drainEvents() {
	for ; s.kevents < s.k.EventCount(); s.kevents++ {
		e := s.k.Event(s.kevents)
		kind := RecKernel
		switch {
		case e.Kind == kernel.EventOutput:
			kind = RecOutput
		case e.Fact():
			kind = RecState
		}
		opens := !s.inLine && stepWorthy(e)
		if opens && e.Kind == kernel.EventReap && s.announced(e) {
			s.trace.openAtLast()
			opens = false
		}
		s.trace.addEvent(kind, s.kevents, e, opens)
		if p := s.procs[e.PID]; p != nil && e.Kind == kernel.EventSignalPending {
			p.in.NotifySignal()
		}
		if e.Kind == kernel.EventThreadExit {
			s.dropProc(e.Other)
		}
		if e.Kind == kernel.EventExit {
			s.dropProc(e.PID)
			if e.PID == s.main {
				s.mainExited, s.mainStatus = true, e.Status
			}
		}
	}
}

// stepWorthy says which events a learner stops at when they happen with no
// line of their own: terminal output, an exit (with the reparenting and
// zombie that follow it in one group), a reap (by init or the shell). The
// rest (wake-ups, timers, state facts) is told at the next step.
func stepWorthy(e kernel.Event) bool {
	switch e.Kind {
	case kernel.EventOutput, kernel.EventExit, kernel.EventReap:
		return true
	}
	return false
}

// announced reports whether the last record is the SIGCHLD that the reaped
// child sent its reaper just before a reap (kernel/exit.go notifyParent).
func (s *System) announced(reap kernel.Event) bool {
	n := s.trace.Len()
	if n == 0 || s.trace.At(n-1).Kind != RecKernel {
		return false
	}
	prev := s.trace.Event(s.trace.At(n - 1))
	return prev.Kind == kernel.EventSignal && prev.Signal == kernel.SIGCHLD && prev.PID == reap.PID && prev.Other == reap.Other
}

func (s *System) liveUserProcesses() int {
	n := 0
	for _, p := range s.k.Snapshot().Procs {
		if s.procs[p.PID] != nil {
			n++
		}
	}
	return n
}

func (s *System) stop(r StopReason) {
	s.stopped = r
	s.trace.addStop(s.k.Now(), r)
}

// RunToEnd steps until the run is over and returns why it stopped.
func (s *System) RunToEnd() StopReason {
	for s.Step() {
	}
	return s.stopped
}

// checkpoint takes a snapshot when the main process is about to run a
// checkpoint's statement in the scenario's own file, and records it in the
// trace right after that line's record.
func (s *System) checkpoint(pid kernel.PID, file string, line int) {
	if len(s.cpLabels) == 0 || file != s.opt.File {
		return
	}
	label, ok := s.cpLabels[line]
	if !ok {
		return
	}
	s.cpCount[label]++
	var kids []kernel.PID
	if p := s.procs[s.main]; p != nil {
		for _, pid := range p.in.ChildrenPids() {
			kids = append(kids, kernel.PID(pid))
		}
	}
	tms := int64(s.rel()) / 1e6
	snap := s.fam.snapshot(s.k, label+"#"+strconv.Itoa(s.cpCount[label]), tms, kids)
	s.trace.addCheckpoint(s.k.Now(), pid, snap)
	if snap.Label == s.opt.UntilCheckpoint {
		s.stop(ReachedCheckpoint)
	}
}

// Checkpoints returns the snapshots taken so far (Trace.Checkpoints).
func (s *System) Checkpoints() []checkpoint.Snapshot { return s.trace.Checkpoints() }

// MainExitCode is the main process's exit status as a shell reports it: the
// exit code, or 128 + the signal that killed it. A run stopped by its time
// or checkpoint limit reports 0 (the limit is the scenario's own bound); one
// stopped by the step cap or a deadlock reports 1.
func (s *System) MainExitCode() int {
	switch {
	case s.mainExited && s.mainStatus.Signaled():
		return 128 + int(s.mainStatus.Signal())
	case s.mainExited:
		return s.mainStatus.ExitStatus()
	case s.stopped == ReachedUntil || s.stopped == ReachedCheckpoint:
		return 0
	}
	return 1
}

// rel is the current time relative to the main process's first line.
func (s *System) rel() kernel.Duration { return kernel.Duration(s.k.Now() - s.t0) }
