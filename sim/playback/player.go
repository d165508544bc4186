// The Player: a run of the simulator indexed by steps (the trace's step
// records: every line, and every group of events with no line of its own,
// down to the end of the run), with keyframes of the view state every
// KeyframeEvery steps so that Seek replays at most that many steps'
// records, and a forward scan that extends the run on demand. The system is
// only ever asked to run further; everything shown comes from the trace.

package playback

import (
	"zombielab/sim"
	"zombielab/sim/kernel"
)

// KeyframeEvery is the distance in steps between keyframes.
const KeyframeEvery = 256

// Player plays a run back. It is not safe for concurrent use.
type Player struct {
	sys  *sim.System
	tr   *sim.Trace
	file string // the scenario's file: frames elsewhere are library code
	src  sources

	steps     []int32 // record index of each step
	keyframes []*state
	scan      *state // the state after every record seen so far
	lanes     *laneBuilder
	console   []Output
	marks     []mark // checkpoint steps, in order
}

type mark struct {
	label string // "before-start#2"
	step  int
}

// Open runs a scenario from its options, lazily: nothing but the first step
// is computed until asked.
func Open(opt sim.Options) (*Player, error) {
	sys, err := sim.New(opt)
	if err != nil {
		return nil, err
	}
	return New(sys, opt), nil
}

// Load parses a scenario and opens it (sim.Load, then Open).
func Load(name string, src []byte, o sim.Overrides) (*Player, error) {
	opt, _, err := sim.Load(name, src, o)
	if err != nil {
		return nil, err
	}
	return Open(opt)
}

// New wraps a system that has not been stepped yet; opt must be the options
// it was created with (the scenario's file, source and checkpoints).
func New(sys *sim.System, opt sim.Options) *Player {
	p := &Player{
		sys: sys, tr: sys.Trace(), file: opt.File,
		src:   newSources(opt.File, opt.Source),
		lanes: newLaneBuilder(),
	}
	p.scan = newState()
	p.scan.lanes = p.lanes
	p.Extend(1)
	return p
}

// Len is the number of steps known so far.
func (p *Player) Len() int { return len(p.steps) }

// Done reports whether the run has ended, so Len is final.
func (p *Player) Done() bool { return p.scan.stop != sim.Running }

// Stopped says why the run ended (sim.Running while it may go on).
func (p *Player) Stopped() sim.StopReason { return p.scan.stop }

// System is the run being played.
func (p *Player) System() *sim.System { return p.sys }

// Extend runs the system until n more steps are known or the run ends (its
// step cap or time limit), and returns how many were added.
func (p *Player) Extend(n int) int {
	before := len(p.steps)
	for len(p.steps)-before < n {
		more := p.sys.Step()
		p.scanRecords()
		if !more {
			break
		}
	}
	return len(p.steps) - before
}

// Ensure extends the run until step i exists; false if the run ends first.
func (p *Player) Ensure(i int) bool {
	if i < len(p.steps) {
		return true
	}
	p.Extend(i + 1 - len(p.steps))
	return i < len(p.steps)
}

// RunToEnd extends the run until it stops.
func (p *Player) RunToEnd() {
	for !p.Done() {
		p.Extend(1 << 16)
	}
}

// scanRecords applies the records the system added since the last scan.
func (p *Player) scanRecords() {
	for p.scan.next < p.tr.Len() {
		i := p.scan.next
		r := p.tr.At(i)
		p.scan.apply(p.tr, r)
		switch r.Kind {
		case sim.RecOutput:
			e := p.tr.Event(r)
			p.console = append(p.console, Output{PID: e.PID, FD: e.FD, Text: e.Data, Time: p.tr.Rel(e.Time)})
		case sim.RecCheckpoint:
			// The checkpoint's line is the step just recorded.
			p.marks = append(p.marks, mark{label: p.tr.Checkpoint(r).Label, step: len(p.steps) - 1})
		}
		if r.Step {
			p.addStep(i)
		}
	}
}

func (p *Player) addStep(rec int) {
	step := len(p.steps)
	p.steps = append(p.steps, int32(rec))
	if step%KeyframeEvery == 0 {
		p.keyframes = append(p.keyframes, p.scan.clone())
	}
}

// stateAt rebuilds the view state at step i (0 ≤ i < Len), noting what
// happened since step from (from < i; -1: since boot).
func (p *Player) stateAt(from, i int) (*state, []note) {
	st := newState()
	if from >= 0 {
		st = p.keyframes[from/KeyframeEvery].clone()
	}
	return p.replay(st, from, i)
}

// replay moves st, which is at most at step from, over the records up to
// step from's, then over those up to and including step i's, noting what
// happened in between.
func (p *Player) replay(st *state, from, i int) (*state, []note) {
	if from >= 0 {
		for last := int(p.steps[from]); st.next <= last; {
			st.apply(p.tr, p.tr.At(st.next))
		}
	}
	var notes []note
	for last := int(p.steps[i]); st.next <= last; {
		r := p.tr.At(st.next)
		if r.Kind != sim.RecLine {
			stack := int32(-1)
			if pr, ok := st.procs[r.PID]; ok {
				stack = pr.stack
			}
			notes = append(notes, note{rec: r, stack: stack})
		}
		st.apply(p.tr, r)
	}
	return st, notes
}

// record returns step i's record: a line, or the last of a group of
// events with no line of their own.
func (p *Player) record(i int) sim.Record { return p.tr.At(int(p.steps[i])) }

// rel makes a kernel time relative to the main process's first line.
func (p *Player) rel(t kernel.Time) kernel.Duration { return p.tr.Rel(t) }

// Seek returns the snapshot of step i, extending the run if needed; i is
// clamped to the known steps. It returns nil only if the run has no step at
// all.
func (p *Player) Seek(i int) *Snapshot {
	p.Ensure(i)
	if len(p.steps) == 0 {
		return nil
	}
	i = clamp(i, 0, len(p.steps)-1)
	st, notes := p.stateAt(i-1, i)
	return p.snapshot(i, st, notes)
}

// MaxSpan bounds the distance SeekFrom narrates across.
const MaxSpan = 4 * KeyframeEvery

// SeekFrom is Seek(i) told as a move from step from: its Events and
// Narration cover everything between the two steps, as stepping over a
// line of the scenario needs (p.start() forks in library code). When from
// is not before i, or more than MaxSpan steps before it, it is Seek(i).
func (p *Player) SeekFrom(from, i int) *Snapshot {
	p.Ensure(i)
	if len(p.steps) == 0 {
		return nil
	}
	i = clamp(i, 0, len(p.steps)-1)
	if from >= i || from < i-MaxSpan || from < 0 {
		return p.Seek(i)
	}
	st, notes := p.stateAt(from, i)
	return p.snapshot(i, st, notes)
}

// Timeline returns every process's lane up to step i (clamped).
func (p *Player) Timeline(i int) []Lane {
	if len(p.steps) == 0 {
		return nil
	}
	i = clamp(i, 0, len(p.steps)-1)
	return p.lanes.timeline(i, p.record(i).Time, p.rel)
}

func clamp(i, lo, hi int) int {
	if i < lo {
		return lo
	}
	if i > hi {
		return hi
	}
	return i
}
