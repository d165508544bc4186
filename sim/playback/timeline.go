// The timeline: for every process that ever lived, the intervals of its
// states over logical time, collected once by the forward scan and clipped
// to a step on request.

package playback

import (
	"zombielab/sim/kernel"
)

// laneBuilder records state changes in birth order.
type laneBuilder struct {
	lanes []lane
	open  map[kernel.PID]int   // pid → index of its lane while in the table
	byPID map[kernel.PID][]int // pid → its lanes, oldest first (pids are reused)
}

// lane is a Lane with absolute times, so the origin may be set later.
type lane struct {
	pid   kernel.PID
	owner kernel.PID // a thread's process; 0 for a process
	role  string
	comm  string
	spans []span
}

type span struct {
	state    kernel.State
	sleep    kernel.SleepReason
	from, to kernel.Time
	fromStep int
	toStep   int // -1 while open
}

func newLaneBuilder() *laneBuilder {
	return &laneBuilder{open: map[kernel.PID]int{}, byPID: map[kernel.PID][]int{}}
}

func (b *laneBuilder) born(p pstate, step int) {
	b.open[p.pid] = len(b.lanes)
	b.byPID[p.pid] = append(b.byPID[p.pid], len(b.lanes))
	b.lanes = append(b.lanes, lane{pid: p.pid, role: p.role, comm: kernel.Comm(p.cmdline)})
	b.lanes[len(b.lanes)-1].spans = []span{{state: p.state, sleep: p.sleep, from: p.since, fromStep: step, toStep: -1}}
}

// bornThread opens a lane for thread tid of process pid, running.
func (b *laneBuilder) bornThread(tid, pid kernel.PID, at kernel.Time, step int) {
	b.open[tid] = len(b.lanes)
	b.byPID[tid] = append(b.byPID[tid], len(b.lanes))
	b.lanes = append(b.lanes, lane{pid: tid, owner: pid, spans: []span{{state: kernel.StateRunning, from: at, fromStep: step, toStep: -1}}})
}

func (b *laneBuilder) change(pid kernel.PID, to kernel.State, why kernel.SleepReason, at kernel.Time, step int) {
	i, ok := b.open[pid]
	if !ok {
		return
	}
	l := &b.lanes[i]
	if last := &l.spans[len(l.spans)-1]; last.from == at && last.fromStep == step {
		// A state that lasted no time at all (init and the shell settle
		// into their sleep the instant they are born) leaves no span.
		last.state, last.sleep = to, why
		return
	}
	b.close(l, at, step)
	l.spans = append(l.spans, span{state: to, sleep: why, from: at, fromStep: step, toStep: -1})
}

func (b *laneBuilder) died(pid kernel.PID, at kernel.Time, step int) {
	i, ok := b.open[pid]
	if !ok {
		return
	}
	l := &b.lanes[i]
	if last := l.spans[len(l.spans)-1]; len(l.spans) > 1 && last.from == at && last.state == kernel.StateZombie {
		// Released or reaped in the instant it exited (SIGCHLD ignored,
		// or a kernel-side reaper such as the shell or tini): no step
		// ever shows it as a zombie, so neither does its lane.
		l.spans = l.spans[:len(l.spans)-1]
	}
	b.close(l, at, step)
	delete(b.open, pid)
}

func (b *laneBuilder) close(l *lane, at kernel.Time, step int) {
	last := &l.spans[len(l.spans)-1]
	if last.toStep < 0 {
		last.to, last.toStep = at, step
	}
}

// relabel keeps a lane's role and name current (exec changes both).
func (b *laneBuilder) relabel(p pstate) {
	if i, ok := b.open[p.pid]; ok {
		b.lanes[i].role, b.lanes[i].comm = p.role, kernel.Comm(p.cmdline)
	}
}

// role returns the role of the process that had pid at step (live or
// already reaped: a _children set may still name it).
func (b *laneBuilder) role(pid kernel.PID, step int) string {
	ls := b.byPID[pid]
	for k := len(ls) - 1; k >= 0; k-- {
		if l := b.lanes[ls[k]]; l.spans[0].fromStep <= step {
			return l.role
		}
	}
	return ""
}

// timeline clips the lanes to step (whose time is horizon): spans that
// begin after step are dropped, open ones end at the horizon. A thread's
// lane comes right after its process's (the latest lane of that pid), in
// birth order among the process's threads.
func (b *laneBuilder) timeline(step int, horizon kernel.Time, rel func(kernel.Time) kernel.Duration) []Lane {
	var out []Lane
	threads := map[kernel.PID][]Lane{} // by process: its threads' lanes
	for _, l := range b.lanes {
		if len(l.spans) == 0 || l.spans[0].fromStep > step {
			continue
		}
		L := Lane{PID: l.pid, Owner: l.owner, Role: l.role, Comm: l.comm}
		for _, sp := range l.spans {
			if sp.fromStep > step {
				break
			}
			to, toStep := sp.to, sp.toStep
			if toStep < 0 || toStep > step {
				to, toStep = horizon, step
			}
			L.Spans = append(L.Spans, Span{
				State: sp.state, Sleep: sp.sleep, From: rel(sp.from), To: rel(to),
				FromStep: sp.fromStep, ToStep: toStep,
			})
		}
		if l.owner != 0 {
			threads[l.owner] = append(threads[l.owner], L)
			continue
		}
		out = append(out, L)
	}
	if len(threads) == 0 {
		return out
	}
	last := map[kernel.PID]int{} // a pid's latest process lane
	for k, L := range out {
		last[L.PID] = k
	}
	merged := make([]Lane, 0, len(out)+len(threads))
	for k, L := range out {
		merged = append(merged, L)
		if last[L.PID] == k {
			merged = append(merged, threads[L.PID]...)
		}
	}
	return merged
}
