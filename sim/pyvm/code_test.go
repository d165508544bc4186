// This file checks the bytecode tables stay consistent and that the
// compiler gives synthetic instructions no line.

package pyvm

import (
	"testing"

	"zombielab/sim/pyast"
)

func TestOpcodeNames(t *testing.T) {
	if len(opNames) != int(numOpcodes) {
		t.Fatalf("%d opcode names for %d opcodes", len(opNames), numOpcodes)
	}
	if opLoadAssertion.String() != "LOAD_ASSERTION" || opImportFrom.String() != "IMPORT_FROM" {
		t.Error("opcode names are out of step with the opcodes")
	}
}

func TestImplicitReturnHasNoLine(t *testing.T) {
	src := "def f(x):\n    if x:\n        y = 1\n"
	m, err := pyast.ParseFile("f.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	code, err := compileModule(m, []byte(src), false, nil, Py311)
	if err != nil {
		t.Fatal(err)
	}
	var fn *Code
	for _, c := range code.Consts {
		if k, ok := c.(*Code); ok {
			fn = k
		}
	}
	last := fn.Lines[len(fn.Lines)-1]
	if fn.Instrs[len(fn.Instrs)-1].Op != opReturnValue || last != -1 {
		t.Errorf("implicit return: %v at line %d, want RETURN_VALUE with no line", fn.Instrs[len(fn.Instrs)-1].Op, last)
	}
}
