package view_test

import (
	"fmt"
	"os"

	"zombielab/sim"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
	"zombielab/web/view"
)

// Build a frame at the seed loop's second checkpoint, find the zombie's
// box, and ask what a click on the play button means.
func Example() {
	src, err := os.ReadFile("../../content/scenarios/seed-loop.py")
	if err != nil {
		panic(err)
	}
	p, err := playback.Load("seed-loop.py", src, sim.Overrides{})
	if err != nil {
		panic(err)
	}
	step, _ := p.Checkpoint("before-start#2")
	s := p.Seek(step)
	d := view.Build(view.Input{Snap: s, Lanes: p.Timeline(step), Sources: p, File: p.File()})
	for _, o := range d.Ops {
		if o.ID == "proc:1002" && o.Kind == view.OpDashedRect {
			fmt.Println("zombie 1002:", o)
		}
	}
	a, _ := d.HitTest(130, 690)
	fmt.Println("click at (130, 690):", a)
	fmt.Println(view.Mirror(s, lang.ZH).Zombies)
	// Output:
	// zombie 1002: dashed 593,40 163x40 w=2 dash=4 #999999 id=proc:1002
	// click at (130, 690): play
	// 僵尸进程：1002
}
