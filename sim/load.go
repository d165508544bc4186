// From a scenario file to the Options of a run: the header's settings
// (python=, method=, until= as a time or a checkpoint, pid_max=, pids_max=,
// init=) and its checkpoints, with the caller's explicit choices taking
// precedence.

package sim

import (
	"cmp"

	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
	"zombielab/sim/scenario"
)

// Overrides are choices made outside the scenario file (the CLI's flags, the
// player's URL). Zero values leave the scenario's own setting.
type Overrides struct {
	Python  Version
	Method  cpython.StartMethod
	Seed    uint64
	Until   kernel.Duration
	StepCap int
	Locals  bool // Options.Locals
}

// Load parses a scenario and returns the options that run it.
func Load(name string, src []byte, o Overrides) (Options, *scenario.Scenario, error) {
	sc, err := scenario.Parse(name, src)
	if err != nil {
		return Options{}, nil, err
	}
	opt := Options{
		File:    name,
		Source:  src,
		Python:  cmp.Or(o.Python, sc.Python, DefaultVersion),
		Method:  cmp.Or(o.Method, sc.Method),
		Seed:    o.Seed,
		Until:   cmp.Or(o.Until, kernel.Duration(sc.Until)),
		StepCap: o.StepCap,
		Locals:  o.Locals,
		Kernel:  kernel.Config{PidMax: sc.PidMax, PidsLimit: sc.PidsMax, Init: sc.Init},
	}
	if o.Until == 0 {
		// An explicit time limit replaces the header's until, whichever
		// kind it is.
		opt.UntilCheckpoint = sc.UntilCheckpoint
	}
	for _, c := range sc.Checkpoints {
		opt.Checkpoints = append(opt.Checkpoints, CheckpointLine{Line: c.Line, Label: c.Label})
	}
	return opt, sc, nil
}
