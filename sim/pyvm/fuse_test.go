package pyvm

import (
	"strings"
	"testing"

	"zombielab/sim/pyast"
)

// TestFuse: the counting-loop sequences are fused where their four
// instructions share a line and the constant is an int, and nowhere else.
func TestFuse(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []Opcode // the fused opcodes, in order
	}{
		{"module loop", "i = 0\nwhile i < 10:\n    i += 1\n", []Opcode{opNameCmpJump, opNameOpConst}},
		{"function loop", "def f():\n    i = 0\n    while i < 10:\n        i = i + 1\n", []Opcode{opFastCmpJump, opFastOpConst}},
		{"other target", "def f(x):\n    y = x - 1\n    if x >= 3:\n        pass\n", []Opcode{opFastOpConst, opFastCmpJump}},
		{"float constant", "x = 1\nx += 1.5\nwhile x < 2.5:\n    x += 1\n", []Opcode{opNameOpConst}},
		{"string constant", "s = 'a'\ns += 'b'\n", nil},
		{"two lines", "x = 1\nx = (x\n     + 1)\n", nil},
		{"a name, not a constant", "x = y = 1\nx += y\n", nil},
		{"membership", "x = 1\nif x in (1, 2):\n    pass\n", nil},
		{"attribute store", "import os\nos.x = 1\nos.x += 1\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := pyast.ParseFile("f.py", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			code, err := compileModule(m, []byte(tc.src), false, nil, Py311)
			if err != nil {
				t.Fatal(err)
			}
			var got []Opcode
			var walk func(c *Code)
			walk = func(c *Code) {
				for i, ins := range c.Instrs {
					if ins.Op >= opNameOpConst {
						got = append(got, ins.Op)
						if i+3 >= len(c.Instrs) || c.Instrs[i+1].Op != opLoadConst {
							t.Errorf("%v at %d is not followed by the instructions it stands for", ins.Op, i)
						}
					}
				}
				for _, k := range c.Consts {
					if sub, ok := k.(*Code); ok {
						walk(sub)
					}
				}
			}
			walk(code)
			if strings.Trim(strings.Join(opStrings(got), " "), " ") != strings.Join(opStrings(tc.want), " ") {
				t.Errorf("fused %v, want %v", got, tc.want)
			}
		})
	}
}

func opStrings(ops []Opcode) []string {
	var s []string
	for _, o := range ops {
		s = append(s, o.String())
	}
	return s
}
