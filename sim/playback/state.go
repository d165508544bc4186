// The view state: the process table, family roles, _children sets and
// recent reaps, rebuilt from trace records alone. apply is the one function
// that moves it; the forward scan and every Seek run the same code, so a
// seek and a walk from step 0 cannot disagree.

package playback

import (
	"maps"

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
	held            kernel.SigMask // signals held pending: blocked by every task
	cmdline         string
	role            string
	former          kernel.PID
	status          kernel.WaitStatus
	stack           int32 // interned stack id of its latest line; -1 none
	locals          int32 // 1 + the index of its latest sim.RecLocals; 0 none
	children        []int // shared with the trace; nil: none recorded
	mp              bool  // multiprocessing is imported in it
	since           kernel.Time
	// uncaught is the last line of the traceback of the exception that
	// ended its program, if one did (sim.RecUncaught).
	uncaught string
	// threads are its live threads other than the main one, in creation
	// order; never modified in place (keyframes share the slice).
	threads []tstate
}

// tstate is one thread of a process as the view knows it.
type tstate struct {
	tid    kernel.PID
	state  kernel.State
	sleep  kernel.SleepReason
	stack  int32 // interned stack id of its latest line; -1 none
	locals int32 // 1 + the index of its latest sim.RecLocals; 0 none
}

// withThread returns p's threads with tid's entry changed by f (a copy).
func (p *pstate) withThread(tid kernel.PID, f func(t *tstate)) {
	ts := append([]tstate(nil), p.threads...)
	for k := range ts {
		if ts[k].tid == tid {
			f(&ts[k])
		}
	}
	p.threads = ts
}

// state is the whole view state after some prefix of the trace. It is
// moved by the trace's typed records alone: no live system, no kernel
// rules copied, no text parsed.
type state struct {
	procs map[kernel.PID]pstate // looked up only; output walks sorted pids

	main, shell kernel.PID
	roles       map[kernel.PID]string // family roles, as RecRole records gave them
	// tids maps each live thread (other than a main thread) to its process.
	tids map[kernel.PID]kernel.PID

	reaped  []Gone // the latest maxReaped, oldest first
	outputs int    // terminal writes so far
	steps   int    // step records applied: the next step's index
	next    int    // index of the next record to apply
	stop    sim.StopReason

	// How the main process ended, once it has.
	mainExited   bool
	mainStatus   kernel.WaitStatus
	mainUncaught string

	lanes *laneBuilder // only on the forward scan
}

const maxReaped = 16

func newState() *state {
	return &state{procs: map[kernel.PID]pstate{}, roles: map[kernel.PID]string{}, tids: map[kernel.PID]kernel.PID{}}
}

// clone copies everything but the lane builder.
func (s *state) clone() *state {
	c := *s
	c.procs = maps.Clone(s.procs)
	c.roles = maps.Clone(s.roles)
	c.tids = maps.Clone(s.tids)
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
		s.lanes.change(p.pid, to, why, at, s.steps)
	}
}

// apply moves the state over record r of trace t.
func (s *state) apply(t *sim.Trace, r sim.Record) {
	s.next++
	if r.Step {
		defer func() { s.steps++ }()
	}
	switch r.Kind {
	case sim.RecLine:
		if pid, ok := s.tids[r.PID]; ok {
			s.update(pid, func(p *pstate) { p.withThread(r.PID, func(t *tstate) { t.stack = r.Ref }) })
			break
		}
		s.update(r.PID, func(p *pstate) { p.stack = r.Ref })
	case sim.RecLocals:
		if pid, ok := s.tids[r.PID]; ok {
			s.update(pid, func(p *pstate) { p.withThread(r.PID, func(t *tstate) { t.locals = r.Ref + 1 }) })
			break
		}
		s.update(r.PID, func(p *pstate) { p.locals = r.Ref + 1 })
	case sim.RecChildren:
		s.update(r.PID, func(p *pstate) {
			p.children = t.Children(r)
			p.mp = p.children != nil
		})
	case sim.RecRole:
		role := t.Role(r)
		s.roles[r.PID] = role
		if role == checkpoint.RoleMain {
			s.main = r.PID
		}
		s.update(r.PID, func(p *pstate) { p.role = role })
		if s.lanes != nil {
			s.relabel(r.PID)
		}
	case sim.RecUncaught:
		s.update(r.PID, func(p *pstate) { p.uncaught = t.Uncaught(r) })
		if r.PID == s.main {
			s.mainUncaught = t.Uncaught(r)
		}
	case sim.RecStop:
		s.stop = t.Stop(r)
	case sim.RecOutput:
		s.outputs++
	case sim.RecKernel, sim.RecState:
		s.event(t, t.Event(r))
	}
}

// event applies one kernel event by its typed fields.
func (s *state) event(t *sim.Trace, e kernel.Event) {
	switch e.Kind {
	case kernel.EventBoot:
		s.add(pstate{pid: 1, cmdline: "init", pgid: 1, stack: -1, since: e.Time})
	case kernel.EventFork:
		s.fork(e)
	case kernel.EventExec:
		s.update(e.PID, func(p *pstate) {
			p.cmdline, p.stack, p.locals, p.children, p.mp = e.Cmdline, -1, 0, nil, false
		})
		if e.Task == kernel.TaskShell {
			s.shell = e.PID
		}
		if s.lanes != nil {
			s.relabel(e.PID)
		}
	case kernel.EventState:
		switch {
		case e.State == kernel.StateReaped: // leaving is told by reap, release and thread-exit
		case e.TID != 0:
			s.update(e.PID, func(p *pstate) {
				p.withThread(e.TID, func(t *tstate) { t.state, t.sleep = e.State, e.Sleep })
			})
			if s.lanes != nil {
				s.lanes.change(e.TID, e.State, e.Sleep, e.Time, s.steps)
			}
		default:
			s.update(e.PID, func(p *pstate) { s.setState(p, e.State, e.Sleep, e.Time) })
		}
	case kernel.EventHeld:
		s.update(e.PID, func(p *pstate) { p.held = e.Mask })
	case kernel.EventClone:
		s.tids[e.Other] = e.PID
		if s.lanes != nil {
			s.lanes.bornThread(e.Other, e.PID, e.Time, s.steps)
		}
		s.update(e.PID, func(p *pstate) {
			p.threads = append(p.threads[:len(p.threads):len(p.threads)], tstate{tid: e.Other, state: kernel.StateRunning, stack: -1})
		})
	case kernel.EventThreadExit:
		delete(s.tids, e.Other)
		if s.lanes != nil {
			s.lanes.died(e.Other, e.Time, s.steps)
		}
		s.update(e.PID, func(p *pstate) {
			var kept []tstate
			for _, t := range p.threads {
				if t.tid != e.Other {
					kept = append(kept, t)
				}
			}
			p.threads = kept
		})
	case kernel.EventSetpgid:
		s.update(e.PID, func(p *pstate) { p.pgid = e.PGID })
	case kernel.EventExit:
		s.update(e.PID, func(p *pstate) { p.status, p.stack, p.locals, p.stopped = e.Status, -1, 0, false })
		if e.PID == s.main {
			s.mainExited, s.mainStatus = true, e.Status
		}
	case kernel.EventReparent:
		s.update(e.PID, func(p *pstate) { p.ppid, p.former = e.Other, e.Former })
	case kernel.EventReleased:
		s.leave(t, e.PID, e.Other, true, e.Time)
	case kernel.EventReap:
		s.leave(t, e.Other, e.PID, false, e.Time)
	case kernel.EventStop:
		s.update(e.PID, func(p *pstate) { p.stopped = true })
	case kernel.EventContinue:
		s.update(e.PID, func(p *pstate) { p.stopped = false })
	}
}

func (s *state) add(p pstate) {
	s.procs[p.pid] = p
	if s.lanes != nil {
		s.lanes.born(p, s.steps)
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

func (s *state) relabel(pid kernel.PID) {
	if p, ok := s.procs[pid]; ok {
		s.lanes.relabel(p)
	}
}

// fork: the child copies the parent's command line, group, stack,
// variables and _children (os.fork clones the interpreter) and is born running, as the
// fork event says (a new task is runnable: wake_up_new_task).
func (s *state) fork(e kernel.Event) {
	parent := s.procs[e.PID]
	stack, locals := parent.stack, parent.locals
	for _, t := range parent.threads {
		if t.tid == e.TID {
			stack, locals = t.stack, t.locals // the forking thread is the child's only one
		}
	}
	s.add(pstate{
		pid: e.Other, ppid: e.PID, pgid: parent.pgid, cmdline: parent.cmdline,
		state: kernel.StateRunning, stack: stack, locals: locals, children: parent.children,
		mp: parent.mp, since: e.Time,
	})
}

// leave removes a reaped or released process and remembers it.
func (s *state) leave(t *sim.Trace, pid, by kernel.PID, auto bool, at kernel.Time) {
	p, ok := s.procs[pid]
	if !ok {
		return
	}
	delete(s.procs, pid)
	if s.lanes != nil {
		s.lanes.died(pid, at, s.steps)
	}
	g := Gone{
		PID: pid, PPID: p.ppid, Role: p.role, Comm: kernel.Comm(p.cmdline), By: by, Auto: auto,
		Status: p.status, Step: s.steps, Time: t.Rel(at),
	}
	if len(s.reaped) == maxReaped {
		s.reaped = append(s.reaped[:0], s.reaped[1:]...)
	}
	s.reaped = append(s.reaped, g)
}
