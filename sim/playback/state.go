// The view state: the process table, family roles, _children sets and
// recent reaps, rebuilt from trace records alone. apply is the one function
// that moves it; the forward scan and every Seek run the same code, so a
// seek and a walk from step 0 cannot disagree.

package playback

import (
	"zombielab/sim"
	"zombielab/sim/checkpoint"
	"zombielab/sim/kernel"
)

// pstate is one process as the view knows it.
type pstate struct {
	pid, ppid, pgid kernel.PID
	state           kernel.State
	sleep           kernel.SleepReason
	stopped         bool
	cmdline         string
	role            string
	former          kernel.PID
	status          kernel.WaitStatus
	stack           int32 // interned stack id of its latest line; -1 none
	children        []int // shared with the trace; nil: none recorded
	mp              bool  // multiprocessing is imported in it
	since           kernel.Time
}

// state is the whole view state after some prefix of the trace.
type state struct {
	procs map[kernel.PID]pstate // looked up only; output walks sorted pids

	main, shell kernel.PID
	// role is the simulator's family role of a pid (sim.System.Role): the
	// run is always ahead of the replay, so the final role is known.
	role       func(kernel.PID) string
	neverReaps bool // init's policy (its sleep reason)

	reaped  []Gone // the latest maxReaped, oldest first
	outputs int    // terminal writes so far
	lines   int    // line records applied: the next step's index
	next    int    // index of the next record to apply

	lanes *laneBuilder // only on the forward scan
}

const maxReaped = 16

func newState(sys *sim.System) *state {
	return &state{procs: map[kernel.PID]pstate{}, main: sys.Main(), role: sys.Role}
}

// clone copies everything but the lane builder.
func (s *state) clone() *state {
	c := *s
	c.procs = make(map[kernel.PID]pstate, len(s.procs))
	for pid, p := range s.procs {
		c.procs[pid] = p
	}
	c.reaped = append([]Gone(nil), s.reaped...)
	c.lanes = nil
	return &c
}

// setState moves pid to a new state and tells the timeline.
func (s *state) setState(p *pstate, to kernel.State, why kernel.SleepReason, at kernel.Time) {
	if p.state == to && p.sleep == why {
		return
	}
	p.state, p.sleep, p.since = to, why, at
	if s.lanes != nil {
		s.lanes.change(p.pid, to, why, at, s.lines)
	}
}

// apply moves the state over record r of trace t.
func (s *state) apply(t *sim.Trace, r sim.Record) {
	s.next++
	switch r.Kind {
	case sim.RecLine:
		s.lines++
		if p, ok := s.procs[r.PID]; ok {
			p.stack = r.Ref
			if !p.mp && usesMultiprocessing(t.Frames(r)) {
				p.mp = true
			}
			s.procs[r.PID] = p
		}
	case sim.RecChildren:
		if p, ok := s.procs[r.PID]; ok {
			p.children = t.Children(r)
			p.mp = true
			s.procs[r.PID] = p
		}
	case sim.RecOutput:
		s.outputs++
	case sim.RecKernel:
		s.event(t, t.Event(r))
	}
}

// event applies one kernel event, following the kernel code that emits it
// (sim/kernel: fork.go, exit.go, sched.go, stop.go, pgrp.go).
func (s *state) event(t *sim.Trace, e kernel.Event) {
	switch e.Kind {
	case kernel.EventBoot:
		s.neverReaps = e.Text == kernel.InitNeverReaps.String()
		why := kernel.SleepWait
		if s.neverReaps {
			why = kernel.SleepRead
		}
		s.add(pstate{pid: 1, cmdline: "init", state: kernel.StateSleeping, sleep: why, pgid: 1, stack: -1, since: e.Time})
	case kernel.EventFork:
		s.fork(e)
	case kernel.EventExec:
		s.exec(e)
	case kernel.EventSetpgid:
		s.update(e.PID, func(p *pstate) { p.pgid = e.Other })
	case kernel.EventExit:
		s.update(e.PID, func(p *pstate) {
			p.status, p.stack, p.stopped = e.Status, -1, false
			s.setState(p, kernel.StateZombie, kernel.SleepNone, e.Time)
		})
	case kernel.EventReparent:
		s.update(e.PID, func(p *pstate) { p.ppid, p.former = e.Other, kernel.PID(e.N) })
	case kernel.EventReleased:
		s.leave(t, e.PID, e.Other, true, e.Time)
	case kernel.EventReap:
		s.leave(t, e.Other, e.PID, false, e.Time)
	case kernel.EventBlock:
		s.update(e.PID, func(p *pstate) { s.setState(p, kernel.StateSleeping, sleepReason(e.Text), e.Time) })
	case kernel.EventWake:
		s.update(e.PID, func(p *pstate) { s.setState(p, kernel.StateRunning, kernel.SleepNone, e.Time) })
	case kernel.EventStop:
		s.update(e.PID, func(p *pstate) { p.stopped = true })
	case kernel.EventContinue:
		s.update(e.PID, func(p *pstate) { p.stopped = false })
	}
}

func (s *state) add(p pstate) {
	s.procs[p.pid] = p
	if s.lanes != nil {
		s.lanes.born(p, s.lines)
	}
}

func (s *state) update(pid kernel.PID, f func(p *pstate)) {
	p, ok := s.procs[pid]
	if !ok {
		return
	}
	f(&p)
	s.procs[pid] = p
}

// fork: the child copies the parent's command line, group, stack and
// _children (os.fork clones the interpreter) and is born running
// (kernel/fork.go: wake_up_new_task).
func (s *state) fork(e kernel.Event) {
	parent := s.procs[e.PID]
	child := pstate{
		pid: e.Other, ppid: e.PID, pgid: parent.pgid, cmdline: parent.cmdline,
		state: kernel.StateRunning, stack: parent.stack, children: parent.children,
		mp: parent.mp, since: e.Time,
	}
	child.role = s.role(e.Other)
	s.add(child)
}

// exec: a new program; the shell sleeps at its prompt, then in wait once
// it has started the scenario (kernel.New, Kernel.Spawn); a helper takes
// its role and gives its number back (sim/family.go execed).
func (s *state) exec(e kernel.Event) {
	p, ok := s.procs[e.PID]
	if !ok {
		return
	}
	p.cmdline, p.stack, p.children, p.mp = e.Text, -1, nil, false
	if s.shell == 0 && p.ppid == 1 && e.Text == "bash" {
		s.shell = e.PID
	}
	switch {
	case e.PID == s.shell:
		s.setState(&p, kernel.StateSleeping, kernel.SleepRead, e.Time)
	case e.PID == s.main:
		p.role = checkpoint.RoleMain
		if sh, ok := s.procs[p.ppid]; ok && p.ppid == s.shell {
			s.setState(&sh, kernel.StateSleeping, kernel.SleepWait, e.Time)
			s.procs[sh.pid] = sh
		}
	default:
		p.role = s.role(e.PID) // a multiprocessing helper's role
	}
	s.procs[e.PID] = p
	if s.lanes != nil {
		s.lanes.relabel(p)
	}
}

// leave removes a reaped or released process and remembers it.
func (s *state) leave(t *sim.Trace, pid, by kernel.PID, auto bool, at kernel.Time) {
	p, ok := s.procs[pid]
	if !ok {
		return
	}
	delete(s.procs, pid)
	if s.lanes != nil {
		s.lanes.died(pid, at, s.lines)
	}
	g := Gone{
		PID: pid, PPID: p.ppid, Role: p.role, Comm: comm(p.cmdline), By: by, Auto: auto,
		Status: p.status, Step: s.lines, Time: t.Rel(at),
	}
	if len(s.reaped) == maxReaped {
		s.reaped = append(s.reaped[:0], s.reaped[1:]...)
	}
	s.reaped = append(s.reaped, g)
	// The shell goes back to its prompt when its last job is reaped
	// (kernel/exit.go reap).
	if by == s.shell && !auto && s.childCount(by) == 0 {
		s.update(by, func(sh *pstate) { s.setState(sh, kernel.StateSleeping, kernel.SleepRead, at) })
	}
}

func (s *state) childCount(pid kernel.PID) int {
	n := 0
	for _, p := range s.procs {
		if p.ppid == pid {
			n++
		}
	}
	return n
}

func sleepReason(text string) kernel.SleepReason {
	for r := kernel.SleepTimer; r <= kernel.SleepWrite; r++ {
		if r.String() == text {
			return r
		}
	}
	return kernel.SleepNone
}
