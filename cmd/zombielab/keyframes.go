// The gallery's pictures: each scenario's key frame — the first step with a
// zombie, else its last step — drawn by web/view at the teaching page's
// figure size and written as SVG next to the pages (gallery/NAME.svg, and
// gallery/NAME.zh.svg with the labels and narration in Chinese), so that a
// card shows what the scenario is about before the player loads.

package main

import (
	"fmt"

	"zombielab/content"
	"zombielab/sim"
	"zombielab/sim/kernel"
	"zombielab/sim/playback"
	sitepage "zombielab/web/page"
	"zombielab/web/view"
)

// keyFrameW×keyFrameH is the pictures' size in CSS pixels (the figure
// layout).
const keyFrameW, keyFrameH = 640, 420

// keyFrames returns gallery/NAME.svg for every gallery scenario.
func keyFrames() (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, name := range content.Names() {
		src, err := content.Scenario(name)
		if err != nil {
			return nil, err
		}
		pl, err := playback.Load(name+".py", src, sim.Overrides{Locals: true})
		if err != nil {
			return nil, fmt.Errorf("the gallery's picture of %s: %v", name, err)
		}
		pl.RunToEnd()
		step := keyStep(pl)
		s := pl.Seek(step)
		for _, l := range sitepage.Languages {
			d := view.Build(view.Input{Snap: s, Lanes: pl.Timeline(step), Sources: pl, File: pl.File(),
				UI: view.UI{W: keyFrameW, H: keyFrameH, Compact: true, Lang: l, Still: true}})
			out[sitepage.PicturePath(name, l)] = view.SVG(d)
		}
	}
	return out, nil
}

// keyStep is the first step at which a process is a zombie, else the last.
func keyStep(pl *playback.Player) int {
	for i := 0; i < pl.Len(); i++ {
		for _, p := range pl.Seek(i).Procs {
			if p.State == kernel.StateZombie {
				return i
			}
		}
	}
	return pl.Len() - 1
}
