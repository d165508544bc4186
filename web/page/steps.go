// How many steps a scenario's trace has, so that a figure's step can be
// checked at build time. A step is the index of a line record (sim.RecLine)
// among the trace's records, in order: the player (sim/playback) numbers
// its steps the same way.

package page

import (
	"errors"
	"fmt"

	"zombielab/content"
	"zombielab/sim"
	"zombielab/sim/cpython"
)

// ErrUnknownScenario says that a figure names a scenario the gallery lacks.
var ErrUnknownScenario = errors.New("no such scenario in the gallery")

// StepCounter runs gallery scenarios to the end and remembers how many
// steps each run has, per scenario, CPython version and start method.
// It is not safe for concurrent use.
type StepCounter struct {
	runs map[runKey]int
}

type runKey struct{ scenario, python, method string }

// NewStepCounter returns an empty counter.
func NewStepCounter() *StepCounter { return &StepCounter{runs: map[runKey]int{}} }

// Steps returns the number of steps of the gallery scenario run with the
// given version and method ("" for the scenario's own choice). The error
// wraps ErrUnknownScenario for a name the gallery lacks.
func (c *StepCounter) Steps(scenario, python, method string) (int, error) {
	key := runKey{scenario, python, method}
	if n, ok := c.runs[key]; ok {
		return n, nil
	}
	n, err := countSteps(scenario, python, method)
	if err != nil {
		return 0, err
	}
	c.runs[key] = n
	return n, nil
}

func countSteps(name, python, method string) (int, error) {
	src, err := content.Scenario(name)
	if err != nil {
		return 0, fmt.Errorf("scenario %q: %w (see content/scenarios)", name, ErrUnknownScenario)
	}
	var o sim.Overrides
	if method != "" {
		m, err := cpython.ParseStartMethod(method)
		if err != nil {
			return 0, fmt.Errorf("method=%q: %v", method, err)
		}
		o.Method = m
	}
	if python != "" {
		v, err := sim.ParseVersion(python)
		if err != nil {
			return 0, fmt.Errorf("python=%q: %v", python, err)
		}
		o.Python = v
	}
	opt, _, err := sim.Load(name+".py", src, o)
	if err != nil {
		return 0, err
	}
	sys, err := sim.New(opt)
	if err != nil {
		return 0, err
	}
	sys.RunToEnd()
	n := 0
	for _, r := range sys.Trace().All() {
		if r.Step {
			n++
		}
	}
	return n, nil
}
