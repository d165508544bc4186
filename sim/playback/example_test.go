package playback_test

import (
	"fmt"

	"os"

	"zombielab/sim"
	"zombielab/sim/playback"
)

// Seek to the second checkpoint of the seed loop: the child of the first
// iteration waits there as a zombie, still in the main process's _children.
func Example() {
	src, err := os.ReadFile("../../content/scenarios/seed-loop.py")
	if err != nil {
		panic(err)
	}
	p, err := playback.Load("seed-loop.py", src, sim.Overrides{})
	if err != nil {
		panic(err)
	}
	p.RunToEnd()
	step, _ := p.Checkpoint("before-start#2")
	s := p.Seek(step)
	for _, pr := range s.Procs {
		fmt.Println(pr.PID, pr.Stat, pr.Role, pr.Children, pr.ChildRoles)
	}
	fmt.Println(s.Narration.EN)
	// Output:
	// 1 S  [] []
	// 1000 S  [] []
	// 1001 R main [1002] [p1]
	// 1002 Z p1 [] []
	// pid 1001 runs seed-loop.py:30: p.start()
}
