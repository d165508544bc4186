// The code panel: the file the focused process is in, a window of lines
// around its line, and one marker per process on a line of that file,
// labelled with its pid. Stepping over shows each process in the
// scenario's own file (its innermost frame there); stepping into shows the
// innermost frame, in multiprocessing's modelled code if that is where it
// is.

package view

import (
	"strconv"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
	"zombielab/sim/pyvm"
)

// frameOf is the frame the code panel follows for a process.
func frameOf(p playback.Proc, file string, into bool) (pyvm.FrameInfo, bool) {
	if len(p.Stack) == 0 || p.State == kernel.StateZombie {
		return pyvm.FrameInfo{}, false
	}
	if !into {
		for k := len(p.Stack) - 1; k >= 0; k-- {
			if p.Stack[k].File == file {
				return p.Stack[k], true
			}
		}
	}
	return p.Stack[len(p.Stack)-1], true
}

// focus is the process the code panel follows. When the step is a line of
// one of its threads, the process stands in with that thread's stack (tid
// says which thread, 0 for the main one).
func focus(in Input) (p playback.Proc, tid kernel.PID, ok bool) {
	var cur playback.Proc
	found := false
	for _, p := range in.Snap.Procs {
		if p.PID == in.UI.Focus && len(p.Stack) > 0 && p.PID != in.Snap.PID {
			return p, 0, true
		}
		if p.PID == in.Snap.PID {
			cur, found = p, true
		}
	}
	if found && in.Snap.TID != 0 {
		for _, t := range cur.Threads {
			if t.TID == in.Snap.TID && len(t.Stack) > 0 {
				cur.Stack = t.Stack
				return cur, t.TID, true
			}
		}
	}
	return cur, 0, found
}

// marker is one process or thread at a line of the code panel.
type marker struct {
	pid, tid kernel.PID // tid 0: the process's main thread
}

func (m marker) label() string {
	if m.tid != 0 {
		return pidStr(m.tid)
	}
	return pidStr(m.pid)
}

func drawCode(d *DisplayList, l Layout, in Input) {
	area := l.Code
	if area.W == 0 {
		return
	}
	d.fill(area, ColorPanel, "")
	fp, ftid, ok := focus(in)
	if !ok {
		return
	}
	ff, ok := frameOf(fp, in.File, in.UI.Into)
	if !ok {
		return
	}
	lineH := l.Small + 5
	who := " (pid " + pidStr(fp.PID) + ")"
	if ftid != 0 {
		who = " (" + threadOf(ftid, fp.PID, in.UI.Lang) + ")"
	}
	d.text(Rect{area.X + 6, area.Y + 2, area.W - 12, lineH + 2}, ff.File+":"+strconv.Itoa(ff.Line)+" "+ff.Func+who, l.Small, ColorMuted, AlignLeft, "")
	var lines []string
	if in.Sources != nil {
		lines = in.Sources.Source(ff.File)
	}
	body := Rect{area.X, area.Y + lineH + 6, area.W, area.H - lineH - 8}
	rows := max(int(body.H/lineH), 1)
	// The lines shown: the header folded into one (folded), then the rest.
	header := headerLines(lines)
	shown := make([]int, 0, len(lines))
	if header > 1 {
		shown = append(shown, folded)
	} else {
		header = 0
	}
	at := 0
	for n := header + 1; n <= len(lines); n++ {
		if n == ff.Line {
			at = len(shown)
		}
		shown = append(shown, n)
	}
	first := max(min(at-rows/2, len(shown)-rows), 0)
	markers := markersIn(in, ff.File)
	const gutter = 84
	d.clip(area)
	for row := 0; row < rows; row++ {
		if first+row >= len(shown) {
			break
		}
		n := shown[first+row]
		y := body.Y + float32(row)*lineH
		if n == folded {
			d.text(Rect{body.X + gutter - 20, y, 48, lineH}, "1-"+strconv.Itoa(header), l.Small, ColorMuted, AlignRight, "")
			d.text(Rect{body.X + gutter + 34, y, body.W - gutter - 38, lineH}, headerText(header, in.UI.Lang), l.Small, ColorMuted, AlignLeft, "")
			continue
		}
		if n == ff.Line {
			d.fill(Rect{body.X + gutter, y, body.W - gutter, lineH}, fade(ColorMarker, 0.5), "codeline")
		}
		d.text(Rect{body.X + gutter, y, 28, lineH}, strconv.Itoa(n), l.Small, ColorMuted, AlignRight, "")
		d.text(Rect{body.X + gutter + 34, y, body.W - gutter - 38, lineH}, strings.ReplaceAll(lines[n-1], "\t", "    "), l.Small, ColorText, AlignLeft, "")
		for k, m := range markers[n] {
			r := Rect{body.X + 2 + float32(k%2)*40, y + 1, 38, lineH - 2}
			if k >= 2 {
				d.text(r, "+"+strconv.Itoa(len(markers[n])-2), l.Small, ColorMuted, AlignCenter, "")
				break
			}
			id := "marker:" + m.label()
			focused := m.pid == fp.PID && m.tid == ftid
			if m.tid != 0 {
				// A thread's marker is outlined: same process, another
				// stack.
				d.add(Op{Kind: OpFillRoundRect, Rect: r, Radius: 3, Color: White, ID: id})
				d.add(Op{Kind: OpStrokeRoundRect, Rect: r, Radius: 3, Color: markerColor(focused), Width: 2, ID: id})
			} else {
				d.add(Op{Kind: OpFillRoundRect, Rect: r, Radius: 3, Color: markerColor(focused), ID: id})
			}
			d.text(r, m.label(), l.Small, ColorText, AlignCenter, id)
		}
	}
	d.unclip()
}

func markerColor(focused bool) Color {
	if focused {
		return ColorMarker
	}
	return LightGrey
}

// markersIn lists, per line of file, the processes and threads whose
// followed frame is there, in pid order, each process's threads after it.
func markersIn(in Input, file string) map[int][]marker {
	m := map[int][]marker{}
	for _, p := range in.Snap.Procs {
		if f, ok := frameOf(p, in.File, in.UI.Into); ok && f.File == file {
			m[f.Line] = append(m[f.Line], marker{pid: p.PID})
		}
		for _, t := range p.Threads {
			tp := playback.Proc{Stack: t.Stack, State: p.State}
			if f, ok := frameOf(tp, in.File, in.UI.Into); ok && f.File == file {
				m[f.Line] = append(m[f.Line], marker{pid: p.PID, tid: t.TID})
			}
		}
	}
	return m
}

// threadOf names a thread of a process: "thread 1002 of pid 1001".
func threadOf(tid, pid kernel.PID, lg lang.Lang) string {
	if lg == lang.ZH {
		return "进程 " + pidStr(pid) + " 的线程 " + pidStr(tid)
	}
	return "thread " + pidStr(tid) + " of pid " + pidStr(pid)
}

// folded stands for the folded header among the lines shown.
const folded = -1

// headerLines counts the file's first lines that are its header: comments
// that name a setting ("# title: …", "# lesson.zh: …", "# zombielab: …",
// package sim/scenario), which the code panel folds so that the program
// comes first.
func headerLines(lines []string) int {
	n := 0
	for _, ln := range lines {
		if !isHeaderLine(ln) {
			break
		}
		n++
	}
	return n
}

// isHeaderLine is "# word:" or "# word.word:" followed by a space or the
// end.
func isHeaderLine(ln string) bool {
	rest, ok := strings.CutPrefix(ln, "# ")
	if !ok {
		return false
	}
	key, _, ok := strings.Cut(rest, ":")
	if !ok || key == "" {
		return false
	}
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r == '.' || r == '_' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// headerText stands for the folded header comments: "# (15 header lines)",
// in Chinese "# （15 行文件头）".
func headerText(n int, lg lang.Lang) string {
	if lg == lang.ZH {
		return "# （" + strconv.Itoa(n) + " 行文件头）"
	}
	return "# (" + strconv.Itoa(n) + " header lines)"
}
