// The stable text form of a Snapshot and of a timeline: what the golden
// tests compare and what a CLI can print.

package playback

import (
	"fmt"
	"strings"

	"zombielab/sim"
)

// String prints the snapshot, one fact per line.
func (s *Snapshot) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "step %d of %d final=%v time %s\n", s.Step+1, s.Total, s.Final, s.TimeText)
	switch {
	case s.OnLine:
		fmt.Fprintf(&b, "at pid %d %s:%d %s library=%v\n", s.PID, s.Line.File, s.Line.Line, s.Line.Func, s.Library)
		fmt.Fprintf(&b, "source: %s\n", s.SourceLine)
	case s.Stop != sim.Running:
		fmt.Fprintf(&b, "stop: %v\n", s.Stop)
	default:
		fmt.Fprintf(&b, "events of pid %d with no line of their own\n", s.PID)
	}
	if s.MainExited {
		fmt.Fprintf(&b, "main %d exited: %v", s.Main, s.MainStatus)
		if s.MainUncaught != "" {
			fmt.Fprintf(&b, " after %s", s.MainUncaught)
		}
		b.WriteString("\n")
	}
	for _, p := range s.Procs {
		fmt.Fprintf(&b, "proc %s\n", p.summary())
	}
	for _, g := range s.Reaped {
		how := fmt.Sprintf("reaped by %d", g.By)
		if g.Auto {
			how = "auto-reaped"
		}
		fmt.Fprintf(&b, "gone %d ppid=%d role=%q %s at step %d (%v)\n", g.PID, g.PPID, g.Role, how, g.Step+1, g.Status)
	}
	for _, e := range s.Events {
		fmt.Fprintf(&b, "event %s\n", e.Body())
	}
	for _, o := range s.Console {
		fmt.Fprintf(&b, "console %d fd%d %q\n", o.PID, o.FD, o.Text)
	}
	b.WriteString("ps:\n" + s.PS)
	fmt.Fprintf(&b, "en: %s\nzh: %s\n", s.Narration.EN, s.Narration.ZH)
	return b.String()
}

func (p Proc) summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d ppid=%d pgid=%d %s", p.PID, p.PPID, p.PGID, p.Stat)
	fmt.Fprintf(&b, " %s", p.State)
	if p.Sleep != 0 {
		fmt.Fprintf(&b, "/%s", p.Sleep)
	}
	fmt.Fprintf(&b, " role=%q cmd=%q", p.Role, p.Cmdline)
	if p.Reparented() {
		fmt.Fprintf(&b, " adopted-from=%d", p.FormerParent)
	}
	if p.State.String() == "zombie" {
		fmt.Fprintf(&b, " status=%q", p.Status.String())
	}
	if p.Pending != 0 {
		fmt.Fprintf(&b, " pending=%v", p.Pending)
	}
	if n := len(p.Stack); n > 0 {
		top := p.Stack[n-1]
		fmt.Fprintf(&b, " at=%s:%d(%s) depth=%d", top.File, top.Line, top.Func, n)
	}
	if p.Children != nil {
		fmt.Fprintf(&b, " _children=%v", p.Children)
	}
	writeLocals(&b, "", p.Locals)
	for _, t := range p.Threads {
		writeLocals(&b, fmt.Sprintf("thread %d ", t.TID), t.Locals)
	}
	return b.String()
}

// writeLocals appends a task's variables, if any were recorded.
func writeLocals(b *strings.Builder, who string, l sim.Locals) {
	if l.Func == "" {
		return
	}
	fmt.Fprintf(b, " %svars(%s)", who, l.Func)
	for _, v := range l.Vars {
		fmt.Fprintf(b, " %s=%s", v.Name, v.Value)
	}
}

// FormatTimeline prints lanes, one per line: pid, role and its spans.
func FormatTimeline(lanes []Lane) string {
	var b strings.Builder
	for _, l := range lanes {
		fmt.Fprintf(&b, "%d %q %s:", l.PID, l.Role, l.Comm)
		for _, sp := range l.Spans {
			st := sp.State.String()
			if sp.Sleep != 0 {
				st += "/" + sp.Sleep.String()
			}
			fmt.Fprintf(&b, " [%s %d-%d %s]", st, sp.FromStep, sp.ToStep, sp.To-sp.From)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
