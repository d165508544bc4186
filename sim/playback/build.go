// From a view state to a Snapshot: rows sorted by pid, stacks resolved,
// the ps table, the events since the previous step and the narration.

package playback

import (
	"sort"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

// maxEvents bounds Snapshot.Events (a step after a long sleep may follow
// many events of other processes).
const maxEvents = 64

func (p *Player) snapshot(i int, st *state, notes []note) *Snapshot {
	r := p.record(i)
	s := &Snapshot{
		Step: i, Total: len(p.steps), Final: p.Done(),
		Time: p.rel(r.Time), PID: r.PID,
		Console: p.console[:st.outputs:st.outputs],
		Main:    st.main, MainExited: st.mainExited, MainStatus: st.mainStatus,
		MainUncaught: st.mainUncaught,
	}
	switch r.Kind {
	case sim.RecLine:
		if pid, ok := st.tids[r.PID]; ok {
			s.PID, s.TID = pid, r.PID
		}
		top := p.tr.Top(r)
		s.OnLine, s.Line = true, top
		s.Library = top.File != p.file
		s.SourceLine = p.src.line(top.File, top.Line)
	case sim.RecStop:
		s.Stop = p.tr.Stop(r)
		s.PID = st.main
	default:
		s.PID = p.subject(i)
	}
	s.TimeText = sim.FormatTime(s.Time) + "s"
	s.Procs = p.rows(st)
	for k := range s.Procs {
		pr := &s.Procs[k]
		if pr.Children != nil {
			pr.ChildRoles = make([]string, len(pr.Children))
			for c, pid := range pr.Children {
				pr.ChildRoles[c] = p.lanes.role(pid, i)
			}
		}
	}
	for _, g := range st.reaped {
		if g.Step > i-ReapWindow {
			s.Reaped = append(s.Reaped, g)
		}
	}
	s.PS = formatPS(r.Time, s.Procs)
	s.Events = p.events(notes)
	s.Narration = p.narrate(s, notes)
	return s
}

// subject is the process a step of line-less events is about: the one
// whose event opened the group (its last record may be another's, such as
// the SIGCHLD its parent receives).
func (p *Player) subject(i int) kernel.PID {
	first := 0
	if i > 0 {
		first = int(p.steps[i-1]) + 1
	}
	for k := int(p.steps[i]); k >= first; k-- {
		if r := p.tr.At(k); r.Opens {
			return r.PID
		}
	}
	return p.record(i).PID
}

// rows lists the table sorted by pid.
func (p *Player) rows(st *state) []Proc {
	pids := make([]kernel.PID, 0, len(st.procs))
	for pid := range st.procs {
		pids = append(pids, pid)
	}
	sort.Slice(pids, func(a, b int) bool { return pids[a] < pids[b] })
	rows := make([]Proc, len(pids))
	for k, pid := range pids {
		rows[k] = p.row(st, st.procs[pid])
	}
	return rows
}

func (p *Player) row(st *state, ps pstate) Proc {
	row := Proc{
		PID: ps.pid, PPID: ps.ppid, PGID: ps.pgid, State: ps.state, Sleep: ps.sleep,
		Stopped: ps.stopped, Pending: ps.held, Cmdline: ps.cmdline, Comm: kernel.Comm(ps.cmdline), Role: ps.role,
		Uncaught: ps.uncaught,
		Init:     ps.pid == 1, Shell: ps.pid == st.shell && st.shell != 0,
		FormerParent: ps.former, Since: p.rel(ps.since),
	}
	row.Stat = procInfo(row).Stat()
	if ps.state == kernel.StateZombie {
		row.Status = ps.status
	} else if ps.stack >= 0 {
		row.Stack = p.tr.Frames(sim.Record{Kind: sim.RecLine, Ref: ps.stack})
	}
	if ps.locals > 0 {
		row.Locals = p.tr.Locals(sim.Record{Kind: sim.RecLocals, Ref: ps.locals - 1})
	}
	for _, t := range ps.threads {
		th := Thread{TID: t.tid, State: t.state, Sleep: t.sleep}
		if t.stack >= 0 {
			th.Stack = p.tr.Frames(sim.Record{Kind: sim.RecLine, Ref: t.stack})
		}
		if t.locals > 0 {
			th.Locals = p.tr.Locals(sim.Record{Kind: sim.RecLocals, Ref: t.locals - 1})
		}
		row.Threads = append(row.Threads, th)
	}
	if ps.mp {
		row.Children = make([]kernel.PID, len(ps.children))
		for k, c := range ps.children {
			row.Children[k] = kernel.PID(c)
		}
	}
	return row
}

// info is the kernel's own row type, so ps letters and the table come from
// one place (sim/kernel/ps.go).
func procInfo(r Proc) kernel.ProcInfo {
	return kernel.ProcInfo{
		PID: r.PID, PPID: r.PPID, PGID: r.PGID, State: r.State, Sleep: r.Sleep,
		Status: r.Status, Cmdline: r.Cmdline, Comm: r.Comm, Stopped: r.Stopped,
		Threads: 1 + len(r.Threads),
	}
}

// formatPS renders the rows with kernel.FormatPS. CPU time is not in the
// trace, so TIME reads 0:00.00.
func formatPS(at kernel.Time, rows []Proc) string {
	ks := kernel.Snapshot{Time: at, Procs: make([]kernel.ProcInfo, len(rows))}
	for k, r := range rows {
		ks.Procs[k] = procInfo(r)
	}
	return kernel.FormatPS(ks)
}

// events returns the kernel events among the notes, the latest maxEvents.
func (p *Player) events(notes []note) []kernel.Event {
	var out []kernel.Event
	for _, n := range notes {
		if n.rec.Kind == sim.RecKernel || n.rec.Kind == sim.RecOutput {
			out = append(out, p.tr.Event(n.rec))
		}
	}
	if len(out) > maxEvents {
		out = out[len(out)-maxEvents:]
	}
	return out
}
