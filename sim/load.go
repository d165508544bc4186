// From a scenario file to the Options of a run: the header's settings
// (python=, method=, until=, pid_max=, init=) and its checkpoints, with the
// caller's explicit choices taking precedence.

package sim

import (
	"zombielab/sim/kernel"
	"zombielab/sim/scenario"
)

// Overrides are choices made outside the scenario file (the CLI's flags, the
// player's URL). Zero values leave the scenario's own setting.
type Overrides struct {
	Python  Version
	Method  string
	Seed    uint64
	Until   kernel.Duration
	StepCap int
}

// Load parses a scenario and returns the options that run it.
func Load(name string, src []byte, o Overrides) (Options, *scenario.Scenario, error) {
	sc, err := scenario.Parse(name, src)
	if err != nil {
		return Options{}, nil, err
	}
	opt := Options{File: name, Source: src, Seed: o.Seed, StepCap: o.StepCap}
	opt.Python = DefaultVersion
	if !sc.Python.IsZero() {
		v, err := ParseVersion(sc.Python.String())
		if err != nil {
			return Options{}, nil, err
		}
		opt.Python = v
	}
	if o.Python != (Version{}) {
		opt.Python = o.Python
	}
	if sc.Method != scenario.MethodDefault {
		opt.Method = sc.Method.String()
	}
	if o.Method != "" {
		opt.Method = o.Method
	}
	opt.Until = kernel.Duration(sc.Until)
	if o.Until != 0 {
		opt.Until = o.Until
	}
	opt.Kernel.PidMax = sc.PidMax
	opt.Kernel.PidsLimit = sc.PidsMax
	if sc.Init == scenario.InitNever {
		opt.Kernel.Init = kernel.InitNeverReaps
	}
	for _, c := range sc.Checkpoints {
		opt.Checkpoints = append(opt.Checkpoints, CheckpointLine{Line: c.Line, Label: c.Label})
	}
	return opt, sc, nil
}
