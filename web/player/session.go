//go:build js && wasm

// Opening a scenario: the gallery's (embedded, content.Scenario) or the
// code from the URL or the editor, with the URL's overrides.

package main

import (
	"fmt"

	"zombielab/content"
	"zombielab/sim"
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
	var o sim.Overrides
	if p.Python != "" {
		v, err := sim.ParseVersion(p.Python)
		if err != nil {
			return nil, err
		}
		o.Python = v
	}
	o.Method, o.Seed = p.Method, p.Seed
	return playback.Load(name, src, o)
}
