// This file compiles statements. Control flow that leaves a try block
// (return, break, continue) unwinds at compile time, inlining finally bodies
// as CPython 3.9+ does (Python/compile.c, compiler_unwind_fblock).

package pyvm

import (
	"sort"
	"strings"

	"zombielab/sim/pyast"
)

func (c *compiler) stmts(ss []pyast.Stmt) {
	for _, s := range ss {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s pyast.Stmt) {
	defer func(old srcLoc) { c.u.loc = old }(c.at(s))
	switch n := s.(type) {
	case *pyast.ExprStmt:
		c.lineEvent(n.P)
		c.expr(n.X)
		c.emit(opPopTop, 0)
	case *pyast.Assign:
		c.lineEvent(n.P)
		c.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				c.emit(opDupTop, 0)
			}
			c.store(t)
		}
	case *pyast.AugAssign:
		c.lineEvent(n.P)
		c.augAssign(n)
	case *pyast.AnnAssign:
		c.lineEvent(n.P)
		c.annAssign(n)
	case *pyast.If:
		c.lineEvent(n.P)
		c.ifStmt(n)
	case *pyast.While:
		c.whileStmt(n)
	case *pyast.For:
		c.forStmt(n)
	case *pyast.Break:
		c.lineEvent(n.P)
		c.breakOrContinue(n.P, true)
	case *pyast.Continue:
		c.lineEvent(n.P)
		c.breakOrContinue(n.P, false)
	case *pyast.Pass:
		c.lineEvent(n.P)
		c.emit(opNop, 0)
	case *pyast.Return:
		c.lineEvent(n.P)
		c.returnStmt(n)
	case *pyast.FunctionDef:
		c.lineEvent(n.P)
		c.funcDef(n)
	case *pyast.ClassDef:
		c.lineEvent(n.P)
		c.classDef(n)
	case *pyast.Try:
		c.tryStmt(n)
	case *pyast.Raise:
		c.lineEvent(n.P)
		c.raiseStmt(n)
	case *pyast.Assert:
		c.lineEvent(n.P)
		c.assertStmt(n)
	case *pyast.Import:
		c.lineEvent(n.P)
		c.importStmt(n)
	case *pyast.ImportFrom:
		c.lineEvent(n.P)
		c.importFrom(n)
	case *pyast.Global, *pyast.Nonlocal:
	case *pyast.Delete:
		c.lineEvent(n.P)
		for _, t := range n.Targets {
			c.del(t)
		}
	case *pyast.With:
		c.lineEvent(n.P)
		c.withStmt(n, 0)
	default:
		c.unsupported(s.Position(), "this statement")
	}
}

func (c *compiler) augAssign(n *pyast.AugAssign) {
	op, ok := binopByName[n.Op]
	if !ok {
		c.unsupported(n.P, "operator "+n.Op+"=")
		return
	}
	// Loading and storing the target have its range, the operation the
	// statement's (compiler_augassign, 3.11+).
	stmt, target := c.u.loc, locOf(n.Target)
	switch t := n.Target.(type) {
	case *pyast.Name:
		c.u.loc = target
		c.loadName(t.Id)
		c.u.loc = stmt
		c.expr(n.Value)
		c.emit(opInplace, int(op))
		c.u.loc = target
		c.storeName(t.Id)
	case *pyast.Attribute:
		c.u.loc = target
		c.expr(t.X)
		c.emit(opDupTop, 0)
		c.emitAt(c.attrAt(target, t), opLoadAttr, c.name(t.Attr))
		c.u.loc = stmt
		c.expr(n.Value)
		c.emit(opInplace, int(op))
		c.u.loc = target
		c.emit(opRotTwo, 0)
		c.emit(opStoreAttr, c.name(t.Attr))
	case *pyast.Subscript:
		c.u.loc = target
		c.expr(t.X)
		c.subscriptIndex(t.Index)
		c.emit(opDupTop2, 0)
		c.emit(opLoadSubscr, 0)
		c.u.loc = stmt
		c.expr(n.Value)
		c.emit(opInplace, int(op))
		c.u.loc = target
		c.emit(opRotThree, 0)
		c.emit(opStoreSubscr, 0)
	default:
		c.errorf(n.P, "illegal expression for augmented assignment")
	}
}

// annAssign compiles `target: annotation [= value]` (compile.c,
// compiler_annassign, 3.8–3.13): the value is stored first; in a module or
// class body the annotation of a plain name is then evaluated (or, under
// `from __future__ import annotations`, written as a string) into
// __annotations__. A function body never evaluates annotations. Without a
// value, an attribute or subscript target's object is still evaluated.
func (c *compiler) annAssign(n *pyast.AnnAssign) {
	if n.Value != nil {
		c.expr(n.Value)
		c.store(n.Target)
	}
	namespace := c.u.code.Kind != kindFunction
	if t, ok := n.Target.(*pyast.Name); ok {
		if namespace {
			c.annotation(n.Annotation)
			c.loadName("__annotations__")
			c.loadConst(Str(t.Id))
			c.emit(opStoreSubscr, 0)
		}
		return
	}
	if n.Value == nil {
		switch t := n.Target.(type) {
		case *pyast.Attribute:
			c.expr(t.X)
			c.emit(opPopTop, 0)
		case *pyast.Subscript:
			c.expr(t.X)
			c.emit(opPopTop, 0)
			c.expr(t.Index)
			c.emit(opPopTop, 0)
		}
	}
	if namespace && !c.futureAnnotations {
		c.expr(n.Annotation)
		c.emit(opPopTop, 0)
	}
}

// annotation pushes an annotation's value: the expression, or its source
// text under `from __future__ import annotations` (PEP 563).
func (c *compiler) annotation(e pyast.Expr) {
	if c.futureAnnotations {
		c.loadConst(Str(pyast.Unparse(e)))
		return
	}
	c.expr(e)
}

// setupAnnotations creates __annotations__ at the start of a module or
// class body that annotates a name anywhere outside nested scopes
// (compile.c, find_ann and SETUP_ANNOTATIONS).
func (c *compiler) setupAnnotations(body []pyast.Stmt) {
	found := false
	for _, s := range body {
		pyast.Inspect(s, func(n pyast.Node) bool {
			switch n.(type) {
			case *pyast.AnnAssign:
				found = true
			case *pyast.FunctionDef, *pyast.ClassDef, pyast.Expr:
				return false
			}
			return !found
		})
	}
	if found {
		c.synthetic(func() { c.emit(opSetupAnnotations, 0) })
	}
}

// hasFutureAnnotations reports `from __future__ import annotations` among
// the future imports that open a module.
func hasFutureAnnotations(body []pyast.Stmt) bool {
	for i, s := range body {
		if i == 0 {
			if es, ok := s.(*pyast.ExprStmt); ok {
				if k, ok := es.X.(*pyast.Constant); ok && k.Kind == pyast.ConstStr {
					continue // the docstring
				}
			}
		}
		imp, ok := s.(*pyast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

func (c *compiler) ifStmt(n *pyast.If) {
	c.expr(n.Test)
	jf := c.emit(opPopJumpIfFalse, 0)
	c.stmts(n.Body)
	if len(n.Else) == 0 {
		c.patch(jf)
		return
	}
	var je int
	c.synthetic(func() { je = c.emit(opJump, 0) })
	c.patch(jf)
	c.stmts(n.Else)
	c.patch(je)
}

func (c *compiler) whileStmt(n *pyast.While) {
	c.lineEvent(n.P)
	jf := -1
	var top int
	if k, ok := n.Test.(*pyast.Constant); ok && constTrue(k) {
		// `while True:` has no test. 3.11+ keep a NOP on its line that
		// every iteration passes; 3.8's peephole optimiser drops the line.
		top = c.here()
		if c.version.AtLeast(3, 11) {
			c.emit(opNop, 0)
		}
	} else {
		top = c.here()
		c.expr(n.Test)
		jf = c.emit(opPopJumpIfFalse, 0)
	}
	fb := c.pushBlock(fbWhile, top)
	c.stmts(n.Body)
	c.synthetic(func() { c.emit(opJump, top) })
	c.popBlock()
	if jf >= 0 {
		c.patch(jf)
	}
	c.stmts(n.Else)
	for _, b := range fb.breaks {
		c.patch(b)
	}
}

func (c *compiler) forStmt(n *pyast.For) {
	c.lineEvent(n.P)
	c.expr(n.Iter)
	// 3.13 gives getting the iterator and each next() the iterable's
	// range; before, the statement's.
	loc := c.u.loc
	if c.version.AtLeast(3, 13) {
		loc = locOf(n.Iter)
	}
	c.emitAt(loc, opGetIter, 0)
	top := c.here()
	fi := c.emitAt(loc, opForIter, 0)
	c.store(n.Target)
	fb := c.pushBlock(fbFor, top)
	c.stmts(n.Body)
	c.synthetic(func() { c.emit(opJump, top) })
	c.popBlock()
	c.patch(fi)
	c.stmts(n.Else)
	for _, b := range fb.breaks {
		c.patch(b)
	}
}

func (c *compiler) pushBlock(k fblockKind, start int) *fblock {
	fb := &fblock{kind: k, loopStart: start}
	c.u.fblocks = append(c.u.fblocks, fb)
	return fb
}

func (c *compiler) popBlock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwind emits the exit code of one fblock; preserveTop keeps a return
// value on top of the stack.
func (c *compiler) unwind(fb *fblock, preserveTop bool) {
	if fb.kind == fbWith {
		c.synthetic(func() { c.emit(opPopBlock, 0) })
		c.withExitLine(fb.line, func() {
			if preserveTop {
				c.emit(opRotTwo, 0)
			}
			c.callExitNone()
		})
		return
	}
	if fb.kind == fbTryFinally {
		c.synthetic(func() { c.emit(opPopBlock, 0) })
		// The finally body runs with the fblock gone, as in CPython.
		saved := c.u.fblocks
		c.u.fblocks = c.u.fblocks[:indexOf(c.u.fblocks, fb)]
		c.stmts(fb.finally)
		c.u.fblocks = saved
		return
	}
	c.synthetic(func() { c.unwindBookkeeping(fb, preserveTop) })
}

func (c *compiler) unwindBookkeeping(fb *fblock, preserveTop bool) {
	switch fb.kind {
	case fbFor:
		if preserveTop {
			c.emit(opRotTwo, 0)
		}
		c.emit(opPopIter, 0)
	case fbTryExcept:
		c.emit(opPopBlock, 0)
	case fbHandler:
		c.emit(opPopExcept, 0)
	case fbFinallyExc:
		c.emit(opPopExcept, 0)
		if preserveTop {
			c.emit(opRotTwo, 0)
		}
		c.emit(opPopTop, 0)
	}
}

func indexOf(fbs []*fblock, fb *fblock) int {
	for i, x := range fbs {
		if x == fb {
			return i
		}
	}
	return len(fbs)
}

func (c *compiler) breakOrContinue(p pyast.Pos, isBreak bool) {
	withExit := c.unwindsWith(true)
	if withExit || isBreak {
		// The break/continue line is an event before __exit__ runs or a
		// dropped generator is closed (compile.c, compiler_break: a NOP
		// "to mark the line"), and the jump after an exit call has no
		// line of its own.
		c.emit(opNop, 0)
	}
	jump := func(target int) int {
		if !withExit {
			return c.emit(opJump, target)
		}
		var j int
		c.synthetic(func() { j = c.emit(opJump, target) })
		return j
	}
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		fb := c.u.fblocks[i]
		if fb.kind == fbWhile || fb.kind == fbFor {
			if isBreak {
				c.unwind(fb, false)
				fb.breaks = append(fb.breaks, jump(0))
			} else {
				jump(fb.loopStart)
			}
			return
		}
		c.unwind(fb, false)
	}
	if isBreak {
		c.errorf(p, "'break' outside loop")
	} else {
		c.errorf(p, "'continue' not properly in loop")
	}
}

func (c *compiler) returnStmt(n *pyast.Return) {
	if c.u.code.Kind != kindFunction {
		c.errorf(n.P, "'return' outside function")
		return
	}
	if n.Value != nil {
		c.expr(n.Value)
	} else {
		c.loadConst(None)
	}
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		c.unwind(c.u.fblocks[i], true)
	}
	if c.unwindsWith(false) && c.version.AtLeast(3, 10) {
		// After a with's __exit__, RETURN_VALUE has no line of its own
		// (compile.c 3.11, compiler_unwind_fblock: UNSET_LOC after the
		// exit call), so the return line is not reported again.
		c.synthetic(func() { c.emit(opReturnValue, 0) })
		return
	}
	c.emit(opReturnValue, 0)
}

// unwindsWith reports whether leaving the current blocks (up to the
// innermost loop if toLoop, else all of them) runs a with's __exit__.
func (c *compiler) unwindsWith(toLoop bool) bool {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		switch c.u.fblocks[i].kind {
		case fbWith:
			return true
		case fbWhile, fbFor:
			if toLoop {
				return false
			}
		}
	}
	return false
}

func (c *compiler) tryStmt(n *pyast.Try) {
	c.lineEvent(n.P)
	// The `try:` line is a step of its own (a NOP in CPython 3.11).
	c.emit(opNop, 0)
	if len(n.Finally) == 0 {
		c.tryExcept(n)
		return
	}
	setup := c.emit(opSetupFinally, 0)
	fb := c.pushBlock(fbTryFinally, 0)
	fb.finally = n.Finally
	if len(n.Handlers) > 0 {
		c.tryExcept(n)
	} else {
		c.stmts(n.Body)
	}
	c.popBlock()
	c.synthetic(func() { c.emit(opPopBlock, 0) })
	c.stmts(n.Finally)
	var end int
	c.synthetic(func() {
		end = c.emit(opJump, 0)
		// The exception path: the exception is on the stack.
		c.patch(setup)
		c.emit(opPushExc, 0)
	})
	c.pushBlock(fbFinallyExc, 0)
	c.stmts(n.Finally)
	c.popBlock()
	c.synthetic(func() { c.emit(opReraise, 0) })
	c.patch(end)
}

func (c *compiler) tryExcept(n *pyast.Try) {
	setup := c.emit(opSetupExcept, 0)
	c.pushBlock(fbTryExcept, 0)
	c.stmts(n.Body)
	c.popBlock()
	c.synthetic(func() { c.emit(opPopBlock, 0) })
	c.stmts(n.Else)
	var ends []int
	c.synthetic(func() {
		ends = append(ends, c.emit(opJump, 0))
		c.patch(setup)
		c.emit(opPushExc, 0)
	})
	for i, h := range n.Handlers {
		c.lineEvent(h.P)
		next := -1
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(opExcMatch, 0)
			next = c.emit(opPopJumpIfFalse, 0)
		} else if i != len(n.Handlers)-1 {
			c.errorf(h.P, "default 'except:' must be last")
		}
		if h.Name != "" {
			c.storeName(h.Name)
		} else {
			c.emit(opPopTop, 0)
		}
		c.pushBlock(fbHandler, 0)
		c.stmts(h.Body)
		c.popBlock()
		c.synthetic(func() {
			c.emit(opPopExcept, 0)
			if h.Name != "" {
				// CPython deletes the name at the end of the clause (PEP 3110).
				c.loadConst(None)
				c.storeName(h.Name)
				c.delName(h.Name)
			}
			ends = append(ends, c.emit(opJump, 0))
		})
		if next >= 0 {
			c.patch(next)
		}
	}
	c.synthetic(func() { c.emit(opReraise, 0) })
	for _, e := range ends {
		c.patch(e)
	}
}

// withStmt compiles item i of a with statement and, inside it, the next
// items and the body: `with a, b:` is `with a: with b:` (Python/compile.c,
// compiler_with). The stack under the body holds the bound __exit__; an
// exception in the body calls __exit__(type, exc, tb) with the exception
// being handled, and a true result suppresses it.
func (c *compiler) withStmt(n *pyast.With, i int) {
	item := n.Items[i]
	c.expr(item.Context)
	// 3.13 gives looking up and calling __enter__ the context's range;
	// before, the statement's.
	loc := c.u.loc
	if c.version.AtLeast(3, 13) {
		loc = locOf(item.Context)
	}
	c.emitAt(loc, opBeforeWith, 0)
	c.emitAt(loc, opCall, 0) // __enter__ runs as a frame: its lines are steps
	setup := c.emit(opSetupWith, 0)
	fb := c.pushBlock(fbWith, 0)
	fb.line = n.P.Line
	if item.Target != nil {
		c.store(item.Target)
	} else {
		c.emit(opPopTop, 0)
	}
	if i+1 < len(n.Items) {
		c.withStmt(n, i+1)
	} else {
		c.stmts(n.Body)
	}
	c.popBlock()
	c.synthetic(func() { c.emit(opPopBlock, 0) })
	// 3.13 gives calling __exit__ the context's range too.
	defer func(old srcLoc) { c.u.loc = old }(c.u.loc)
	c.u.loc = loc
	c.withExitLine(n.P.Line, c.callExitNone)
	var end int
	c.synthetic(func() {
		end = c.emit(opJump, 0)
		c.patch(setup)
		c.emit(opPushExc, 0)
	})
	c.withExitLine(n.P.Line, func() {
		c.emit(opWithExcArgs, 0)
		c.emit(opCall, 3)
		keep := c.emit(opPopJumpIfTrue, 0)
		c.emit(opReraise, 0)
		c.patch(keep)
		c.emit(opPopExcept, 0)
		c.emit(opPopTop, 0)
		c.emit(opPopTop, 0)
	})
	c.patch(end)
}

// callExitNone calls the __exit__ on top of the stack with three Nones and
// drops its result.
func (c *compiler) callExitNone() {
	for range 3 {
		c.loadConst(None)
	}
	c.emit(opCall, 3)
	c.emit(opPopTop, 0)
}

// withExitLine emits the call of __exit__ on the with statement's line from
// 3.10 (PEP 626: a settrace tracer sees that line again when the body ends,
// by falling off its end, break, continue, return or an exception); 3.8
// gives the call no line of its own.
func (c *compiler) withExitLine(line int, emit func()) {
	if !c.version.AtLeast(3, 10) {
		c.synthetic(emit)
		return
	}
	old := c.u.line
	c.u.line = line
	emit()
	c.u.line = old
}

func (c *compiler) raiseStmt(n *pyast.Raise) {
	if n.Exc == nil {
		c.emit(opRaise, 0)
		return
	}
	c.expr(n.Exc)
	if n.Cause != nil {
		c.expr(n.Cause)
		c.emit(opRaise, 2)
		return
	}
	c.emit(opRaise, 1)
}

func (c *compiler) assertStmt(n *pyast.Assert) {
	c.expr(n.Test)
	j := c.emit(opPopJumpIfTrue, 0)
	// The raise's range: 3.11 keeps the last comparison's from the jump
	// (lastCompare), 3.12 the statement's, 3.13 takes the test's.
	if cmp := lastCompare(n.Test); cmp != nil && c.version == Py311 {
		defer func(old srcLoc) { c.u.loc = old }(c.at(cmp))
	} else if c.version.AtLeast(3, 13) {
		defer func(old srcLoc) { c.u.loc = old }(c.at(n.Test))
	}
	c.emit(opLoadAssertion, 0)
	if n.Msg != nil {
		c.expr(n.Msg)
		c.emit(opCall, 1)
	}
	c.emit(opRaise, 1)
	c.patch(j)
}

func (c *compiler) checkModule(p pyast.Pos, name string) {
	if why, pending := PendingModules[strings.SplitN(name, ".", 2)[0]]; pending && c.modules != nil {
		c.errorf(p, "module '%s' is not supported by the simulator yet: %s", name, why)
		return
	}
	if c.modules != nil && !c.modules(name) && cpythonHasModule(name, c.version.Minor) {
		c.errorf(p, "module '%s' is not supported by the simulator (supported: %s)", name, strings.Join(nativeModuleNames(), ", "))
	}
	// A module CPython's standard library lacks (numpy, a file the
	// program does not have): ModuleNotFoundError when the import runs,
	// as a CPython without it raises, which `except ImportError` catches.
}

func (c *compiler) importStmt(n *pyast.Import) {
	for _, a := range n.Names {
		c.checkModule(a.P, a.Name)
		c.emit(opImportName, c.name(a.Name))
		if a.AsName != "" && strings.Contains(a.Name, ".") {
			// `import a.b as c` binds the submodule itself.
			for _, part := range strings.Split(a.Name, ".")[1:] {
				c.emit(opLoadAttr, c.name(part))
			}
		}
		c.storeName(importBinding(a))
	}
}

func (c *compiler) importFrom(n *pyast.ImportFrom) {
	if n.Level > 0 {
		c.unsupported(n.P, "relative import")
		return
	}
	c.checkModule(n.P, n.Module)
	// `from m import x` needs m itself, not its top package.
	c.emit(opImportName, c.name("."+n.Module))
	for _, a := range n.Names {
		if a.Name == "*" {
			c.unsupported(a.P, "from ... import *")
			return
		}
		c.emit(opImportFrom, c.name(a.Name))
		if a.AsName != "" {
			c.storeName(a.AsName)
		} else {
			c.storeName(a.Name)
		}
	}
	c.emit(opPopTop, 0)
}

// decorators evaluates the decorator expressions, outermost first, before
// the def or class they apply to (compile.c, compiler_decorators). Before
// 3.9 the grammar allowed only a dotted name with an optional call (PEP 614).
func (c *compiler) decorators(ds []pyast.Expr) {
	for _, d := range ds {
		if !c.version.AtLeast(3, 9) && !dottedDecorator(d) {
			c.errorf(d.Position(), "invalid syntax (before Python 3.9 a decorator is a dotted name with an optional call: PEP 614)")
		}
		c.expr(d)
	}
}

// dottedDecorator reports the decorator forms of Python 3.8's grammar:
// name, name.attr..., optionally called.
func dottedDecorator(d pyast.Expr) bool {
	if call, ok := d.(*pyast.Call); ok {
		d = call.Func
	}
	for {
		switch x := d.(type) {
		case *pyast.Name:
			return true
		case *pyast.Attribute:
			d = x.X
		default:
			return false
		}
	}
}

// applyDecorators calls the decorators innermost first; from 3.11 each call
// belongs to its decorator's line, so CPython reports that line again.
func (c *compiler) applyDecorators(ds []pyast.Expr) {
	old := c.u.line
	for i := len(ds) - 1; i >= 0; i-- {
		if c.version.AtLeast(3, 11) {
			c.u.line = ds[i].Position().Line
		}
		oldLoc := c.at(ds[i]) // the call has the decorator's range
		c.emit(opCall, 1)
		c.u.loc = oldLoc
	}
	c.u.line = old
}

func (c *compiler) qual(name string) string {
	if c.u.code.Kind == kindModule {
		return name
	}
	if c.u.code.Kind == kindFunction {
		return c.u.qualname + ".<locals>." + name
	}
	return c.u.qualname + "." + name
}

func (c *compiler) funcDef(n *pyast.FunctionDef) {
	c.decorators(n.Decorators)
	c.function(n, n.Name, n.Args, n.Body, nil)
	c.applyDecorators(n.Decorators)
	c.storeName(n.Name)
}

func (c *compiler) classDef(n *pyast.ClassDef) {
	for _, k := range n.Keywords {
		if k.Name == "" {
			c.unsupported(k.P, "**kwargs in a class statement")
		}
	}
	c.decorators(n.Decorators)
	sc := c.st.scopes[n]
	outer := c.u
	qual := c.qual(n.Name)
	// A decorated class's code starts at its first decorator (compile.c,
	// compiler_class: firstlineno), where the body's first line event is.
	first := n.P.Line
	if len(n.Decorators) > 0 {
		first = n.Decorators[0].Position().Line
	}
	c.enter(sc, n.Name, kindClass, first, qual)
	c.emit(opLoadName, c.name("__name__"))
	c.emit(opStoreName, c.name("__module__"))
	c.loadConst(Str(qual))
	c.emit(opStoreName, c.name("__qualname__"))
	static := c.version.AtLeast(3, 13)
	if static {
		// 3.13's compiler stores the class statement's first line and,
		// at the end, the attributes its methods set on self
		// (compile.c, compiler_class_body).
		c.loadConst(mkInt(int64(first)))
		c.emit(opStoreName, c.name("__firstlineno__"))
		c.static = append(c.static, map[string]bool{})
	}
	c.setupAnnotations(n.Body)
	body := n.Body
	if doc, ok := docstring(body); ok {
		// The docstring is stored as __doc__ on its own line (compile.c,
		// compiler_body).
		c.lineEvent(body[0].Position())
		c.loadConst(Str(doc))
		c.storeName("__doc__")
		body = body[1:]
	}
	c.stmts(body)
	if static {
		var names []string
		for n := range c.static[len(c.static)-1] {
			names = append(names, n)
		}
		sort.Strings(names)
		c.static = c.static[:len(c.static)-1]
		c.synthetic(func() {
			for _, n := range names {
				c.loadConst(Str(n))
			}
			c.emit(opBuildTuple, len(names))
			c.emit(opStoreName, c.name("__static_attributes__"))
		})
	}
	c.emitReturnNone()
	code := c.leave()
	c.u = outer
	c.makeFunction(code, qual, 0)
	c.loadConst(Str(n.Name))
	for _, b := range n.Bases {
		c.expr(b)
	}
	c.emit(opBuildTuple, len(n.Bases))
	// Keyword arguments (metaclass=M, those __init_subclass__ takes):
	// their values, then a tuple of their names.
	var names []Value
	for _, k := range n.Keywords {
		c.expr(k.Value)
		names = append(names, Str(k.Name))
	}
	if len(names) > 0 {
		c.loadConst(newTuple(names))
	}
	c.emit(opBuildClass, len(names))
	c.applyDecorators(n.Decorators)
	c.storeName(n.Name)
}

func constTrue(k *pyast.Constant) bool {
	switch k.Kind {
	case pyast.ConstBool:
		return k.Bool
	case pyast.ConstInt:
		return k.Int != 0
	}
	return false
}

// docstring is the string constant a body opens with, if any.
func docstring(body []pyast.Stmt) (string, bool) {
	if len(body) > 0 {
		if es, ok := body[0].(*pyast.ExprStmt); ok {
			if k, ok := es.X.(*pyast.Constant); ok && k.Kind == pyast.ConstStr {
				return k.Str, true
			}
		}
	}
	return "", false
}

// skipDocstring drops a docstring that is not the whole body (a lone one
// still runs: its line is a step).
func skipDocstring(body []pyast.Stmt) []pyast.Stmt {
	if _, ok := docstring(body); ok && len(body) > 1 {
		return body[1:]
	}
	return body
}

// functionAnnotations pushes a dict of a def's annotations, parameter by
// parameter then "return", when it has any (compile.c,
// compiler_visit_annotations: evaluated at the def, in this order, from
// 3.8 to 3.13).
func (c *compiler) functionAnnotations(args *pyast.Arguments, node pyast.Node) bool {
	var ps []*pyast.Arg
	ps = append(ps, args.PosOnly...)
	ps = append(ps, args.Args...)
	if args.Vararg != nil {
		ps = append(ps, args.Vararg)
	}
	ps = append(ps, args.KwOnly...)
	if args.Kwarg != nil {
		ps = append(ps, args.Kwarg)
	}
	n := 0
	for _, p := range ps {
		if p.Annotation != nil {
			c.loadConst(Str(p.Name))
			c.annotation(p.Annotation)
			n++
		}
	}
	if d, ok := node.(*pyast.FunctionDef); ok && d.Returns != nil {
		c.loadConst(Str("return"))
		c.annotation(d.Returns)
		n++
	}
	if n == 0 {
		return false
	}
	c.emit(opBuildMap, n)
	return true
}

// function compiles a def or lambda body (expr for lambda) and leaves the
// function object on the stack.
func (c *compiler) function(node pyast.Node, name string, args *pyast.Arguments, body []pyast.Stmt, expr pyast.Expr) {
	flags := 0
	if args != nil && len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(opBuildTuple, len(args.Defaults))
		flags |= 1
	}
	if args != nil && hasKwDefaults(args) {
		nk := 0
		for i, d := range args.KwDefaults {
			if d != nil {
				c.loadConst(Str(args.KwOnly[i].Name))
				c.expr(d)
				nk++
			}
		}
		c.emit(opBuildMap, nk)
		flags |= 2
	}
	if args != nil && expr == nil && c.functionAnnotations(args, node) {
		flags |= 8
	}
	sc := c.st.scopes[node]
	outer := c.u
	qual := c.qual(name)
	// A library function that stands for one CPython writes in C runs
	// without line events or traceback entries, as C code has none.
	hidden := c.hidden
	if outer.code.Kind == kindModule && c.native[name] {
		c.hidden = true
	}
	c.enter(sc, name, kindFunction, node.Position().Line, qual)
	if args != nil {
		c.u.code.NumPosOnly = len(args.PosOnly)
		c.u.code.NumPos = len(args.PosOnly) + len(args.Args)
		c.u.code.NumKwOnly = len(args.KwOnly)
		c.u.code.Vararg = args.Vararg != nil
		c.u.code.Kwarg = args.Kwarg != nil
	}
	if expr != nil {
		c.u.line = expr.Position().Line
		c.expr(expr)
		c.emit(opReturnValue, 0)
	} else {
		if doc, ok := docstring(body); ok {
			c.u.code.HasDoc, c.u.code.Doc = true, doc
		}
		c.stmts(skipDocstring(body))
		c.emitReturnNone()
	}
	code := c.leave()
	c.u = outer
	c.hidden = hidden
	c.makeFunction(code, qual, flags)
}

func hasKwDefaults(a *pyast.Arguments) bool {
	for _, d := range a.KwDefaults {
		if d != nil {
			return true
		}
	}
	return false
}

// makeFunction emits the closure tuple (if any), the code and MAKE_FUNCTION.
func (c *compiler) makeFunction(code *Code, qual string, flags int) {
	if len(code.FreeVars) > 0 {
		for _, fv := range code.FreeVars {
			i, ok := c.u.derefs[fv]
			if !ok {
				c.errorf(pyast.Pos{Line: code.FirstLine, Col: 1}, "internal error: free variable %s not found", fv)
				continue
			}
			c.emit(opLoadClosure, i)
		}
		c.emit(opBuildTuple, len(code.FreeVars))
		flags |= 4
	}
	c.loadConst(code)
	c.loadConst(Str(qual))
	c.emit(opMakeFunction, flags)
}
