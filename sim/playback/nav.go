// Moving between steps: step into (every line), step over (only lines of
// the scenario's own file), checkpoints by label, and steps by time.

package playback

import (
	"sort"
	"strings"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

// IsLibrary reports whether step i executes a line outside the scenario's
// file (multiprocessing's modelled code, `python -c` strings). A step of
// events with no line (an exit, a reap by init, the end) is never library
// code: stepping over stops there too.
func (p *Player) IsLibrary(i int) bool {
	r := p.record(i)
	return r.Kind == sim.RecLine && p.tr.Top(r).File != p.file
}

// Next returns the step after i: i+1 when stepping into, else the next step
// whose line is in the scenario's file. It extends the run as needed and
// returns i (clamped) when there is none.
func (p *Player) Next(i int, into bool) int {
	for j := i + 1; p.Ensure(j); j++ {
		if into || !p.IsLibrary(j) {
			return j
		}
	}
	return clamp(i, 0, len(p.steps)-1)
}

// Prev returns the step before i, the same way; i (clamped) when there is
// none.
func (p *Player) Prev(i int, into bool) int {
	i = clamp(i, 0, len(p.steps)-1)
	for j := i - 1; j >= 0; j-- {
		if into || !p.IsLibrary(j) {
			return j
		}
	}
	return i
}

// Checkpoint returns the step at which the main process is about to run a
// checkpoint's statement: label is "name#n" for its n-th visit or "name"
// for the first. It extends the run until the checkpoint is reached or the
// run ends (for a label that never comes, at most to the step cap).
func (p *Player) Checkpoint(label string) (int, bool) {
	if !strings.Contains(label, "#") {
		label += "#1"
	}
	for seen := 0; ; {
		for ; seen < len(p.marks); seen++ {
			if p.marks[seen].label == label {
				return p.marks[seen].step, true
			}
		}
		if p.Done() {
			return 0, false
		}
		p.Extend(KeyframeEvery)
	}
}

// Checkpoints lists the checkpoint labels reached so far ("name#n"), in
// step order, with their steps.
func (p *Player) Checkpoints() (labels []string, steps []int) {
	for _, m := range p.marks {
		labels, steps = append(labels, m.label), append(steps, m.step)
	}
	return labels, steps
}

// AtTime returns the first step at or after relative time t, extending the
// run as needed; the last step if the run ends before t.
func (p *Player) AtTime(t kernel.Duration) int {
	for len(p.steps) > 0 && p.rel(p.record(len(p.steps)-1).Time) < t && !p.Done() {
		p.Extend(KeyframeEvery)
	}
	n := len(p.steps)
	i := sort.Search(n, func(k int) bool { return p.rel(p.record(k).Time) >= t })
	return clamp(i, 0, n-1)
}

// Time returns step i's relative time.
func (p *Player) Time(i int) kernel.Duration {
	return p.rel(p.record(clamp(i, 0, len(p.steps)-1)).Time)
}
