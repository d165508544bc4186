// This file implements generators: yield (PEP 255), send, throw and close
// (PEP 342), yield from (PEP 380) and the RuntimeError for a StopIteration
// that escapes a generator (PEP 479). CPython resumes a generator with a
// nested call of its eval loop (Objects/genobject.c, gen_send_ex, 3.11);
// here a generator's frame is pushed on the interpreter's own stack while
// it runs and popped at each yield, so a generator's lines are steps like
// any others, it may block or fork, and a fork in the middle of an
// iteration copies the suspended frame with the rest of the heap. The
// resumer records in the generator's mode where a yielded value, a return
// and an escaping exception go. The builtins that consume a generator do it
// through hidden Python loops (gen_builtins.go); only a generator pulled
// from Go code runs in a nested loop, without line stops, like any Python
// code called back from Go.

package pyvm

type genState uint8

const (
	genCreated   genState = iota // not started: the frame is at its first instruction
	genSuspended                 // stopped at a yield
	genRunning                   // its frame is on the interpreter's stack
	genClosed                    // returned, raised or closed; the frame is gone
)

func (s genState) String() string {
	return [...]string{"created", "suspended", "running", "closed"}[s]
}

type genMode uint8

const (
	genForIter     genMode = iota // FOR_ITER: a yield feeds the loop body, a return ends the loop
	genCall                       // next(), send(), throw(), __next__: a yield is the call's value, a return raises StopIteration
	genCallDefault                // next(g, default): a return gives the default
	genYieldFrom                  // the YIELD_FROM of the generator below: a yield is that generator's, a return the value of `yield from`
	genClose                      // close(): a yield is an error, GeneratorExit or a return give None
	genSync                       // from Go: a nested loop runs until the yield or the return
	genDrop                       // closed because the last reference went: nothing is delivered
)

func (m genMode) String() string {
	return [...]string{"for-iter", "call", "call-default", "yield-from", "close", "sync", "drop"}[m]
}

// raiseIn is an error raised in the frame now on top of the stack, not in
// the one whose instruction returned it: a throw() into a generator whose
// frame was just pushed, or the StopIteration of a generator whose frame was
// just popped.
type raiseIn struct{ err error }

func (r raiseIn) Error() string { return r.err.Error() }

// newGenerator wraps the frame of a call of a generator function.
func newGenerator(fn *Function, f *Frame) *Generator {
	g := &Generator{frame: f, name: fn.name, qualname: fn.qualname}
	f.ret = retGen
	f.gen = g
	return g
}

func (g *Generator) finish() {
	g.state = genClosed
	g.frame = nil
	g.dflt = nil
}

// stopIteration is the exception a generator's return raises: without
// arguments for None (genobject.c, _PyGen_SetStopIterationValue).
func stopIteration(v Value) *PyError {
	if v == None || v == nil {
		return &PyError{newExc(stopIterationClass)}
	}
	return &PyError{newExc(stopIterationClass, v)}
}

// enterGen pushes g's frame to run it; a suspended generator's yield gets
// sent as its value unless an exception is about to be thrown into it.
func (in *Interp) enterGen(g *Generator, sent Value, mode genMode, throwing bool) error {
	switch g.state {
	case genRunning:
		return raisef(valueErrorClass, "generator already executing")
	case genCreated:
		if !throwing && sent != None {
			return newTypeError("can't send non-None value to a just-started generator")
		}
	}
	if err := in.pushFrame(g.frame); err != nil {
		return err
	}
	if g.state == genSuspended && !throwing {
		g.frame.push(sent)
	}
	g.state = genRunning
	g.mode = mode
	return nil
}

// forIterGen is FOR_ITER over a generator: run it until it yields (the
// value lands on f's stack) or returns (genReturned ends the loop).
func (in *Interp) forIterGen(f *Frame, g *Generator, exit int) error {
	if g.state == genClosed {
		f.pop()
		f.jump(exit)
		return nil
	}
	return in.enterGen(g, None, genForIter, false)
}

// yield suspends the generator of frame f, handing v to its resumer. done
// reports that exec must return (a generator run from Go yielded).
func (in *Interp) yield(f *Frame, v Value, base int) (Stop, Value, bool, error) {
	g := f.gen
	in.t.frames = in.t.frames[:len(in.t.frames)-1]
	g.state = genSuspended
	switch g.mode {
	case genSync:
		return StopExited, v, true, nil
	case genYieldFrom:
		// The delegating generator yields the same value; resumed, it
		// runs its YIELD_FROM again, which sends into this one.
		parent := in.t.frames[len(in.t.frames)-1]
		parent.ip--
		return in.yield(parent, v, base)
	case genClose:
		return 0, nil, false, raiseIn{raisef(runtimeErrorClass, "generator ignored GeneratorExit")}
	case genDrop:
		in.unraisable(g, newExc(runtimeErrorClass, Str("generator ignored GeneratorExit")))
		return 0, nil, false, nil
	}
	in.t.frames[len(in.t.frames)-1].push(v)
	return 0, nil, false, nil
}

// genReturned delivers the return value of g, whose frame was just popped.
func (in *Interp) genReturned(g *Generator, v Value) error {
	mode, dflt := g.mode, g.dflt
	g.finish()
	caller := in.t.frames[len(in.t.frames)-1]
	switch mode {
	case genForIter:
		exit := caller.code.Instrs[caller.ip-1].A
		caller.pop()
		caller.jump(int(exit))
	case genCall:
		return raiseIn{stopIteration(v)}
	case genCallDefault:
		caller.push(dflt)
	case genYieldFrom:
		caller.stack[len(caller.stack)-1] = v
	case genClose:
		caller.push(None)
	}
	return nil
}

// dropGen is called when a loop that broke or returned drops its iterator
// g. If nothing else refers to g and it is suspended in a try or with
// block, CPython's gen_dealloc closes it there and then: GeneratorExit is
// thrown in and its finally blocks and __exit__ calls run (as a frame, so
// their lines are steps). With no reference counts, the VM searches the
// heap from the interpreter's roots (Interp.reachable, mod_exec.go); only
// such a drop, which is rare, pays for the search.
func (in *Interp) dropGen(g *Generator) error {
	if g.state != genSuspended || len(g.frame.blocks) == 0 {
		return nil
	}
	if _, referenced := in.reachable(nil)[g]; referenced {
		return nil
	}
	if err := in.closeDelegate(g); err != nil {
		in.unraisable(g, errInstance(err))
	}
	if err := in.enterGen(g, nil, genDrop, true); err != nil {
		return err
	}
	return raiseIn{&PyError{newExc(generatorExitClass)}}
}

// unraisable reports an exception that escaped the finalisation of g, as
// CPython's default sys.unraisablehook does, and carries on.
func (in *Interp) unraisable(g *Generator, exc *Instance) {
	if exc == nil {
		return
	}
	s, _ := in.repr(g)
	in.stderr.write(in, "Exception ignored in: "+s+"\n")
	in.printException(exc)
}

// errInstance is the exception an error carries, or nil.
func errInstance(err error) *Instance {
	if pe, ok := err.(*PyError); ok {
		return pe.Exc
	}
	return nil
}

// genRaised is called when exc escapes g's frame, just popped: g is
// finished; a StopIteration becomes RuntimeError (PEP 479; the message is
// 3.8–3.13's); close() ends quietly on GeneratorExit (handled=true: None
// is the value of the close() call and unwinding stops).
func (in *Interp) genRaised(g *Generator, exc *Instance) (*Instance, bool) {
	mode := g.mode
	g.finish()
	if isSubclass(exc.cls, stopIterationClass) {
		r := newExc(runtimeErrorClass, Str("generator raised StopIteration"))
		r.exc.cause = exc
		r.exc.context = exc
		r.exc.suppress = true
		return r, false
	}
	if mode == genClose && isSubclass(exc.cls, generatorExitClass) {
		in.t.frames[len(in.t.frames)-1].push(None)
		return exc, true
	}
	if mode == genDrop {
		if !isSubclass(exc.cls, generatorExitClass) {
			in.unraisable(g, exc)
		}
		return exc, true
	}
	return exc, false
}

// yieldFrom is YIELD_FROM (sub sent -- result): send into the generator
// sub, whose frame then runs above this one, or take the next value of
// any other iterator and yield it from here.
func (in *Interp) yieldFrom(f *Frame, base int) (Stop, Value, bool, error) {
	sent := f.pop()
	sub := f.top()
	if g, ok := sub.(*Generator); ok {
		if g.state == genClosed {
			f.stack[len(f.stack)-1] = None
			return 0, nil, false, nil
		}
		return 0, nil, false, in.enterGen(g, sent, genYieldFrom, false)
	}
	if sent != None {
		return 0, nil, false, in.attrError(sub, "send")
	}
	v, ok, err := in.next(sub)
	if err != nil || !ok {
		if err == nil {
			f.stack[len(f.stack)-1] = None
		}
		return 0, nil, false, err
	}
	f.ip--
	return in.yield(f, v, base)
}

// delegate is the generator a suspended g is running `yield from` on, or nil.
func (g *Generator) delegate() *Generator {
	if g.state != genSuspended {
		return nil
	}
	f := g.frame
	if f.ip >= len(f.code.Instrs) || f.code.Instrs[f.ip].Op != opYieldFrom {
		return nil
	}
	sub, _ := f.top().(*Generator)
	if sub == nil || sub.state != genSuspended {
		return nil
	}
	return sub
}

// resumeSync runs g from Go until it yields (ok) or ends (v is its return
// value), with an exception thrown in first when exc is set.
func (in *Interp) resumeSync(g *Generator, sent Value, exc *Instance) (v Value, ok bool, err error) {
	if g.state == genClosed {
		if exc != nil {
			return nil, false, &PyError{exc}
		}
		return None, false, nil
	}
	if err := in.enterGen(g, sent, genSync, exc != nil); err != nil {
		return nil, false, err
	}
	in.syncDepth++
	defer func() { in.syncDepth-- }()
	base := len(in.t.frames) - 1
	if exc != nil {
		in.setContext(exc)
		exc.exc.addTB(g.frame)
		if _, done, err := in.unwind(exc, base); done {
			return nil, false, err
		}
	}
	_, v, err = in.exec(base, 0)
	if err != nil {
		return nil, false, err
	}
	return v, g.state == genSuspended, nil
}

// genSend is next(g[, default]), g.__next__() and g.send(v). From Python
// code it pushes the frame (errFramePushed); from Go it runs it to the
// next yield.
func (in *Interp) genSend(g *Generator, sent Value, dflt []Value) (Value, error) {
	if in.syncDepth > 0 || g.state == genClosed {
		v, ok, err := in.resumeSync(g, sent, nil)
		switch {
		case err != nil:
			return nil, err
		case ok:
			return v, nil
		case len(dflt) > 0:
			return dflt[0], nil
		}
		return nil, stopIteration(v)
	}
	mode := genCall
	if len(dflt) > 0 {
		mode = genCallDefault
		g.dflt = dflt[0]
	}
	if err := in.enterGen(g, sent, mode, false); err != nil {
		return nil, err
	}
	return nil, errFramePushed
}

// genThrow is g.throw(exc): exc is raised at the yield where g is
// suspended, or passed on to the generator it is delegating to.
func (in *Interp) genThrow(g *Generator, exc *Instance) (Value, error) {
	if in.syncDepth > 0 || g.state == genClosed {
		v, ok, err := in.resumeSync(g, nil, exc)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		return nil, stopIteration(v)
	}
	if isSubclass(exc.cls, generatorExitClass) {
		if err := in.closeDelegate(g); err != nil {
			return nil, err
		}
	} else if sub := g.delegate(); sub != nil {
		// The delegating frame runs again below sub's, past its
		// YIELD_FROM, so sub's return value is the result of `yield from`.
		if err := in.enterGen(g, nil, genCall, true); err != nil {
			return nil, err
		}
		g.frame.ip++
		g = sub
		if err := in.enterGen(g, nil, genYieldFrom, true); err != nil {
			return nil, err
		}
		return nil, raiseIn{&PyError{exc}}
	}
	if err := in.enterGen(g, nil, genCall, true); err != nil {
		return nil, err
	}
	return nil, raiseIn{&PyError{exc}}
}

// closeDelegate closes the generator g delegates to before GeneratorExit
// is thrown into g (genobject.c, gen_close_iter).
func (in *Interp) closeDelegate(g *Generator) error {
	if sub := g.delegate(); sub != nil {
		return in.closeSync(sub)
	}
	return nil
}

// genClose is g.close(): GeneratorExit is thrown in at the suspended yield;
// the generator must let it out or return.
func (in *Interp) genClose(g *Generator) (Value, error) {
	switch g.state {
	case genCreated, genClosed:
		g.finish()
		return None, nil
	case genRunning:
		return nil, raisef(valueErrorClass, "generator already executing")
	}
	if in.syncDepth > 0 {
		return None, in.closeSync(g)
	}
	if err := in.closeDelegate(g); err != nil {
		return nil, err
	}
	if err := in.enterGen(g, nil, genClose, true); err != nil {
		return nil, err
	}
	return nil, raiseIn{&PyError{newExc(generatorExitClass)}}
}

// closeSync closes g from Go, running its finally blocks without line stops.
func (in *Interp) closeSync(g *Generator) error {
	switch g.state {
	case genCreated, genClosed:
		g.finish()
		return nil
	case genRunning:
		return raisef(valueErrorClass, "generator already executing")
	}
	if err := in.closeDelegate(g); err != nil {
		return err
	}
	_, yielded, err := in.resumeSync(g, nil, newExc(generatorExitClass))
	if err != nil {
		if isPyExc(err, generatorExitClass) {
			return nil
		}
		return err
	}
	if yielded {
		return raisef(runtimeErrorClass, "generator ignored GeneratorExit")
	}
	return nil
}

func init() {
	method(generatorClass, "__next__", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.genSend(self.(*Generator), None, nil)
	})
	method(generatorClass, "send", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.genSend(self.(*Generator), args[0], nil)
	})
	method(generatorClass, "throw", 1, 3, func(in *Interp, self Value, args []Value) (Value, error) {
		if len(args) > 1 && in.cfg.Version.AtLeast(3, 12) {
			// gen_throw, Objects/genobject.c 3.12+.
			if err := in.warnDeprecation(in.callerFrame(), "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead."); err != nil {
				return nil, err
			}
		}
		exc, err := in.throwArgs(args)
		if err != nil {
			return nil, err
		}
		return in.genThrow(self.(*Generator), exc)
	})
	method(generatorClass, "close", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.genClose(self.(*Generator))
	})
	method(generatorClass, "__iter__", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return self, nil
	})
}

// throwArgs turns throw(type[, value[, tb]]) or throw(instance) into the
// exception to raise (genobject.c, _gen_throw).
func (in *Interp) throwArgs(args []Value) (*Instance, error) {
	if len(args) >= 2 && args[1] != None {
		if cls, ok := args[0].(*Class); ok && isExcClass(cls) {
			if inst, ok := args[1].(*Instance); ok && inst.exc != nil && isSubclass(inst.cls, cls) {
				return inst, nil
			}
			v, err := in.callSync(cls, []Value{args[1]}, nil)
			if err != nil {
				return nil, err
			}
			return in.makeException(v)
		}
	}
	exc, err := in.makeException(args[0])
	if err != nil {
		return nil, newTypeError("exceptions must be classes or instances deriving from BaseException, not %s", typeName(args[0]))
	}
	return exc, nil
}
