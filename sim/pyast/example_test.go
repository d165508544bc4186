package pyast_test

import (
	"fmt"
	"strings"

	"zombielab/sim/pyast"
)

func ExampleParseFile() {
	src := []byte("import os\n\npid = os.fork()\nif pid == 0:\n    os._exit(0)\n")
	m, err := pyast.ParseFile("fork.py", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range m.Body {
		fmt.Printf("%T at %v\n", s, s.Position())
	}
	// Output:
	// *pyast.Import at 1:1
	// *pyast.Assign at 3:1
	// *pyast.If at 4:1
}

func ExampleParseFile_unsupported() {
	_, err := pyast.ParseFile("complex.py", []byte("z = 1 + 2j\n"))
	e := err.(*pyast.Error)
	fmt.Println(e.Pos, strings.SplitN(e.Msg, " is not", 2)[0])
	// Output:
	// 1:9 a complex number
}

func ExampleParse_syntaxError() {
	_, err := pyast.Parse("bad.py", []byte("if x\n    pass\n"))
	fmt.Println(err)
	// Output:
	// bad.py:1:5: expected ':'
}

func ExampleDump() {
	m, _ := pyast.Parse("x.py", []byte("x = -2 ** 2\n"))
	fmt.Print(pyast.Dump(m.Body[0]))
	// Output:
	// Assign @1:1
	//   Targets[0]: Name @1:1 Id="x" Ctx=Store
	//   Value: UnaryOp @1:5 Op="-"
	//     Operand: BinOp @1:6 Op="**"
	//       Left: Constant @1:6 Int=2
	//       Right: Constant @1:11 Int=2
}

// ExampleInspect lists the names a program reads, skipping function
// bodies (a pass that handles scopes returns false and walks them itself).
func ExampleInspect() {
	src := []byte("import os\ndef child(n):\n    return n * k\npid = os.fork() if ready else -1\n")
	m, err := pyast.Parse("ex.py", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	pyast.Inspect(m, func(n pyast.Node) bool {
		switch n := n.(type) {
		case *pyast.FunctionDef:
			fmt.Println("def", n.Name, "(body skipped)")
			return false
		case *pyast.Name:
			if n.Ctx == pyast.Load {
				fmt.Println("reads", n.Id, "at", n.P)
			}
		}
		return true
	})
	// Output:
	// def child (body skipped)
	// reads os at 4:7
	// reads ready at 4:20
}
