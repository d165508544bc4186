// The trace: every step of a run as data, with one stable text line per
// record. That line is the golden format of the tests, what `zombielab run
// --trace` prints and what the player's log shows.
//
// Records are small (24 bytes): a line record points into a table of
// interned call stacks, and kernel events (terminal output among them) stay
// in the kernel's own append-only log and are referred to by index, so a run
// of millions of steps stays affordable.

package sim

import (
	"fmt"
	"strconv"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
)

// RecordKind says what a trace record is.
type RecordKind uint8

const (
	RecLine     RecordKind = iota // a process is about to execute a line
	RecKernel                     // a kernel event (fork, exit, wait, signal ...)
	RecOutput                     // a process wrote to the terminal
	RecStop                       // the run ended
	RecChildren                   // a process's multiprocessing _children set changed
)

func (k RecordKind) String() string {
	switch k {
	case RecLine:
		return "line"
	case RecKernel:
		return "kernel"
	case RecOutput:
		return "output"
	case RecStop:
		return "stop"
	case RecChildren:
		return "children"
	}
	return "RecordKind(" + strconv.Itoa(int(k)) + ")"
}

// Record is one entry of the trace. Time is the kernel's clock; Trace.Rel
// makes it relative to the main process's first line. Ref is a stack id for
// RecLine, a kernel event index for RecKernel and RecOutput, the
// StopReason for RecStop, and an index into the children sets for
// RecChildren.
type Record struct {
	Time kernel.Time
	PID  kernel.PID
	Ref  int32
	Kind RecordKind
}

// Trace is the ordered list of records of a run.
type Trace struct {
	Records []Record
	stacks  stackTable
	k       *kernel.Kernel
	t0      kernel.Time // the main process's first line of its own file
	sets    [][]int     // RecChildren: pids in _children, in set order
}

func (t *Trace) addChildren(at kernel.Time, pid kernel.PID, pids []int) {
	t.Records = append(t.Records, Record{Kind: RecChildren, Time: at, PID: pid, Ref: int32(len(t.sets))})
	t.sets = append(t.sets, pids)
}

// Children returns the pids of a RecChildren record's set, in set order.
func (t *Trace) Children(r Record) []int { return t.sets[r.Ref] }

// Rel is a kernel time relative to the main process's first line (negative
// during interpreter start-up): the time scenarios, `until` and checkpoints
// speak of.
func (t *Trace) Rel(at kernel.Time) kernel.Duration { return kernel.Duration(at - t.t0) }

func (t *Trace) addLine(at kernel.Time, pid kernel.PID, frames []pyvm.FrameInfo) {
	if len(frames) == 0 {
		return
	}
	t.Records = append(t.Records, Record{Kind: RecLine, Time: at, PID: pid, Ref: t.stacks.intern(frames)})
}

func (t *Trace) addEvent(kind RecordKind, index int, e kernel.Event) {
	t.Records = append(t.Records, Record{Kind: kind, Time: e.Time, PID: e.PID, Ref: int32(index)})
}

func (t *Trace) addStop(at kernel.Time, r StopReason) {
	t.Records = append(t.Records, Record{Kind: RecStop, Time: at, Ref: int32(r)})
}

// Frames returns a line record's call stack, innermost last (shared: do not
// modify).
func (t *Trace) Frames(r Record) []pyvm.FrameInfo { return t.stacks.frames[r.Ref] }

// Top returns the innermost frame of a line record.
func (t *Trace) Top(r Record) pyvm.FrameInfo {
	f := t.Frames(r)
	return f[len(f)-1]
}

// Event returns the kernel event of a RecKernel or RecOutput record.
func (t *Trace) Event(r Record) kernel.Event { return t.k.Events()[r.Ref] }

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

// Line is record i's one stable text line.
func (t *Trace) Line(i int) string {
	r := t.Records[i]
	var b strings.Builder
	b.WriteString(FormatTime(t.Rel(r.Time)))
	b.WriteByte(' ')
	switch r.Kind {
	case RecLine:
		f := t.Top(r)
		fmt.Fprintf(&b, "%d line %s:%d %s", r.PID, f.File, f.Line, f.Func)
	case RecKernel:
		b.WriteString(t.Event(r).Body())
	case RecOutput:
		e := t.Event(r)
		stream := "stdout"
		if e.FD == 2 {
			stream = "stderr"
		}
		fmt.Fprintf(&b, "%d %s %s", r.PID, stream, strconv.Quote(e.Text))
	case RecStop:
		b.WriteString("stop: " + t.Stop(r).String())
	case RecChildren:
		fmt.Fprintf(&b, "%d _children %v", r.PID, t.Children(r))
	}
	return b.String()
}

// stackTable interns call stacks in a trie keyed by frame, so recording a
// line allocates nothing once its stack has been seen.
type stackTable struct {
	root   stackNode
	frames [][]pyvm.FrameInfo // by id
}

type stackNode struct {
	id   int32
	next map[pyvm.FrameInfo]*stackNode
}

func (st *stackTable) intern(frames []pyvm.FrameInfo) int32 {
	n := &st.root
	for i, f := range frames {
		if n.next == nil {
			n.next = map[pyvm.FrameInfo]*stackNode{}
		}
		c := n.next[f]
		if c == nil {
			c = &stackNode{id: -1}
			n.next[f] = c
		}
		if i == len(frames)-1 && c.id < 0 {
			c.id = int32(len(st.frames))
			st.frames = append(st.frames, append([]pyvm.FrameInfo(nil), frames...))
		}
		n = c
	}
	return n.id
}
