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
// box, and ask what a click on it means.
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
	// A frame of 1280×720 CSS pixels: the wide layout.
	d := view.Build(view.Input{Snap: s, Lanes: p.Timeline(step), Sources: p, File: p.File(), UI: view.UI{W: 1280, H: 720}})
	var box view.Rect
	for _, o := range d.Ops {
		if o.ID == "proc:1002" && o.Kind == view.OpDashedRect {
			fmt.Println("zombie 1002:", o)
			box = o.Rect
		}
	}
	a, _ := d.HitTest(box.X+box.W/2, box.Y+box.H/2)
	fmt.Println("a click on it:", a)
	fmt.Println(view.Mirror(s, lang.ZH).Zombies)
	// Output:
	// zombie 1002: dashed 593,48.4 167.6x44 w=2 dash=4 #999999 id=proc:1002
	// a click on it: focus 1002
	// 僵尸进程：1002
}
