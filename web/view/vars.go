// The variables panel: what the processes' own code sees, so that after
// `pid = os.fork()` the parent's `pid = 1003` and the child's `pid = 0`
// stand side by side. The process the code panel follows comes first;
// every other live process (or thread) with variables follows in pid
// order, as far as there is room.

package view

import (
	"strconv"

	"zombielab/sim"
	"zombielab/sim/kernel"
	"zombielab/sim/lang"
)

// frameVars is one task's variables with its panel heading.
type frameVars struct {
	pid, tid kernel.PID
	locals   sim.Locals
	pending  kernel.SigMask // the process's held signals (main thread's entry only)
}

func (f frameVars) heading(l lang.Lang) string {
	who := pidStr(f.pid)
	if f.tid != 0 {
		who = pidStr(f.pid) + "/" + pidStr(f.tid)
	}
	where := f.locals.Func
	if where != "<module>" {
		where += "()"
	}
	if l == lang.ZH {
		return who + " 在 " + where + " 中的变量"
	}
	return "variables of " + who + " in " + where
}

// varFrames lists the tasks whose variables the panel shows, the focused
// one first.
func varFrames(in Input) []frameVars {
	var out []frameVars
	fp, ftid, ok := focus(in)
	if ok {
		l := fp.Locals
		if ftid != 0 {
			for _, t := range fp.Threads {
				if t.TID == ftid {
					l = t.Locals
				}
			}
		}
		if l.Func != "" {
			out = append(out, frameVars{fp.PID, ftid, l, pendingOf(fp.Pending, ftid)})
		}
	}
	for _, p := range in.Snap.Procs {
		if p.State == kernel.StateZombie {
			continue
		}
		if p.Locals.Func != "" && !(ok && p.PID == fp.PID && ftid == 0) {
			out = append(out, frameVars{p.PID, 0, p.Locals, p.Pending})
		}
		for _, t := range p.Threads {
			if t.Locals.Func != "" && !(ok && p.PID == fp.PID && t.TID == ftid) {
				out = append(out, frameVars{p.PID, t.TID, t.Locals, 0})
			}
		}
	}
	return out
}

func pendingOf(m kernel.SigMask, tid kernel.PID) kernel.SigMask {
	if tid != 0 {
		return 0
	}
	return m
}

// varsLines is the panel's text: per task a heading and one line per
// variable ("name = value"), the first task's heading flagged.
type varsLine struct {
	text    string
	heading bool
}

func varsLines(in Input) []varsLine {
	var lines []varsLine
	for _, f := range varFrames(in) {
		lines = append(lines, varsLine{f.heading(in.UI.Lang), true})
		if len(f.locals.Vars) == 0 {
			none := "(no variables yet)"
			if in.UI.Lang == lang.ZH {
				none = "（还没有变量）"
			}
			lines = append(lines, varsLine{"  " + none, false})
		}
		for _, v := range f.locals.Vars {
			if v.Name == "…" {
				lines = append(lines, varsLine{"  … " + v.Value, false})
				continue
			}
			lines = append(lines, varsLine{"  " + v.Name + " = " + v.Value, false})
		}
		if f.pending != 0 {
			// Not a variable, but what its next sigwait or unblock
			// will find: the kernel's pending set.
			s := "  (pending, blocked: " + f.pending.String() + ")"
			if in.UI.Lang == lang.ZH {
				s = "  （已屏蔽、挂起的信号：" + f.pending.String() + "）"
			}
			lines = append(lines, varsLine{s, false})
		}
	}
	return lines
}

func drawVars(d *DisplayList, l Layout, in Input) {
	r := l.Vars
	if r.W == 0 {
		return
	}
	d.fill(r, ColorPanel, "")
	d.fill(Rect{r.X, r.Y, r.W, 1}, LightGrey, "")
	lineH := l.Small + 4
	fit := max(int((r.H-6)/lineH), 1)
	lines := varsLines(in)
	if len(lines) == 0 {
		msg := "variables: no process runs the program's code"
		if in.UI.Lang == lang.ZH {
			msg = "变量：没有进程在运行程序的代码"
		}
		lines = []varsLine{{msg, true}}
	}
	d.clip(r)
	for k, ln := range lines {
		if k == fit-1 && len(lines) > fit {
			more := len(lines) - k
			s := "  … " + strconv.Itoa(more) + " more lines"
			if in.UI.Lang == lang.ZH {
				s = "  …… 还有 " + strconv.Itoa(more) + " 行"
			}
			d.text(Rect{r.X + 8, r.Y + 4 + float32(k)*lineH, r.W - 16, lineH}, s, l.Small, ColorMuted, AlignLeft, "")
			break
		}
		c := ColorText
		if ln.heading {
			c = ColorMuted
		}
		d.text(Rect{r.X + 8, r.Y + 4 + float32(k)*lineH, r.W - 16, lineH}, ln.text, l.Small, c, AlignLeft, "vars")
	}
	d.unclip()
}

// VarsText is the panel's text for the screen-reader mirror, one line per
// variable under each heading.
func VarsText(in Input) []string {
	var out []string
	for _, ln := range varsLines(in) {
		out = append(out, ln.text)
	}
	return out
}
