// This file is the dispatch loop. It runs the frames above base until a line
// event, a blocking host call, the process exit, the budget, or (for a
// nested call from Go) the return of the base frame.

package pyvm

import (
	"errors"
	"math"
)

// errExited unwinds Go code after the process called Host.Exit.
var errExited = errors.New("pyvm: process exited")

// exec is the interpreter loop. budget <= 0 means unlimited.
func (in *Interp) exec(base, budget int) (Stop, Value, error) {
	if budget <= 0 {
		budget = math.MaxInt
	}
	left := budget // instructions until StopBudget
	// f is the top frame, kept across instructions that can change neither
	// the frames, the thread, the process's phase nor its signals (they end
	// with continue); any other instruction sets it to nil, and the checks
	// below run again before the next one.
	var f *Frame
	var instrs []Instr
	charge := false
	for {
		if f == nil {
			if in.phase == phaseExited {
				return StopExited, nil, errExited
			}
			if in.sigPending && in.syncDepth == 0 && len(in.t.frames) > base && in.t == in.threads[0] {
				if err := in.takeSignal(); err != nil {
					if stop, done, e := in.handleError(in.t.frames[len(in.t.frames)-1], base, err); done {
						return stop, nil, e
					}
				}
				continue
			}
			f = in.t.frames[len(in.t.frames)-1]
			instrs = f.code.Instrs
			// Code called back from Go, and hidden code (a library
			// module CPython writes in C, the userland's programs), has
			// no line stops: its instructions are the work the step cap
			// counts.
			charge = (in.syncDepth > 0 || f.code.Hidden) && in.work.on
		}
		if left--; left < 0 {
			return StopBudget, nil, nil
		}
		if charge {
			if err := in.spend(1); err != nil {
				return StopCapped, nil, err
			}
		}
		ins := instrs[f.ip]
		if ln := ins.Line; ln != f.lastLine && ln > 0 {
			f.lastLine = ln
			if in.syncDepth == 0 {
				if in.lineHook == nil {
					return StopLine, nil, nil
				}
				switch in.lineHook() {
				case LineStop:
					return StopLine, nil, nil
				case LineDone:
					return StopLineDone, nil, nil
				}
				// The same line, run now: everything is looked at again
				// (the hook may have run finalizers).
				left, f = budget, nil
				continue
			}
		}
		f.ip++
		var err error
		switch ins.Op {
		case opNop:
			continue
		case opLoadConst:
			f.stack = append(f.stack, f.code.Consts[ins.A])
			continue
		case opFastCmpJump, opFastOpConst:
			// Fused instructions (fuse.go) with ints; else LOAD_FAST.
			if x, ok := f.locals[ins.A].(Int); ok && left >= 3 && !charge {
				if ins.Op == opFastCmpJump {
					f.cmpJump(instrs, x)
					left -= 3
					continue
				}
				if r, ok := f.opConst(instrs, x); ok {
					f.locals[instrs[f.ip+2].A] = mkInt(r)
					f.ip += 3
					left -= 3
					continue
				}
			}
			fallthrough
		case opLoadFast:
			v := f.locals[ins.A]
			if v == nil {
				err = in.unboundLocal(f.code.Locals[ins.A])
				break
			}
			f.stack = append(f.stack, v)
			continue
		case opStoreFast:
			f.locals[ins.A] = f.stack[len(f.stack)-1]
			f.stack = f.stack[:len(f.stack)-1]
			continue
		case opDeleteFast:
			if f.locals[ins.A] == nil {
				err = in.unboundLocal(f.code.Locals[ins.A])
			}
			f.locals[ins.A] = nil
		case opLoadDeref:
			v := f.cells[ins.A].v
			if v == nil {
				err = raisef(nameErrorClass, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", f.derefName(int(ins.A)))
				break
			}
			f.push(v)
		case opStoreDeref:
			f.cells[ins.A].v = f.pop()
		case opLoadClosure:
			f.push(f.cells[ins.A])
		case opLoadGlobal:
			if v, ok := f.globals.getStrAt(f.code.Names[ins.A], f.code.slot(f.ip-1)); ok {
				f.stack = append(f.stack, v)
				continue
			}
			err = in.loadGlobal(f, f.code.Names[ins.A])
		case opStoreGlobal:
			f.globals.setStrAt(f.code.Names[ins.A], f.pop(), f.code.slot(f.ip-1))
			continue
		case opDeleteGlobal:
			err = in.deleteName(f.globals, f.code.Names[ins.A])
		case opNameCmpJump, opNameOpConst:
			// Fused instructions (fuse.go) with ints; else LOAD_NAME.
			if v, ok := f.ns.getStrAt(f.code.Names[ins.A], f.code.slot(f.ip-1)); ok && left >= 3 && !charge {
				if x, ok := v.(Int); ok {
					if ins.Op == opNameCmpJump {
						f.cmpJump(instrs, x)
						left -= 3
						continue
					}
					if r, ok := f.opConst(instrs, x); ok {
						f.ns.setStrAt(f.code.Names[instrs[f.ip+2].A], mkInt(r), f.code.slot(f.ip+2))
						f.ip += 3
						left -= 3
						continue
					}
				}
			}
			fallthrough
		case opLoadName:
			if v, ok := f.ns.getStrAt(f.code.Names[ins.A], f.code.slot(f.ip-1)); ok {
				f.stack = append(f.stack, v)
				continue
			}
			err = in.loadName(f, f.code.Names[ins.A])
		case opStoreName:
			f.ns.setStrAt(f.code.Names[ins.A], f.pop(), f.code.slot(f.ip-1))
			continue
		case opDeleteName:
			err = in.deleteName(f.ns, f.code.Names[ins.A])
		case opLoadAttr:
			err = in.opLoadAttr(f, f.code.Names[ins.A])
		case opLoadMethod:
			err = in.opLoadMethod(f, f.code.Names[ins.A])
		case opStoreAttr:
			err = in.execStoreAttrAt(f.pop(), f.code.Names[ins.A], f.pop(), f.code.attrSlot(f.ip-1))
		case opDeleteAttr:
			o := f.pop()
			if pushed, perr := in.dunderFrame(o, "__delattr__", retDiscard, Str(f.code.Names[ins.A])); pushed {
				err = perr
				break
			}
			if deleter := propertyDeleter(o, f.code.Names[ins.A]); deleter != nil {
				// A Python deleter runs as a frame, like a setter.
				var pushed bool
				if _, pushed, err = in.call(deleter, []Value{o}, nil); pushed {
					in.t.frames[len(in.t.frames)-1].ret = retDiscard
				}
				break
			}
			err = in.delAttr(o, f.code.Names[ins.A])
		case opLoadSubscr:
			k := f.pop()
			o := f.pop()
			if pushed, perr := in.dunderFrame(o, "__getitem__", retNormal, k); pushed {
				err = perr
				break
			}
			if x, ok := o.(*Instance); ok && x.mapping != nil {
				if pushed, perr := in.missingFrame(x, k); pushed || perr != nil {
					err = perr
					break
				}
			}
			var v Value
			v, err = in.getItem(o, k)
			if err == nil {
				f.push(v)
			}
		case opStoreSubscr:
			k := f.pop()
			o := f.pop()
			v := f.pop()
			if pushed, perr := in.dunderFrame(o, "__setitem__", retDiscard, k, v); pushed {
				err = perr
				break
			}
			err = in.setItem(o, k, v)
		case opDeleteSubscr:
			k := f.pop()
			o := f.pop()
			if pushed, perr := in.dunderFrame(o, "__delitem__", retDiscard, k); pushed {
				err = perr
				break
			}
			err = in.delItem(o, k)
		case opBuildSlice:
			st := f.pop()
			hi := f.pop()
			lo := f.pop()
			f.push(&Slice{lo, hi, st})
		case opBinary, opInplace:
			b := f.stack[len(f.stack)-1]
			a := f.stack[len(f.stack)-2]
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					if r, ok := intFast(binop(ins.A), x, y); ok {
						f.stack = f.stack[:len(f.stack)-1]
						f.stack[len(f.stack)-1] = mkInt(r)
						continue
					}
				}
			}
			if pushed, perr := in.percentFrame(f, binop(ins.A)); pushed {
				err = perr
				break
			}
			if pushed, perr := in.binopFrame(f, binop(ins.A), ins.Op == opInplace); pushed {
				err = perr
				break
			}
			var r Value
			r, err = in.binary(binop(ins.A), a, b, ins.Op == opInplace)
			if err == nil {
				f.stack = f.stack[:len(f.stack)-1]
				f.stack[len(f.stack)-1] = r
			}
		case opUnary:
			var r Value
			r, err = in.unary(unop(ins.A), f.top())
			if err == nil {
				f.stack[len(f.stack)-1] = r
			}
		case opCompare:
			b := f.stack[len(f.stack)-1]
			a := f.stack[len(f.stack)-2]
			var r Value
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok && ins.A <= int32(cmpGe) {
					r = mkBool(intCompare(cmpop(ins.A), x, y))
					f.stack = f.stack[:len(f.stack)-1]
					f.stack[len(f.stack)-1] = r
					continue
				}
			}
			if g, ok := b.(*Generator); ok && (ins.A == int32(cmpIn) || ins.A == int32(cmpNotIn)) && in.runnableGen(g) {
				err = in.containsGen(f, cmpop(ins.A))
				break
			}
			if ins.A == int32(cmpIn) || ins.A == int32(cmpNotIn) {
				ret := retTruth
				if ins.A == int32(cmpNotIn) {
					ret = retNotTruth
				}
				if _, _, ok := pyDunder(b, "__contains__"); ok && in.syncDepth == 0 {
					f.stack = f.stack[:len(f.stack)-2]
					_, err = in.dunderFrame(b, "__contains__", ret, a)
					break
				}
			}
			r, err = in.compare(cmpop(ins.A), a, b)
			if err == nil {
				f.stack = f.stack[:len(f.stack)-1]
				f.stack[len(f.stack)-1] = r
			}
		case opPopTop:
			f.stack = f.stack[:len(f.stack)-1]
			continue
		case opDupTop:
			f.push(f.top())
			continue
		case opDupTop2:
			n := len(f.stack)
			f.stack = append(f.stack, f.stack[n-2], f.stack[n-1])
			continue
		case opRotTwo:
			n := len(f.stack)
			f.stack[n-1], f.stack[n-2] = f.stack[n-2], f.stack[n-1]
			continue
		case opRotThree:
			n := len(f.stack)
			f.stack[n-1], f.stack[n-2], f.stack[n-3] = f.stack[n-2], f.stack[n-3], f.stack[n-1]
			continue
		case opJump:
			f.jump(int(ins.A))
			continue
		case opPopJumpIfFalse, opPopJumpIfTrue:
			v := f.pop()
			if b, ok := v.(Bool); ok {
				if bool(b) == (ins.Op == opPopJumpIfTrue) {
					f.jump(int(ins.A))
				}
				continue
			}
			var t bool
			if t, err = in.truth(v); err != nil {
				break
			}
			if t == (ins.Op == opPopJumpIfTrue) {
				f.jump(int(ins.A))
			}
		case opJumpIfFalseOrPop, opJumpIfTrueOrPop:
			var t bool
			if t, err = in.truth(f.top()); err != nil {
				break
			}
			if t == (ins.Op == opJumpIfTrueOrPop) {
				f.jump(int(ins.A))
			} else {
				f.pop()
			}
		case opGetIter:
			if _, _, ok := pyDunder(f.top(), "__iter__"); ok && in.syncDepth == 0 {
				_, err = in.dunderFrame(f.pop(), "__iter__", retIter)
				break
			}
			var it Value
			it, err = in.getIter(f.top())
			if err == nil {
				f.stack[len(f.stack)-1] = it
			}
		case opForIter:
			if g, ok := f.top().(*Generator); ok {
				err = in.forIterGen(f, g, int(ins.A))
				break
			}
			if pushed, perr := in.forIterFrame(f, int(ins.A)); pushed {
				err = perr
				break
			}
			var v Value
			var ok bool
			v, ok, err = in.next(f.top())
			if err != nil {
				break
			}
			if ok {
				f.push(v)
			} else {
				f.pop()
				f.jump(int(ins.A))
			}
		case opBuildList:
			f.push(newList(f.popN(int(ins.A))))
		case opBuildTuple:
			f.push(newTuple(f.popN(int(ins.A))))
		case opBuildSet:
			s := newSet()
			for _, v := range f.popN(int(ins.A)) {
				if err = s.t.put(v, nil); err != nil {
					break
				}
			}
			f.push(s)
		case opBuildMap:
			items := f.popN(2 * int(ins.A))
			d := newDict()
			for i := 0; i < len(items) && err == nil; i += 2 {
				err = d.t.put(items[i], items[i+1])
			}
			f.push(d)
		case opBuildString:
			err = in.buildString(f, int(ins.A))
		case opListAppend:
			v := f.pop()
			l := f.stack[len(f.stack)-int(ins.A)].(*List)
			l.ownFrom(len(l.items))
			l.items = append(l.items, v)
		case opSetAdd:
			v := f.pop()
			err = f.stack[len(f.stack)-int(ins.A)].(*Set).t.put(v, nil)
		case opMapAdd:
			v := f.pop()
			k := f.pop()
			err = f.stack[len(f.stack)-int(ins.A)].(*Dict).t.put(k, v)
		case opListExtend:
			if drained, e := in.drainTop(f); drained {
				err = e
				break
			}
			it := f.pop()
			var vs []Value
			if vs, err = in.iterate(it); err == nil {
				l := f.top().(*List)
				l.ownFrom(len(l.items))
				l.items = append(l.items, vs...)
			}
		case opSetUpdate:
			if drained, e := in.drainTop(f); drained {
				err = e
				break
			}
			src := f.pop()
			err = in.setUpdate(f.top().(*Set), src)
		case opDictUpdate:
			src := f.pop()
			err = in.dictUpdate(f.top().(*Dict), src)
		case opListToTuple:
			f.stack[len(f.stack)-1] = newTuple(f.top().(*List).items)
		case opUnpackSequence:
			if drained, e := in.drainTop(f); drained {
				err = e
				break
			}
			err = in.unpack(f, int(ins.A), -1)
		case opUnpackEx:
			if drained, e := in.drainTop(f); drained {
				err = e
				break
			}
			err = in.unpack(f, int(ins.A&0xff), int(ins.A>>8))
		case opCall, opCallKw, opCallEx, opCallMethod, opCallMethodKw:
			err = in.opCall(f, ins)
		case opMakeFunction:
			in.makeFunction(f, int(ins.A))
		case opReturnValue:
			v := f.pop()
			if len(in.t.frames)-1 == base && (f.ret == retSync || f.ret == retGen && f.gen.mode == genSync) {
				in.t.frames = in.t.frames[:len(in.t.frames)-1]
				if f.gen != nil {
					f.gen.finish()
				}
				return StopExited, v, nil
			}
			if err = in.returnFrom(f, v); err == nil {
				in.reuseFrame(f)
			}
		case opBuildClass:
			err = in.buildClass(f, int(ins.A))
		case opSetupExcept, opSetupFinally:
			f.blocks = append(f.blocks, block{kind: blockSetup, handler: ins.A, level: int32(len(f.stack))})
			continue
		case opPopBlock:
			f.blocks = f.blocks[:len(f.blocks)-1]
			continue
		case opPushExc:
			exc := f.top()
			f.blocks = append(f.blocks, block{kind: blockHandler, level: int32(len(f.stack) - 1)})
			in.t.handled = append(in.t.handled, exc)
		case opPopExcept:
			f.blocks = f.blocks[:len(f.blocks)-1]
			in.t.handled = in.t.handled[:len(in.t.handled)-1]
		case opReraise:
			err = reraise{f.pop().(*Instance)}
		case opRaise:
			err = in.opRaise(f, int(ins.A))
		case opExcMatch:
			cls := f.pop()
			var ok bool
			ok, err = excMatches(f.top(), cls)
			f.push(mkBool(ok))
		case opImportName:
			err = in.opImportName(f, f.code.Names[ins.A])
		case opImportFrom:
			err = in.opImportFrom(f, f.code.Names[ins.A])
		case opFormatValue:
			err = in.formatValueOp(f, int(ins.A))
		case opLoadAssertion:
			f.push(assertionErrorClass)
		case opBeforeWith:
			err = in.beforeWith(f)
		case opSetupWith:
			f.blocks = append(f.blocks, block{kind: blockSetup, handler: ins.A, level: int32(len(f.stack) - 1)})
		case opWithExcArgs:
			exc := f.stack[len(f.stack)-1]
			f.stack = append(f.stack, f.stack[len(f.stack)-2], typeOf(exc), exc, None)
		case opYieldValue:
			var stop Stop
			var v Value
			var done bool
			if stop, v, done, err = in.yield(f, f.pop(), base); done {
				return stop, v, nil
			}
		case opGetYieldFromIter:
			if _, ok := f.top().(*Generator); !ok {
				var it Value
				if it, err = in.getIter(f.top()); err == nil {
					f.stack[len(f.stack)-1] = it
				}
			}
		case opSetupAnnotations:
			if _, ok := f.ns.getStr("__annotations__"); !ok {
				f.ns.setStr("__annotations__", newDict())
			}
		case opPopIter:
			if g, ok := f.pop().(*Generator); ok {
				err = in.dropGen(g)
			}
		case opYieldFrom:
			var stop Stop
			var v Value
			var done bool
			if stop, v, done, err = in.yieldFrom(f, base); done {
				return stop, v, nil
			}
		default:
			err = raisef(systemErrorClass, "unknown opcode %v", ins.Op)
		}
		if err == nil {
			f = nil
			continue
		}
		stop, done, e := in.handleError(f, base, err)
		if done {
			return stop, nil, e
		}
		f = nil
	}
}

func (f *Frame) jump(t int) {
	if t < f.ip {
		// A backward jump starts a new line event even on the same line
		// (CPython's maybe_call_line_trace: "jumped backwards").
		f.lastLine = -1
	}
	f.ip = t
}

// popN pops n values into a fresh slice.
func (f *Frame) popN(n int) []Value {
	vs := make([]Value, n)
	copy(vs, f.stack[len(f.stack)-n:])
	f.stack = f.stack[:len(f.stack)-n]
	return vs
}

func (f *Frame) derefName(i int) string {
	if i < len(f.code.CellVars) {
		return f.code.CellVars[i]
	}
	return f.code.FreeVars[i-len(f.code.CellVars)]
}

func (in *Interp) unboundLocal(name string) error {
	if in.cfg.Version.AtLeast(3, 11) {
		return raisef(unboundLocalClass, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return raisef(unboundLocalClass, "local variable '%s' referenced before assignment", name)
}

func nameError(name string) error {
	err := raisef(nameErrorClass, "name '%s' is not defined", name)
	err.(*PyError).Exc.exc.setMember("name", Str(name)) // NameError.name, 3.10+
	return err
}

func (in *Interp) loadGlobal(f *Frame, name string) error {
	if v, ok := f.globals.getStr(name); ok {
		f.push(v)
		return nil
	}
	if v, ok := in.builtins.dict.getStr(name); ok {
		f.push(v)
		return nil
	}
	err := in.undefinedName(name)
	if pe, ok := err.(*PyError); ok && pe.Exc.exc != nil {
		pe.Exc.exc.hint, pe.Exc.exc.forgot = in.nameHint(f, name)
	}
	return err
}

// unmodelledBuiltins are CPython's builtins the simulator does not provide,
// with the version that has them first and why they are left out: a
// program that uses one gets a NameError that says so, not one that looks
// like its own mistake.
var unmodelledBuiltins = map[string]struct {
	minor int
	why   string
}{
	"eval": {8, "running code made at run time"}, "exec": {8, "running code made at run time"},
	"compile":    {8, "running code made at run time"},
	"breakpoint": {8, "the simulator has no debugger"}, "help": {8, "interactive help"},
	"memoryview": {8, "memoryview"}, "complex": {8, "complex numbers"},
	"copyright": {8, "interactive banners"}, "credits": {8, "interactive banners"}, "license": {8, "interactive banners"},
	"aiter": {10, "asynchronous iteration"}, "anext": {10, "asynchronous iteration"},
	"EncodingWarning": {10, "EncodingWarning"}, "BaseExceptionGroup": {11, "exception groups"},
	"ExceptionGroup": {11, "exception groups"}, "PythonFinalizationError": {13, "PythonFinalizationError"},
}

// undefinedName is the NameError of a name found nowhere.
func (in *Interp) undefinedName(name string) error {
	if u, ok := unmodelledBuiltins[name]; ok && in.cfg.Version.AtLeast(3, u.minor) {
		return raisef(nameErrorClass, "name '%s' is not defined: CPython's builtin %s is not supported by the simulator (%s)", name, name, u.why)
	}
	return nameError(name)
}

func (in *Interp) loadName(f *Frame, name string) error {
	if v, ok := f.ns.getStr(name); ok {
		f.push(v)
		return nil
	}
	return in.loadGlobal(f, name)
}

func (in *Interp) deleteName(d *Dict, name string) error {
	if _, ok, _ := d.t.del(Str(name)); !ok {
		return nameError(name)
	}
	return nil
}
