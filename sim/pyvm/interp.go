// This file defines the interpreter state (Interp, Frame) and the public
// stepping API the simulator's scheduler drives: New, RunMain, Run, Frames,
// NotifySignal, SetHost.

package pyvm

import (
	"fmt"
	"strings"

	"zombielab/sim/pyast"
)

// Stop says why Run returned.
type Stop uint8

const (
	// StopLine: the process is about to execute a new line (an observable step).
	StopLine Stop = iota
	// StopBlocked: a Host call returned ErrBlocked; the next Run retries it.
	StopBlocked
	// StopExited: the process called Host.Exit; it never runs again.
	StopExited
	// StopBudget: maxInstr instructions ran without reaching a line.
	StopBudget
	// StopThreadExited: the thread RunThread ran has ended (its task is
	// gone); the process runs on.
	StopThreadExited
	// StopCapped: the work budget (SetWorkBudget) ran out inside a line;
	// the interpreter is left in the middle of it and must not run again.
	StopCapped
	// StopLineDone: as StopLine, but the line hook (SetLineHook) has
	// already done what the caller does at a line, and declined to go on.
	StopLineDone
)

func (s Stop) String() string {
	return [...]string{"line", "blocked", "exited", "budget", "thread-exited", "capped", "line-done"}[s]
}

// FrameInfo describes one frame of a call stack.
type FrameInfo struct {
	File string
	Func string
	Line int
}

// retKind says what happens to a frame's return value.
type retKind uint8

const (
	retNormal    retKind = iota // push on the caller's stack
	retInit                     // __init__: check None, push the instance (aux)
	retDiscard                  // signal handler, property setter: drop it
	retClass                    // class body: build the class from the namespace
	retRetry                    // a module body: the caller re-executes its instruction
	retSync                     // called from Go: the nested loop returns it
	retMain                     // the main module: start interpreter shutdown
	retShutdown                 // the exit functions ran: flush and exit
	retAliasMain                // _zombielab.import_main_path: alias __main__, push None
	retGen                      // a generator's frame: its generator's mode says where values go
	retThread                   // a thread's function: the thread ends
	retTruth                    // __contains__ (vm_dunder.go): push bool(result)
	retNotTruth                 // __contains__ for `not in`: push not result
	retLen                      // __len__ from len(): check a non-negative int
	retStr                      // __str__/__repr__ from str(), repr(), print: check a str
	retIter                     // __iter__ from iter() and for: the iterator
	retBinop                    // an operator's __add__ (or __iadd__ ...): NotImplemented falls back (aux: the operands)
	retForIter                  // __next__ from FOR_ITER: push the item; StopIteration ends the loop (aux: its exit)
	retNew                      // a class's own __new__: __init__ the result if it is an instance (aux: *newSpec)
	retClassMade                // a new class's __set_name__ or __init_subclass__: push the class (aux)
)

func (k retKind) String() string {
	return [...]string{"normal", "init", "discard", "class", "retry", "sync", "main", "shutdown", "alias-main", "generator", "thread", "truth", "not-truth", "len", "str", "iter", "binop", "for-iter", "new", "class-made"}[k]
}

type blockKind uint8

const (
	blockSetup   blockKind = iota // SETUP_EXCEPT/SETUP_FINALLY: jump to handler on exception
	blockHandler                  // an exception is being handled (PUSH_EXC)
)

func (k blockKind) String() string { return [...]string{"setup", "handler"}[k] }

type block struct {
	kind    blockKind
	handler int32
	level   int32
}

// Frame is one activation record.
type Frame struct {
	code     *Code
	fn       *Function
	ip       int
	stack    []Value
	locals   []Value
	cells    []*Cell
	globals  *Dict
	ns       *Dict // module and class bodies: the namespace for *_NAME
	blocks   []block
	lastLine int32
	// tag is what the line hook attached to this call (TagTop), 0 before;
	// a reused Frame starts again at 0 (newCallFrame).
	tag int32
	ret retKind
	aux Value      // retInit: the instance; retClass: *classSpec
	gen *Generator // retGen: the generator this frame belongs to
	// mem is the one allocation of locals and the first stack slots
	// (newCallFrame); serial tells this frame from an earlier use of the
	// same Frame (reuseFrame), for StackCache.
	mem    []Value
	serial uint64
}

func (f *Frame) push(v Value) { f.stack = append(f.stack, v) }

func (f *Frame) pop() Value {
	v := f.stack[len(f.stack)-1]
	f.stack = f.stack[:len(f.stack)-1]
	return v
}

func (f *Frame) top() Value { return f.stack[len(f.stack)-1] }

// phase is where an interpreter is in its life.
type phase uint8

const (
	phaseNew      phase = iota // RunMain not called yet
	phaseRunning               // running the main module
	phaseShutdown              // running atexit functions
	phaseExited                // Host.Exit was called
)

func (p phase) String() string { return [...]string{"new", "running", "shutdown", "exited"}[p] }

// Interp is one simulated Python process.
type Interp struct {
	host Host
	cfg  Config
	// typeNames caches, by builtin type, the public names CPython's type
	// has in this version (cpythonTypeHas); a clone starts without.
	typeNames map[string][]string
	// lineHook, when set, is called where Run would stop at a line
	// (SetLineHook).
	lineHook func() LineVerdict
	// childSlots cache where mpChildren finds multiprocessing.process and
	// its _children.
	childSlots [2]nameSlot
	childKeys  [2]string // the two names as the dicts hold them
	// childBases are the entries arrays in which ChildrenStamp last found
	// each name at its slot: a dict never puts another key where one was
	// (it appends, and a compaction or a copy makes a new array), so a
	// live entry there is still that name's.
	childBases [2]*entry
	// t is the thread running now; threads are all of them, the main
	// thread first (thread.go). A process that never started a thread has
	// one, and no GIL.
	t       *thread
	threads []*thread
	gil     *gil
	// interval is sys.setswitchinterval's value, 0 for the default.
	interval float64
	// reprDepth is how many containers repr is inside now (enterRepr).
	reprDepth int
	// pctRender is set while `fmt % args` looks for, or uses, the str()
	// and repr() texts computed by frames (vm_dunder.go percentFrame).
	pctRender *percentRender
	// locals are the threading.local instances (thread.go).
	locals  []*tlocal
	modules *Dict // sys.modules
	// builtins is this interpreter's builtins module (a copy of the
	// universe): what LOAD_GLOBAL falls back to and `import builtins` gives.
	builtins *Module
	stdout   *stream
	stderr   *stream
	atexit   []atexitEntry
	// atFork holds os.register_at_fork's handlers: before, in the child,
	// in the parent (mod_os_atfork.go).
	atFork  [3][]Value
	sigs    [65]Value // Python signal handlers by signal number
	phase   phase
	status  int // exit code decided at shutdown
	killSig int // non-zero: end by this signal instead (KeyboardInterrupt)
	// exitReason is the last line of the traceback of the exception that
	// ended the program ("ImportError: cannot import name ..."), if one did.
	exitReason string
	// sigPending is set by NotifySignal.
	sigPending bool
	syncDepth  int
	nextID     int64
	prelude    *Module
	codeCache  map[string]*Code // compiled Loader modules by name
	// codeShared: a fork's copy and its original share codeCache until
	// either compiles another module (cacheCode).
	codeShared bool
	// Shared functions, as this interpreter sees them (share.go).
	fnPriv map[*Function]*Function
	gfwd   map[*Dict]*Dict
	cfwd   map[*Class]*Class
	// shareEpoch names fnPriv as it is: a table that a fork found it may
	// share keeps it (table.share), and while neither the table's
	// entries nor fnPriv change, the next fork need not look again. Nil
	// once fnPriv changes; Clone makes a new one.
	shareEpoch *shareEpoch

	ids map[any]int64 // id() numbers, in order of first request
	// wakeupFD is signal.set_wakeup_fd's fd, -1 when unset; nonblock the
	// fds this process made non-blocking with os.set_blocking, sorted.
	wakeupFD int
	nonblock []int
	// work is the budget of work that no line shows (work.go).
	work workBudget
	// memoHint is how many objects the last Clone copied; memoSpare its
	// emptied memo, for the next.
	memoHint  int
	memoSpare *cloneMemo
	// strCache is the decoding of the last long str indexed, sliced or
	// matched (strcache.go).
	strCache *strCache
	// slabHint is how much of each kind the last Clone took from its
	// slabs (cloneslab.go), the next one's sizes.
	slabHint slabSizes
	// spareFrames are returned frames newCallFrame reuses; frameSerial
	// numbers the frames it hands out.
	spareFrames []*Frame
	frameSerial uint64
	// noSubprocess: sys.modules had no subprocess at this version of its
	// table (RunFinalizers).
	noSubprocess struct {
		mods    *Dict
		version uint64
	}
}

type atexitEntry struct {
	fn   Value
	args *Tuple
	kw   *Dict
}

// New makes an interpreter; RunMain gives it a program.
func New(cfg Config) *Interp {
	if cfg.Version == (Version{}) {
		cfg.Version = Py311
	}
	if cfg.Executable == "" {
		cfg.Executable = "/usr/bin/python3"
	}
	in := &Interp{host: cfg.Host, cfg: cfg, modules: newDict(), codeCache: map[string]*Code{}, wakeupFD: -1,
		builtins: newBuiltinsModule()}
	in.t = &thread{ident: mainIdent}
	in.threads = []*thread{in.t}
	in.stdout = &stream{fd: 1, name: "<stdout>"}
	in.stderr = &stream{fd: 2, name: "<stderr>"}
	in.prelude = in.newModule("_zombielab", "<zombielab>")
	for _, b := range preludeNatives {
		in.prelude.dict.setStr(b.name, b)
	}
	in.execHidden(preludeCode, in.prelude)
	return in
}

// SetHost gives a (cloned) interpreter its own host.
func (in *Interp) SetHost(h Host) {
	in.host = h
	in.threads[0].host = h
}

// Version is the modelled CPython version.
func (in *Interp) Version() Version { return in.cfg.Version }

// Exited reports whether the process has exited (Host.Exit was called).
func (in *Interp) Exited() bool { return in.phase == phaseExited }

// ExitReason is the last line of the traceback of the uncaught exception
// that ended the program ("ImportError: cannot import name 'Pool' ..."),
// or "" when it ended otherwise (its last line, sys.exit, os._exit, a
// signal).
func (in *Interp) ExitReason() string { return in.exitReason }

// RunMain prepares to run a file as module name ("__main__", or
// "__mp_main__" for spawn's re-import). Parse and compile errors come back
// here with file:line:col.
func (in *Interp) RunMain(filename string, src []byte, name string) error {
	code, err := in.compileSource(filename, src, false)
	if err != nil {
		return err
	}
	file := filename
	if in.cfg.Version.AtLeast(3, 9) && name == "__main__" && !strings.HasPrefix(file, "/") && !strings.HasPrefix(file, "<") {
		// From 3.9 `python FILE` gives __main__ the working directory
		// joined to FILE as __file__, not normalised ("/d/./../f.py";
		// bpo-20443, measured with 3.8.18, 3.9 and 3.12.1). Code objects
		// keep the name as given, so tracebacks and the trace say
		// "prog.py" where 3.9+ print the absolute path.
		file = strings.TrimSuffix(cwdOf(in), "/") + "/" + file
	}
	mod := in.mainModule(name, file)
	if strings.HasPrefix(filename, "<") {
		// `python -c CODE`: __main__ has no __file__ (so spawn's
		// get_preparation_data sends no main path), tracebacks say
		// File "<string>".
		mod.dict.t.del(Str("__file__"))
		mod.dict.t.del(Str("__cached__"))
	}
	in.modules.setStr(name, mod)
	f := in.moduleFrame(code, mod)
	f.ret = retMain
	in.t.frames = append(in.t.frames[:0], f)
	in.phase = phaseRunning
	return nil
}

// compileSource parses and compiles a file, checking its imports.
func (in *Interp) compileSource(filename string, src []byte, hidden bool) (*Code, error) {
	m, err := pyast.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	return compileWith(m, src, hidden, in.moduleAvailable, in.cfg.Version, !in.cfg.Unfused)
}

// mainModule is the module a program runs as: the names CPython's
// __main__ starts with, in its order (dir(), globals()); the loader is a
// stand-in object of the class CPython's is.
func (in *Interp) mainModule(name, file string) *Module {
	if name != "__main__" {
		return in.newModule(name, file)
	}
	d := newDict()
	d.setStr("__name__", Str(name))
	d.setStr("__doc__", None)
	d.setStr("__package__", None)
	d.setStr("__loader__", &Instance{cls: sourceFileLoaderClass, dict: newDict()})
	d.setStr("__spec__", None)
	if !in.cfg.Version.AtLeast(3, 14) {
		// 3.14 makes module annotations lazy (PEP 649).
		d.setStr("__annotations__", newDict())
	}
	d.setStr("__builtins__", in.builtins)
	d.setStr("__file__", Str(file))
	d.setStr("__cached__", None)
	return &Module{name: name, dict: d}
}

// sourceFileLoaderClass is the class of __main__.__loader__.
var sourceFileLoaderClass = func() *Class {
	c := builtinClass("SourceFileLoader")
	c.module = "_frozen_importlib_external"
	return c
}()

func (in *Interp) newModule(name, file string) *Module {
	d := newDict()
	d.setStr("__name__", Str(name))
	d.setStr("__file__", Str(file))
	d.setStr("__doc__", None)
	d.setStr("__builtins__", in.builtins)
	return in.gate(&Module{name: name, dict: d})
}

func (in *Interp) moduleFrame(code *Code, mod *Module) *Frame {
	return &Frame{code: code, globals: mod.dict, ns: mod.dict, stack: make([]Value, 0, 8), lastLine: -1}
}

// execHidden runs runtime-internal module code to completion.
func (in *Interp) execHidden(code *Code, mod *Module) {
	f := in.moduleFrame(code, mod)
	f.ret = retSync
	in.t.frames = append(in.t.frames, f)
	in.syncDepth++
	_, _, err := in.exec(len(in.t.frames)-1, 0)
	in.syncDepth--
	if err != nil {
		panic(fmt.Sprintf("pyvm: runtime prelude failed: %v", err))
	}
}

// NotifySignal tells the VM a handled signal is pending: before the next
// bytecode it asks Host.TakeSignal and runs the Python handler.
func (in *Interp) NotifySignal() { in.sigPending = true }

// Frames is the current call stack, innermost last; after StopLine the
// innermost line is the one about to run. Runtime-internal frames are left out.
func (in *Interp) Frames() []FrameInfo { return in.AppendFrames(nil) }

// AppendFrames appends the visible call stack to dst and returns it, so a
// caller that records every line can reuse one buffer.
func (in *Interp) AppendFrames(dst []FrameInfo) []FrameInfo {
	for i, f := range in.t.frames {
		if f.code.Hidden {
			continue
		}
		dst = append(dst, FrameInfo{File: f.code.File, Func: f.code.Name, Line: f.line(i == len(in.t.frames)-1)})
	}
	return dst
}

// StackCache remembers the last stack StackInto saw, so that the next line
// of the same thread, in the same calls, costs a comparison of pointers.
// The zero value is empty.
type StackCache struct {
	in     *Interp
	t      *thread
	frames []*Frame
	serial []uint64 // the frames' serials (a Frame is reused)
	ips    []int    // the outer frames' places (the innermost one moves)
	infos  []FrameInfo
	ends   []int // len(infos) after frames[i]'s (hidden frames have none)
	// kept is how many of the last StackInto's infos, from the outermost,
	// are the ones it returned the time before (Kept).
	kept int
	// skipped: a line since the last StackInto had another innermost
	// call than the cache's (Skipped), so the next cannot be the same.
	skipped bool
}

// LineTop is the running thread's innermost frame as a line hook sees it:
// which call it is (Interp.LineTop says whether the same as before) and,
// when it can have one, its tag (TagTop).
// A tag names the frame's place in the hook's own tables, which stays
// true for the whole call: the frames below a call do not change while it
// runs. Only a generator's frame can resume under other callers, and a
// hidden frame is not shown: neither takes a tag.
type LineTop struct {
	frame  *Frame
	serial uint64
	depth  int32
	// Tag is the frame's tag, 0 for none yet; -1 when it can take none
	// (hidden, a generator's, or no frame).
	Tag  int32
	Line int32 // the line it is at, when it can take a tag
	// CallerTag and CallerLine, for a frame without a tag yet (a call's
	// first line): the tag of the frame right below, if it has one and is
	// not a generator's, and the line it called from. The new call's
	// stack is that one's with one more frame.
	CallerTag, CallerLine int32
}

// LineTop sets *lt to the innermost frame of the running thread, and
// reports whether that is the call *lt held (the same call innermost at
// the same depth: the stacks of the two lines differ at most in the
// innermost line). In place: a line hook keeps one per task.
func (in *Interp) LineTop(lt *LineTop) (same bool) {
	fs := in.t.frames
	if len(fs) == 0 {
		*lt = LineTop{Tag: -1}
		return false
	}
	f := fs[len(fs)-1]
	same = lt.frame == f && lt.serial == f.serial && int(lt.depth) == len(fs)
	lt.frame, lt.serial, lt.depth, lt.CallerTag, lt.CallerLine = f, f.serial, int32(len(fs)), 0, 0
	if f.code.Hidden || f.gen != nil {
		lt.Tag, lt.Line = -1, 0
		return same
	}
	lt.Tag, lt.Line = f.tag, int32(f.line(true))
	if lt.Tag == 0 && len(fs) > 1 {
		if c := fs[len(fs)-2]; c.tag > 0 && c.gen == nil && !c.code.Hidden {
			lt.CallerTag, lt.CallerLine = c.tag, int32(c.line(false))
		}
	}
	return same
}

// File and Func are the frame's file and function, as StackInto shows
// them (for a frame that can take a tag).
func (t *LineTop) File() string { return t.frame.code.File }
func (t *LineTop) Func() string { return t.frame.code.Name }

// TagTop attaches tag to the running thread's innermost frame, if it can
// take one.
func (in *Interp) TagTop(tag int32) {
	if fs := in.t.frames; len(fs) > 0 {
		if f := fs[len(fs)-1]; !f.code.Hidden && f.gen == nil {
			f.tag = tag
		}
	}
}

// Skipped tells the cache that a line of lt was recorded without
// StackInto: if its innermost call is not the cache's, the next StackInto
// reports the stack changed (sameCalls false), as it would have after
// that line. What it keeps is unaffected: it compares frames, not lines.
func (c *StackCache) Skipped(lt *LineTop) {
	if n := int(lt.depth); n == 0 || len(c.frames) != n || c.frames[n-1] != lt.frame || c.serial[n-1] != lt.serial {
		c.skipped = true
	}
}

// Kept is how many of the frames the last StackInto returned, from the
// outermost, are those it returned the time before, unchanged; a caller
// that keeps the previous stack need not compare them.
func (c *StackCache) Kept() int { return c.kept }

// StackInto returns the running thread's stack as AppendFrames does, and
// whether it differs from the cache's last one only in the innermost line
// (same calls, the outer frames where they were). The result is the
// cache's and valid until its next use.
func (in *Interp) StackInto(c *StackCache) (frames []FrameInfo, sameCalls bool) {
	frames, sameCalls = in.stackInto(c)
	if c.skipped {
		sameCalls, c.skipped = false, false
	}
	return frames, sameCalls
}

func (in *Interp) stackInto(c *StackCache) (frames []FrameInfo, sameCalls bool) {
	fs := in.t.frames
	same := c.in == in && c.t == in.t && len(c.frames) == len(fs) && len(fs) > 0 && len(c.infos) > 0
	if n := len(fs) - 1; same && fs[n] == c.frames[n] && fs[n].serial == c.serial[n] && fs[n].gen == nil {
		// The same call is innermost (a frame and its serial name one
		// call): the frames below are its callers, waiting at their calls
		// since. Only a generator's frame can run again under other
		// callers, and is compared frame by frame below.
		c.kept = len(c.infos)
		if top := fs[n]; !top.code.Hidden {
			c.infos[len(c.infos)-1].Line = top.line(true)
			c.kept--
		}
		return c.infos, true
	}
	for i := 0; same && i < len(fs); i++ {
		same = fs[i] == c.frames[i] && fs[i].serial == c.serial[i] && (i == len(fs)-1 || fs[i].ip == c.ips[i])
	}
	if same {
		c.kept = len(c.infos)
		if top := fs[len(fs)-1]; !top.code.Hidden {
			c.infos[len(c.infos)-1].Line = top.line(true)
			c.kept--
		}
		return c.infos, true
	}
	// A call or a return changes the stack's end only: the frames below
	// that were outer frames before and are still, at the same place, keep
	// their infos (an outer frame's line is its call's; the innermost one's
	// is computed again, as it moves).
	keep := 0
	if c.in == in && c.t == in.t {
		n := min(len(fs), len(c.frames)) - 1
		for keep < n && fs[keep] == c.frames[keep] && fs[keep].serial == c.serial[keep] && fs[keep].ip == c.ips[keep] {
			keep++
		}
	}
	c.in, c.t = in, in.t
	if c.ips == nil {
		// A new task's cache, sized for a stack like multiprocessing's
		// rather than grown a frame at a time.
		const n = 12
		c.frames, c.serial, c.ips, c.ends = make([]*Frame, 0, n), make([]uint64, 0, n), make([]int, 0, n), make([]int, 0, n)
		c.infos = make([]FrameInfo, 0, n)
	}
	c.frames = append(c.frames[:keep], fs[keep:]...)
	c.ips, c.ends, c.serial = c.ips[:keep], c.ends[:keep], c.serial[:keep]
	infos := c.infos[:0]
	if keep > 0 {
		infos = c.infos[:c.ends[keep-1]]
	}
	c.kept = len(infos)
	for i := keep; i < len(fs); i++ {
		f := fs[i]
		c.ips = append(c.ips, f.ip)
		c.serial = append(c.serial, f.serial)
		if !f.code.Hidden {
			infos = append(infos, FrameInfo{File: f.code.File, Func: f.code.Name, Line: f.line(i == len(fs)-1)})
		}
		c.ends = append(c.ends, len(infos))
	}
	c.infos = infos
	return c.infos, false
}

// LineVerdict is a line hook's answer.
type LineVerdict uint8

const (
	// LineStop: the hook did nothing; Run returns StopLine.
	LineStop LineVerdict = iota
	// LineDone: the hook did what the caller does at a line; Run returns
	// StopLineDone.
	LineDone
	// LineGoOn: as LineDone, and the same thread runs the line now, as if
	// Run had been called again.
	LineGoOn
)

// SetLineHook installs h (nil removes it): where Run would return StopLine,
// it calls h first, with the interpreter stopped at the line exactly as
// Run would leave it (Frames, StackInto and RunFinalizers may be used). A
// caller that would call Run again at once for the same thread saves the
// return and re-entry of every line; the answer LineGoOn is allowed only
// when CanGoOn is true.
func (in *Interp) SetLineHook(h func() LineVerdict) { in.lineHook = h }

// CanGoOn reports whether Run, called again now, would only go on with the
// current line: one thread, no GIL, no pending call to complete, no
// exhausted work budget, not exited.
func (in *Interp) CanGoOn() bool {
	return len(in.threads) == 1 && in.gil == nil && !in.t.hasPending && !in.work.capped && (in.phase == phaseRunning || in.phase == phaseShutdown)
}

// line is the line a frame is at: the next instruction for the innermost
// frame, the call in progress for the others.
func (f *Frame) line(innermost bool) int {
	i := f.ip
	if !innermost {
		i--
	}
	if i >= len(f.code.Lines) {
		i = len(f.code.Lines) - 1
	}
	// Synthetic instructions have no line: report the nearest one before.
	for ; i >= 0; i-- {
		if l := f.code.Lines[i]; l > 0 {
			return int(l)
		}
	}
	return f.code.FirstLine
}

// Run executes until a new line, a blocking call, the exit, or maxInstr
// instructions (maxInstr <= 0: no limit).
func (in *Interp) Run(maxInstr int) (stop Stop) {
	if in.phase == phaseExited || in.phase == phaseNew {
		return StopExited
	}
	if in.work.capped {
		return StopCapped
	}
	defer func() {
		if r := recover(); r != nil {
			in.internalError(fmt.Sprint(r))
			stop = StopExited
		}
	}()
	if in.t.hasPending {
		in.t.hasPending = false
		in.completePending(in.t.pending)
	}
	stop, _, _ = in.exec(0, maxInstr)
	return stop
}

// internalError ends the process after a bug in the VM: a last line of
// defence, never the normal path for an error.
func (in *Interp) internalError(msg string) {
	in.exitReason = "Fatal Python error: internal error in the simulator's VM: " + msg
	in.stderr.write(in, in.exitReason+"\n")
	in.stderr.flush(in)
	in.exit(1 << 8)
}

// exit ends the process now through the host.
func (in *Interp) exit(status int) {
	if in.phase == phaseExited {
		return
	}
	in.phase = phaseExited
	in.t.frames = nil
	if in.host != nil {
		in.host.Exit(status)
	}
}

// completePending finishes the call the top frame was in when it was cloned
// (the child side of os.fork): the instruction pointer is already past the
// call, whose function and arguments are still on the stack.
func (in *Interp) completePending(v Value) {
	f := in.t.frames[len(in.t.frames)-1]
	f.stack = f.stack[:len(f.stack)-callDrop(f.code.Instrs[f.ip-1])]
	f.push(v)
}

// RunPrologue arranges for src to run, as hidden code in a module of its own,
// before the main module's first line (call it after RunMain). The simulator
// uses it for the `method=` scenario header: CHECKPOINTS.md defines that as
// multiprocessing.set_start_method(...) before the first line, which is also
// what the real-CPython probe does.
func (in *Interp) RunPrologue(src []byte) error {
	if len(in.t.frames) == 0 {
		return fmt.Errorf("pyvm: RunPrologue before RunMain")
	}
	code, err := in.compileSource("<zombielab>", src, true)
	if err != nil {
		return err
	}
	mod := in.newModule("_zombielab_prologue", "<zombielab>")
	f := in.moduleFrame(code, mod)
	f.ret = retDiscard
	in.t.frames = append(in.t.frames, f)
	return nil
}
