// This file holds the compiler's infrastructure: turning a parsed module into
// code objects, one unit per function/class/module body, with constant and
// name tables, jump patching and positioned errors for unsupported constructs.

package pyvm

import (
	"fmt"
	"strings"

	"zombielab/sim/pyast"
)

// CompileError is a positioned error found before running.
type CompileError struct {
	File string
	Pos  pyast.Pos
	Msg  string
}

func (e *CompileError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// supportedList is appended to "not supported" errors.
const supportedList = "supported: def, class, if/while/for, try/except/finally, with, raise, assert, " +
	"import, lambda, comprehensions, generators, f-strings, decorators"

// compiler compiles one source file.
type compiler struct {
	file   string
	src    []string
	st     *symtable
	u      *unit
	hidden bool
	// native are the module-level functions a library module declares
	// with __zombielab_native__ = ("name", ...): CPython's are C, so they
	// are compiled hidden (no line events, no traceback entries).
	native map[string]bool
	// static holds, for each class body being compiled (innermost last),
	// the names stored as self.NAME in it or in the functions inside it:
	// 3.13's __static_attributes__.
	static   []map[string]bool
	modules  func(name string) bool // whether `import name` is supported
	version  Version
	fused    bool // fuse counting loops (fuse.go)
	firstErr *CompileError
	// futureAnnotations: the module imports annotations from __future__.
	futureAnnotations bool
	// fstring is the range of the outermost f-string being compiled.
	fstring srcLoc
}

// fblockKind is a compile-time block that break/continue/return must unwind.
type fblockKind uint8

const (
	fbWhile      fblockKind = iota
	fbFor                   // the iterator is on the stack
	fbTryExcept             // inside the body of try/except: POP_BLOCK
	fbTryFinally            // inside the body of try/finally: POP_BLOCK, then the finally body
	fbHandler               // inside an except clause: POP_EXCEPT
	fbFinallyExc            // inside a finally run for an exception: POP_EXCEPT, drop exc
	fbWith                  // inside a with body: POP_BLOCK, then __exit__(None, None, None)
)

func (k fblockKind) String() string {
	return [...]string{"while", "for", "try-except", "try-finally", "handler", "finally-exc", "with"}[k]
}

type fblock struct {
	kind      fblockKind
	loopStart int
	breaks    []int // jump instructions to patch to the loop exit
	finally   []pyast.Stmt
	line      int // fbWith: the line of the with statement
}

// unit is one code object being compiled.
type unit struct {
	code     *Code
	sc       *scope
	consts   map[any]int
	names    map[string]int
	locals   map[string]int
	derefs   map[string]int // cells then frees
	fblocks  []*fblock
	line     int
	qualname string
	// loc is the source range the next instructions get (srcLoc): the
	// innermost expression or statement being compiled.
	loc srcLoc
}

type constKey struct {
	kind string
	v    any
}

func (c *compiler) errorf(p pyast.Pos, format string, args ...any) {
	if c.firstErr == nil {
		c.firstErr = &CompileError{File: c.file, Pos: p, Msg: fmt.Sprintf(format, args...)}
	}
}

func (c *compiler) unsupported(p pyast.Pos, what string) {
	c.errorf(p, "%s is not supported by the simulator (%s)", what, supportedList)
}

// compileModule compiles a parsed file into a module code object.
func compileModule(m *pyast.Module, src []byte, hidden bool, modules func(string) bool, v Version) (*Code, error) {
	return compileWith(m, src, hidden, modules, v, true)
}

// compileWith is compileModule, with fused instructions or without.
func compileWith(m *pyast.Module, src []byte, hidden bool, modules func(string) bool, v Version, fused bool) (*Code, error) {
	c := &compiler{file: m.File, src: strings.Split(string(src), "\n"), hidden: hidden, modules: modules, version: v, fused: fused}
	c.native = nativeNames(m.Body)
	c.st = buildSymtable(m)
	if c.st.errMsg != "" {
		return nil, &CompileError{File: m.File, Pos: c.st.errPos, Msg: c.st.errMsg}
	}
	c.enter(c.st.top, "<module>", kindModule, 1, "")
	c.futureAnnotations = hasFutureAnnotations(m.Body)
	c.setupAnnotations(m.Body)
	c.stmts(m.Body)
	c.emitReturnNone()
	code := c.leave()
	if c.firstErr != nil {
		return nil, c.firstErr
	}
	return code, nil
}

func (c *compiler) enter(sc *scope, name string, kind codeKind, line int, qual string) {
	code := &Code{Name: name, File: c.file, Kind: kind, FirstLine: line, Hidden: c.hidden, srcLines: c.src,
		Generator: kind == kindFunction && sc.generator}
	u := &unit{code: code, sc: sc, consts: map[any]int{}, names: map[string]int{},
		locals: map[string]int{}, derefs: map[string]int{}, line: line, qualname: qual}
	if kind == kindFunction {
		for _, p := range sc.params {
			u.local(p)
		}
		for _, n := range sc.assigned {
			if sc.isLocal(n) {
				u.local(n)
			}
		}
	}
	for _, n := range sc.cells {
		u.derefs[n] = len(code.CellVars)
		code.CellVars = append(code.CellVars, n)
		arg := -1
		for i, p := range sc.params {
			if p == n {
				arg = i
			}
		}
		code.cell2arg = append(code.cell2arg, arg)
	}
	for _, n := range sc.free {
		u.derefs[n] = len(code.CellVars) + len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, n)
	}
	c.u = u
}

func (u *unit) local(n string) int {
	if i, ok := u.locals[n]; ok {
		return i
	}
	i := len(u.code.Locals)
	u.locals[n] = i
	u.code.Locals = append(u.code.Locals, n)
	return i
}

func (c *compiler) leave() *Code {
	code := c.u.code
	c.u = nil
	if c.fused {
		fuse(code)
	}
	return code
}

// emit appends an instruction at the current line and returns its index.
// It is not inlined: the compiler calls it from some 200 places, and its
// inlined copies made the player's download 40 KB bigger.
//
//go:noinline
func (c *compiler) emit(op Opcode, a int) int {
	code := c.u.code
	line := int32(c.u.line)
	if c.hidden {
		line = 0
	}
	code.Instrs = append(code.Instrs, Instr{Op: op, A: int32(a), Line: line})
	code.Lines = append(code.Lines, line)
	if !c.hidden {
		loc := c.u.loc
		if line <= 0 {
			loc = srcLoc{}
		}
		code.Locs = append(code.Locs, loc)
	}
	return len(code.Instrs) - 1
}

func (c *compiler) here() int { return len(c.u.code.Instrs) }

// patch points the jump at index j to the current position.
func (c *compiler) patch(j int) { c.u.code.Instrs[j].A = int32(c.here()) }

func (c *compiler) emitReturnNone() {
	c.synthetic(func() {
		c.loadConst(None)
		c.emit(opReturnValue, 0)
	})
}

func (c *compiler) constIndex(v Value) int {
	var k any
	switch x := v.(type) {
	case *Code:
		k = x
	default:
		k = constKey{fmt.Sprintf("%T", v), v}
	}
	if _, isTuple := v.(*Tuple); isTuple {
		k = v
	}
	if i, ok := c.u.consts[k]; ok {
		return i
	}
	i := len(c.u.code.Consts)
	c.u.consts[k] = i
	c.u.code.Consts = append(c.u.code.Consts, v)
	return i
}

func (c *compiler) loadConst(v Value) { c.emit(opLoadConst, c.constIndex(v)) }

func (c *compiler) name(n string) int {
	if i, ok := c.u.names[n]; ok {
		return i
	}
	i := len(c.u.code.Names)
	c.u.names[n] = i
	c.u.code.Names = append(c.u.code.Names, n)
	return i
}

// lineEvent makes the following instructions belong to the line of p. The
// VM reports a line event when it is about to run an instruction whose line
// differs from the previous one in the frame, or after a backward jump, as
// CPython 3.10+ does (PEP 626).
func (c *compiler) lineEvent(p pyast.Pos) {
	c.u.line = p.Line
}

// synthetic runs emit with no line: compiler-made instructions (jumps back,
// handler bookkeeping, the implicit return) never start a line event.
func (c *compiler) synthetic(emit func()) {
	old := c.u.line
	c.u.line = -1
	emit()
	c.u.line = old
}

// setLine makes the following instructions report line l (tracebacks).
func (c *compiler) setLine(l int) int {
	old := c.u.line
	if l > 0 {
		c.u.line = l
	}
	return old
}

// nativeNames reads a module's __zombielab_native__ = ("name", ...).
func nativeNames(body []pyast.Stmt) map[string]bool {
	for _, st := range body {
		a, ok := st.(*pyast.Assign)
		if !ok || len(a.Targets) != 1 {
			continue
		}
		if n, ok := a.Targets[0].(*pyast.Name); !ok || n.Id != "__zombielab_native__" {
			continue
		}
		t, ok := a.Value.(*pyast.Tuple)
		if !ok {
			continue
		}
		names := map[string]bool{}
		for _, e := range t.Elts {
			if k, ok := e.(*pyast.Constant); ok && k.Kind == pyast.ConstStr {
				names[k.Str] = true
			}
		}
		return names
	}
	return nil
}
