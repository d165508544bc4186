// The trace: every step of a run as data, with one stable text line per
// record. That line is the golden format of the tests, what `zombielab run
// --trace` prints and what the player's log shows.
//
// Records are small (16 bytes, packed in chunks: records.go): a line record
// points into a table of interned call stacks, and kernel events (terminal
// output among them) stay in the kernel's own append-only log and are
// referred to by index, so a run of millions of steps stays affordable.

package sim

import (
	"fmt"
	"strconv"
	"strings"

	"zombielab/sim/checkpoint"
	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

// RecordKind says what a trace record is.
type RecordKind uint8

const (
	RecLine       RecordKind = iota // a process is about to execute a line
	RecKernel                       // a kernel event (fork, exit, wait, signal ...)
	RecOutput                       // a process wrote to the terminal
	RecStop                         // the run ended
	RecChildren                     // a process's multiprocessing _children set changed
	RecState                        // a kernel state fact (kernel.EventState): no text line
	RecRole                         // a process took its family role (docs/CHECKPOINTS.md)
	RecCheckpoint                   // the main process reached a checkpoint
	RecUncaught                     // a program ended with an uncaught exception
	RecLocals                       // the variables a line's task sees changed (Options.Locals)
)

var recordKindNames = [...]string{"line", "kernel", "output", "stop", "children", "state", "role", "checkpoint", "uncaught", "locals"}

func (k RecordKind) String() string {
	if int(k) < len(recordKindNames) {
		return recordKindNames[k]
	}
	return "RecordKind(" + strconv.Itoa(int(k)) + ")"
}

// Record is one entry of the trace. Time is the kernel's clock; Trace.Rel
// makes it relative to the main process's first line. Ref is a stack id for
// RecLine, a kernel event index for RecKernel, RecOutput and RecState, the
// StopReason for RecStop, and an index into the trace's tables for
// RecChildren, RecRole, RecCheckpoint, RecUncaught and RecLocals.
//
// Step marks the records at which a learner stops: every line, and the
// last record of each group of events that happen with no line of their
// own (a process's exit after its last line, init reaping, output written
// at exit, the end of the run). Playback makes one step of each. Opens marks
// the first record of such a group: the event the step is about.
type Record struct {
	Time  kernel.Time
	PID   kernel.PID
	Ref   int32
	Kind  RecordKind
	Step  bool
	Opens bool
}

// Trace is the ordered list of records of a run: the run's one output.
// Everything a consumer needs (roles, checkpoints, _children sets, why a
// program ended) is in it, so nothing downstream asks the live System.
type Trace struct {
	recs    records
	stacks  stackTable
	k       *kernel.Kernel
	t0      kernel.Time       // the main process's first line of its own file
	started bool              // t0 is known
	sets    sideTable[[]int]  // RecChildren: pids in _children, in set order (nil: not imported)
	roles   sideTable[string] // RecRole
	cps     sideTable[checkpoint.Snapshot]
	reasons sideTable[string] // RecUncaught
	locals  localsStore       // RecLocals
	// owners maps every thread tid seen (other than main threads) to its
	// process, for the text of its line records.
	owners map[kernel.PID]kernel.PID

	// open says a group of line-less events is being recorded, from record
	// openFrom on; it becomes a step when the next group, line or stop
	// begins, or when System.Step returns (closeStep), so between two
	// calls of Step every record's mark is final.
	open     bool
	openFrom int
}

func (t *Trace) add(r Record) { t.recs.append(r) }

// closeStep ends an open group of line-less events: its last record is a
// step.
func (t *Trace) closeStep() {
	if t.open {
		t.markStep(t.Len() - 1)
		t.open = false
	}
}

// beginGroup starts a group of events that happen with no line of their
// own, ending the previous one.
func (t *Trace) beginGroup() {
	t.closeStep()
	t.open, t.openFrom = true, t.Len()
}

func (t *Trace) addChildren(at kernel.Time, pid kernel.PID, pids []int) {
	t.add(Record{Kind: RecChildren, Time: at, PID: pid, Ref: t.sets.add(pids)})
}

// Children returns the pids of a RecChildren record's set, in set order;
// nil means multiprocessing is not imported in that process.
func (t *Trace) Children(r Record) []int { return t.sets.at(r.Ref) }

func (t *Trace) addRole(at kernel.Time, pid kernel.PID, role string) {
	t.add(Record{Kind: RecRole, Time: at, PID: pid, Ref: t.roles.add(role)})
}

// Role returns the family role a RecRole record gives its process.
func (t *Trace) Role(r Record) string { return t.roles.at(r.Ref) }

func (t *Trace) addCheckpoint(at kernel.Time, pid kernel.PID, c checkpoint.Snapshot) {
	t.add(Record{Kind: RecCheckpoint, Time: at, PID: pid, Ref: t.cps.add(c)})
}

// Checkpoint returns the snapshot of a RecCheckpoint record.
func (t *Trace) Checkpoint(r Record) checkpoint.Snapshot { return t.cps.at(r.Ref) }

// Checkpoints returns every snapshot taken so far, in order (shared: do not
// modify). A run that forgot some (System.Forget) has not got them all: it
// panics, as a reader streaming the trace reads them from its records.
func (t *Trace) Checkpoints() []checkpoint.Snapshot {
	if t.cps.base > 0 {
		panic("sim: Checkpoints after System.Forget released some")
	}
	return t.cps.all()
}

func (t *Trace) addUncaught(at kernel.Time, pid kernel.PID, reason string) {
	t.add(Record{Kind: RecUncaught, Time: at, PID: pid, Ref: t.reasons.add(reason)})
}

// Uncaught returns the last line of the traceback of a RecUncaught record
// ("ImportError: cannot import name 'Pool' ...").
func (t *Trace) Uncaught(r Record) string { return t.reasons.at(r.Ref) }

// addLocals records l for task pid unless it is what the task's last
// RecLocals said (localsStore.add).
func (t *Trace) addLocals(at kernel.Time, pid kernel.PID, l Locals) {
	if i, ok := t.locals.add(pid, l); ok {
		t.add(Record{Kind: RecLocals, Time: at, PID: pid, Ref: int32(i)})
	}
}

// Locals returns the variables of a RecLocals record (a fresh copy).
func (t *Trace) Locals(r Record) Locals { return t.locals.get(int(r.Ref)) }

// Started reports whether the main process has run its first line, so Rel
// is final: a reader that prints times as the trace grows waits for it.
func (t *Trace) Started() bool { return t.started }

// Rel is a kernel time relative to the main process's first line (negative
// during interpreter start-up): the time scenarios, `until` and checkpoints
// speak of.
func (t *Trace) Rel(at kernel.Time) kernel.Duration { return kernel.Duration(at - t.t0) }

// addLine records a line; vars, when not nil, are the variables the task
// sees there, recorded just before the line (if they changed) so that the
// line's step shows them.
// addLine records a line of pid; sameCalls says that its stack differs
// from pid's last one only in the innermost line (pyvm.StackInto).
func (t *Trace) addLine(at kernel.Time, pid kernel.PID, frames []pyvm.FrameInfo, sameCalls bool, kept int, vars *Locals) {
	if len(frames) == 0 {
		return
	}
	t.closeStep()
	if vars != nil {
		t.addLocals(at, pid, *vars)
	}
	var ref int32
	if sameCalls {
		ref = t.stacks.internLine(pid, frames)
	} else {
		ref = t.stacks.intern(pid, frames, kept)
	}
	t.recs.appendLine(at, pid, ref)
}

// addLineRef is addLine for a line whose stack's id is known (ref).
func (t *Trace) addLineRef(at kernel.Time, pid kernel.PID, ref int32, vars *Locals) {
	t.closeStep()
	if vars != nil {
		t.addLocals(at, pid, *vars)
	}
	t.recs.appendLine(at, pid, ref)
}

// openAtLast starts a group of line-less events at the last record, ending
// the previous group just before it: the SIGCHLD that announces a reap
// belongs to the reap's step.
func (t *Trace) openAtLast() {
	last := t.Len() - 1
	if t.open && t.openFrom < last {
		t.markStep(last - 1)
	}
	t.open, t.openFrom = true, last
	t.markOpens(last)
}

func (t *Trace) addEvent(kind RecordKind, index int, e kernel.Event, opens bool) {
	if e.Kind == kernel.EventClone {
		if t.owners == nil {
			t.owners = map[kernel.PID]kernel.PID{}
		}
		t.owners[e.Other] = e.PID
	}
	switch e.Kind {
	case kernel.EventExit:
		t.stacks.forget(e.PID)
	case kernel.EventThreadExit:
		t.stacks.forget(e.Other)
	}
	if opens {
		t.beginGroup()
	}
	t.add(Record{Kind: kind, Time: e.Time, PID: e.PID, Ref: int32(index), Opens: opens})
}

func (t *Trace) addStop(at kernel.Time, r StopReason) {
	t.closeStep()
	t.add(Record{Kind: RecStop, Time: at, Ref: int32(r), Step: true})
}

// Frames returns a line record's call stack, innermost last (shared: do not
// modify).
func (t *Trace) Frames(r Record) []pyvm.FrameInfo { return t.stacks.frames[r.Ref] }

// Top returns the innermost frame of a line record.
func (t *Trace) Top(r Record) pyvm.FrameInfo {
	f := t.Frames(r)
	return f[len(f)-1]
}

// Event returns the kernel event of a RecKernel, RecOutput or RecState
// record.
func (t *Trace) Event(r Record) kernel.Event { return t.k.Event(int(r.Ref)) }

// Stop returns why the run ended, for a RecStop record.
func (t *Trace) Stop(r Record) StopReason { return StopReason(r.Ref) }

// FormatTime prints a relative logical time as seconds with microseconds.
func FormatTime(d kernel.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	return fmt.Sprintf("%s%d.%06d", sign, d/1e9, (d%1e9)/1e3)
}

// Line is record i's one stable text line; "" for a RecState record, a
// typed fact whose change the surrounding lines already tell.
func (t *Trace) Line(i int) string {
	r := t.At(i)
	if r.Kind == RecState {
		return ""
	}
	var b strings.Builder
	b.WriteString(FormatTime(t.Rel(r.Time)))
	b.WriteByte(' ')
	switch r.Kind {
	case RecLine:
		f := t.Top(r)
		if pid, ok := t.owners[r.PID]; ok {
			fmt.Fprintf(&b, "%d thread %d line %s:%d %s", pid, r.PID, f.File, f.Line, f.Func)
			break
		}
		fmt.Fprintf(&b, "%d line %s:%d %s", r.PID, f.File, f.Line, f.Func)
	case RecKernel:
		b.WriteString(t.Event(r).Body())
	case RecOutput:
		e := t.Event(r)
		stream := "stdout"
		if e.FD == 2 {
			stream = "stderr"
		}
		fmt.Fprintf(&b, "%d %s %s", r.PID, stream, strconv.Quote(e.Data))
	case RecStop:
		b.WriteString("stop: " + t.Stop(r).String())
	case RecChildren:
		fmt.Fprintf(&b, "%d _children %v", r.PID, t.Children(r))
	case RecRole:
		fmt.Fprintf(&b, "%d role %s", r.PID, t.Role(r))
	case RecCheckpoint:
		fmt.Fprintf(&b, "%d checkpoint %s", r.PID, t.Checkpoint(r).Label)
	case RecUncaught:
		fmt.Fprintf(&b, "%d uncaught %s", r.PID, strconv.Quote(t.Uncaught(r)))
	case RecLocals:
		l := t.Locals(r)
		fn := l.Func
		if fn == "" {
			fn = "(none)"
		}
		fmt.Fprintf(&b, "%d locals %s", r.PID, fn)
		for _, v := range l.Vars {
			fmt.Fprintf(&b, " %s=%s", v.Name, v.Value)
		}
	}
	return b.String()
}

// stackTable interns call stacks in a trie keyed by frame, so recording a
// line allocates nothing once its stack has been seen. Each task's last
// path through the trie is kept: a task's next line usually changes only
// its innermost frame, so only the frames that changed are looked up. And
// a frame carries a tag, its function's node in the trie (topTag, tagged),
// which holds while the call runs, since the frames below a running call
// do not change: most lines find their stack from it without looking at
// the stack at all (System.atLine).
type stackTable struct {
	root   stackNode
	frames [][]pyvm.FrameInfo // by id
	// fnTags are the nodes of innermost calls tagged (topTag), by tag.
	fnTags []*fnNode
	last   map[kernel.PID]*stackPath
	// lastPID's path, without the map lookup: one task usually runs many
	// lines in a row.
	lastPID  kernel.PID
	lastPath *stackPath
}

// forget drops a task's last path when it ends.
func (st *stackTable) forget(pid kernel.PID) {
	delete(st.last, pid)
	st.lastPath = nil
}

type stackNode struct {
	id  int32
	fns map[fnKey]*fnNode // the next frame's function
	// lastKey and lastFn are the function last called from here: a line
	// calls the same function each time it runs, so most lookups end here.
	lastKey fnKey
	lastFn  *fnNode
}

// fnNode is one function at a depth of the trie; its lines lead on. A
// task's next line is most often in the same function: an index into near,
// the lines from lo on (a function's lines are close together), or for a
// line far from them a lookup in far.
type fnNode struct {
	lo   int
	near []*stackNode
	far  map[int]*stackNode
	tag  int32 // its index in fnTags, 0 before topTag gave it one
}

// topTag is the tag of the innermost function of the last stack interned:
// the frame that runs it can take it (pyvm.Interp.TagTop), and its later
// lines find their stacks from it (tagged).
func (st *stackTable) topTag() int32 {
	p := st.lastPath
	if p == nil || len(p.fns) == 0 {
		return 0
	}
	return st.tagOf(p.fns[len(p.fns)-1])
}

// tagOf is fn's tag, given at the first need.
func (st *stackTable) tagOf(fn *fnNode) int32 {
	if fn.tag == 0 {
		if len(st.fnTags) == 0 {
			st.fnTags = append(st.fnTags, nil) // 0 is no tag
		}
		fn.tag = int32(len(st.fnTags))
		st.fnTags = append(st.fnTags, fn)
	}
	return fn.tag
}

// tagged is the id of the stack of a line whose innermost frame carries a
// tag: the frames below it are those of the line that tagged it, so the
// stack is that function's node for this line, if that line has been seen
// with them (else ok is false, and the line is interned from its frames).
// A call's first line has no tag yet, but its caller may: the stack is then
// the caller's with the call's function added, if seen before; fn is that
// function's node, for the frame to take its tag (tagOf).
func (st *stackTable) tagged(lt *pyvm.LineTop) (id int32, fn *fnNode, ok bool) {
	switch {
	case lt.Tag > 0 && int(lt.Tag) < len(st.fnTags):
		fn = st.fnTags[lt.Tag]
	case lt.Tag == 0 && lt.CallerTag > 0 && int(lt.CallerTag) < len(st.fnTags):
		c := st.fnTags[lt.CallerTag].line(int(lt.CallerLine))
		if c == nil {
			return 0, nil, false
		}
		if k := (fnKey{lt.File(), lt.Func()}); c.lastFn != nil && c.lastKey == k {
			fn = c.lastFn
		} else if fn = c.fns[k]; fn == nil {
			return 0, nil, false
		}
	default:
		return 0, nil, false
	}
	if c := fn.line(int(lt.Line)); c != nil && c.id >= 0 {
		return c.id, fn, true
	}
	return 0, nil, false
}

// nearSpan bounds near: lines further apart go to far.
const nearSpan = 1 << 12

func (fn *fnNode) line(n int) *stackNode {
	if i := n - fn.lo; i >= 0 && i < len(fn.near) {
		return fn.near[i]
	}
	return fn.far[n]
}

func (fn *fnNode) setLine(n int, c *stackNode) {
	switch {
	case len(fn.near) == 0:
		fn.lo, fn.near = n, []*stackNode{c}
	case n >= fn.lo && n-fn.lo < nearSpan:
		for n-fn.lo >= len(fn.near) {
			fn.near = append(fn.near, nil)
		}
		fn.near[n-fn.lo] = c
	case n < fn.lo && fn.lo-n+len(fn.near) <= nearSpan:
		grown := make([]*stackNode, fn.lo-n+len(fn.near))
		copy(grown[fn.lo-n:], fn.near)
		fn.lo, fn.near = n, grown
		fn.near[0] = c
	default:
		if fn.far == nil {
			fn.far = map[int]*stackNode{}
		}
		fn.far[n] = c
	}
}

type fnKey struct{ file, fn string }

// stackPath is a task's last stack and the trie nodes of its frames.
type stackPath struct {
	frames []pyvm.FrameInfo
	fns    []*fnNode
	nodes  []*stackNode
}

func (st *stackTable) intern(pid kernel.PID, frames []pyvm.FrameInfo, kept int) int32 {
	p := st.lastPath
	if p == nil || st.lastPID != pid {
		if st.last == nil {
			st.last = map[kernel.PID]*stackPath{}
		}
		if p = st.last[pid]; p == nil {
			const n = 12 // a stack like multiprocessing's (a child sleeping in its target: 9 deep), not grown a frame at a time
			p = &stackPath{frames: make([]pyvm.FrameInfo, 0, n), fns: make([]*fnNode, 0, n), nodes: make([]*stackNode, 0, n)}
			st.last[pid] = p
		}
		st.lastPID, st.lastPath = pid, p
	}
	// The first kept frames are pid's last ones (StackCache.Kept), and so
	// p's; the rest are compared.
	same := min(kept, len(frames), len(p.frames))
	for same < len(frames) && same < len(p.frames) && frames[same] == p.frames[same] {
		same++
	}
	sameFn := same < len(frames) && same < len(p.frames) &&
		frames[same].File == p.frames[same].File && frames[same].Func == p.frames[same].Func
	n := &st.root
	if same > 0 {
		n = p.nodes[same-1]
	}
	p.frames = append(p.frames[:same], frames[same:]...)
	p.fns, p.nodes = p.fns[:same+b2i(sameFn)], p.nodes[:same]
	for i, f := range frames[same:] {
		var fn *fnNode
		if i == 0 && sameFn {
			fn = p.fns[same]
		} else {
			k := fnKey{f.File, f.Func}
			if fn = n.lastFn; fn == nil || n.lastKey != k {
				if n.fns == nil {
					n.fns = map[fnKey]*fnNode{}
				}
				if fn = n.fns[k]; fn == nil {
					fn = &fnNode{}
					n.fns[k] = fn
				}
				n.lastKey, n.lastFn = k, fn
			}
			p.fns = append(p.fns, fn)
		}
		c := fn.line(f.Line)
		if c == nil {
			c = &stackNode{id: -1}
			fn.setLine(f.Line, c)
		}
		p.nodes = append(p.nodes, c)
		n = c
	}
	if n.id < 0 {
		n.id = int32(len(st.frames))
		st.frames = append(st.frames, append([]pyvm.FrameInfo(nil), frames...))
	}
	return n.id
}

// internLine is intern for a stack that differs from pid's last one only
// in its innermost line: one lookup in the innermost function's lines.
func (st *stackTable) internLine(pid kernel.PID, frames []pyvm.FrameInfo) int32 {
	p := st.lastPath
	last := len(frames) - 1
	if p == nil || st.lastPID != pid || len(p.frames) != len(frames) || len(p.fns) != len(frames) {
		return st.intern(pid, frames, 0)
	}
	line := frames[last].Line
	if p.frames[last].Line == line {
		return p.nodes[last].id
	}
	c := p.fns[last].line(line)
	if c == nil {
		return st.intern(pid, frames, last)
	}
	p.frames[last].Line = line
	p.nodes[last] = c
	if c.id < 0 {
		c.id = int32(len(st.frames))
		st.frames = append(st.frames, append([]pyvm.FrameInfo(nil), frames...))
	}
	return c.id
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
