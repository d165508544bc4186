// This file shows the stepping API as the simulator's scheduler uses it.

package pyvm

import (
	"fmt"
)

// Example runs a program one line at a time, printing where the process is
// before each line, as a scheduler would record steps.
func Example() {
	s := newFakeSys()
	p, err := s.spawn("demo.py", "def f(n):\n    return n * 2\nx = f(21)\nprint(x)\n", Config{Version: Py311})
	if err != nil {
		fmt.Println(err)
		return
	}
	for {
		stop := p.in.Run(0)
		if stop == StopExited {
			break
		}
		fs := p.in.Frames()
		top := fs[len(fs)-1]
		fmt.Printf("%s %s:%d depth=%d\n", stop, top.Func, top.Line, len(fs))
	}
	fmt.Printf("stdout %q, status %d\n", s.stdout.String(), p.status>>8)
	// Output:
	// line <module>:1 depth=1
	// line <module>:3 depth=1
	// line f:2 depth=2
	// line <module>:4 depth=1
	// stdout "42\n", status 0
}

// ExampleInterp_Clone forks a process in the middle of an expression: the
// clone completes the pending call with 0.
func ExampleInterp_Clone() {
	s := newFakeSys()
	_, _ = s.spawn("fork.py", "import os\nx = [os.fork(), 5]\nprint(x[0] == 0, x[1])\n", Config{})
	_ = s.run(100)
	fmt.Print(s.stdout.String())
	// Output:
	// False 5
	// True 5
}
