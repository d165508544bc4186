//go:build js && wasm

// Opening a scenario: the gallery's (embedded, content.Scenario) or the
// code from the URL or the editor, with the URL's overrides.

package main

import (
	"fmt"

	"zombielab/content"
	"zombielab/sim"
	"zombielab/sim/cpython"
	"zombielab/sim/playback"
	"zombielab/web/contract"
)

// source returns the scenario's source and file name.
func source(p contract.Params) (name string, src []byte, err error) {
	if p.Code != nil {
		return p.FileName(), p.Code, nil
	}
	src, err = content.Scenario(p.Scenario)
	if err != nil {
		return p.FileName(), nil, fmt.Errorf("scenario %q: not in the gallery (try one of %v)", p.Scenario, content.Names())
	}
	return p.FileName(), src, nil
}

// open starts a lazy run of the scenario; the error carries the source
// position when the scenario itself is wrong.
func open(p contract.Params, name string, src []byte) (*playback.Player, error) {
	o := sim.Overrides{Seed: p.Seed, Locals: true}
	var err error
	if p.Python != "" {
		if o.Python, err = cpython.Parse(p.Python); err != nil {
			return nil, err
		}
	}
	if p.Method != "" {
		if o.Method, err = cpython.ParseStartMethod(p.Method); err != nil {
			return nil, err
		}
	}
	return playback.Load(name, src, o)
}

// runsAs is the CPython version and start method the run models: the
// URL's, else the scenario's header, else the defaults (sim.Load decides,
// as for the run itself).
func runsAs(p contract.Params, name string, src []byte) (python, method string) {
	o := sim.Overrides{}
	o.Python, _ = cpython.Parse(p.Python)
	o.Method, _ = cpython.ParseStartMethod(p.Method)
	opt, _, err := sim.Load(name, src, o)
	if err != nil {
		return "", ""
	}
	m := opt.Method
	if m == cpython.MethodDefault {
		m = opt.Python.DefaultMethod()
	}
	return opt.Python.String(), m.String()
}
