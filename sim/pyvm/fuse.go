// This file fuses the instruction sequences of counting loops. CPython
// 3.11+ specialises the same way (Python/specialize.c, and the
// LOAD_FAST__LOAD_CONST superinstructions of 3.11-3.12): a fused
// instruction does the work of the four plain ones at its index when their
// operands are plain ints, and otherwise runs as the first of them; the
// other three stay in place after it, so a jump into the middle, an error,
// a traceback or a disassembly sees the same code.

package pyvm

// fuse marks, in a freshly compiled code object, the starts of
//
//	x = x op CONST     LOAD_NAME|LOAD_FAST x; LOAD_CONST; BINARY|INPLACE; STORE_NAME|STORE_FAST
//	if/while x < CONST LOAD_NAME|LOAD_FAST x; LOAD_CONST; COMPARE; POP_JUMP_IF_FALSE|TRUE
//
// whose four instructions are on one line (so no line event can fall
// between them) and whose constant is an int.
func fuse(c *Code) {
	in := c.Instrs
	for i := 0; i+3 < len(in); i++ {
		a, k, op, last := in[i], in[i+1], in[i+2], in[i+3]
		if k.Op != opLoadConst || a.Line != k.Line || a.Line != op.Line || a.Line != last.Line {
			continue
		}
		if _, ok := c.Consts[k.A].(Int); !ok {
			continue
		}
		arith := op.Op == opBinary || op.Op == opInplace
		test := op.Op == opCompare && op.A <= int32(cmpGe) &&
			(last.Op == opPopJumpIfFalse || last.Op == opPopJumpIfTrue)
		switch {
		case a.Op == opLoadName && arith && last.Op == opStoreName:
			in[i].Op = opNameOpConst
		case a.Op == opLoadName && test:
			in[i].Op = opNameCmpJump
		case a.Op == opLoadFast && arith && last.Op == opStoreFast:
			in[i].Op = opFastOpConst
		case a.Op == opLoadFast && test:
			in[i].Op = opFastCmpJump
		}
	}
}

// cmpJump runs a fused x < CONST and jump whose x is an int, at f.ip just
// past the fused instruction: the comparison, then the jump if it says so.
func (f *Frame) cmpJump(in []Instr, x Int) {
	y := f.code.Consts[in[f.ip].A].(Int)
	test := intCompare(cmpop(in[f.ip+1].A), x, y)
	jump := in[f.ip+2]
	f.ip += 3
	if test == (jump.Op == opPopJumpIfTrue) {
		f.jump(int(jump.A))
	}
}

// opConst is the result of a fused x op CONST whose x is an int; false
// when it needs the general path (overflow, division, powers).
func (f *Frame) opConst(in []Instr, x Int) (int64, bool) {
	return intFast(binop(in[f.ip+1].A), x, f.code.Consts[in[f.ip].A].(Int))
}
