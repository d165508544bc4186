// The trace: every step of a run as data, with one stable text line per
// record. That line is the golden format of the tests, what `zombielab run
// --trace` prints and what the player's log shows.

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
	RecLine   RecordKind = iota // a process is about to execute a line
	RecKernel                   // a kernel event (fork, exit, wait, signal ...)
	RecOutput                   // a process wrote to the terminal
	RecStop                     // the run ended
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
	}
	return "RecordKind(" + strconv.Itoa(int(k)) + ")"
}

// Record is one entry of the trace. Time is relative to the main process's
// first line (negative during interpreter start-up).
type Record struct {
	Kind   RecordKind
	Time   kernel.Duration
	PID    kernel.PID
	Frames []pyvm.FrameInfo // RecLine: the call stack, innermost last
	Event  kernel.Event     // RecKernel
	FD     int              // RecOutput: 1 or 2
	Text   string           // RecOutput: the data; RecStop: the reason
}

// Trace is the ordered list of records of a run.
type Trace struct {
	Records []Record
}

func (t *Trace) addLine(at kernel.Duration, pid kernel.PID, frames []pyvm.FrameInfo) {
	t.Records = append(t.Records, Record{Kind: RecLine, Time: at, PID: pid, Frames: frames})
}

func (t *Trace) addKernel(e kernel.Event, t0 kernel.Time) {
	t.Records = append(t.Records, Record{Kind: RecKernel, Time: kernel.Duration(e.Time - t0), PID: e.PID, Event: e})
}

func (t *Trace) addOutput(e kernel.Event, t0 kernel.Time) {
	t.Records = append(t.Records, Record{Kind: RecOutput, Time: kernel.Duration(e.Time - t0), PID: e.PID, FD: e.FD, Text: e.Text})
}

func (t *Trace) addStop(at kernel.Duration, r StopReason) {
	t.Records = append(t.Records, Record{Kind: RecStop, Time: at, Text: r.String()})
}

// FormatTime prints a relative logical time as seconds with microseconds.
func FormatTime(d kernel.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "-", -d
	}
	return fmt.Sprintf("%s%d.%06d", sign, d/1e9, (d%1e9)/1e3)
}

// String is the record's one stable text line.
func (r Record) String() string {
	var b strings.Builder
	b.WriteString(FormatTime(r.Time))
	b.WriteByte(' ')
	switch r.Kind {
	case RecLine:
		f := r.Frames[len(r.Frames)-1]
		fmt.Fprintf(&b, "%d line %s:%d %s", r.PID, f.File, f.Line, f.Func)
	case RecKernel:
		b.WriteString(r.Event.Body())
	case RecOutput:
		stream := "stdout"
		if r.FD == 2 {
			stream = "stderr"
		}
		fmt.Fprintf(&b, "%d %s %s", r.PID, stream, strconv.Quote(r.Text))
	case RecStop:
		b.WriteString("stop: " + r.Text)
	}
	return b.String()
}
