// This file implements raising and unwinding: the block stack search for a
// handler, traceback entries, exception chaining (__context__, __cause__),
// CPython's traceback format (Python/traceback.c) and the interpreter
// shutdown that follows the end of the main module (Py_FinalizeEx: atexit
// functions, flush of the std streams, exit status).

package pyvm

import (
	"fmt"
	"strings"
)

// reraise is a re-raised exception: the current frame is already in its
// traceback.
type reraise struct{ exc *Instance }

func (r reraise) Error() string { return r.exc.cls.name }

// handleError deals with an error returned by an instruction. done reports
// that exec must return (stop, escaped).
func (in *Interp) handleError(f *Frame, base int, err error) (Stop, bool, error) {
	if ri, ok := err.(raiseIn); ok {
		f = in.t.frames[len(in.t.frames)-1]
		err = ri.err
	}
	if err == ErrBlocked {
		if in.syncDepth == 0 {
			f.ip--
			in.t.blocked = f
			return StopBlocked, true, nil
		}
		// The call is not retried: the kernel must forget it, and not
		// keep the task asleep while the VM goes on running it.
		if c, ok := in.host.(Canceler); ok {
			c.CancelBlocked()
		}
		err = raisef(runtimeErrorClass, "the simulator cannot block inside a callback run from a builtin (sorted key, __repr__, ...)")
	}
	if err == errExited || in.phase == phaseExited {
		return StopExited, true, errExited
	}
	if err == errCapped || in.work.capped {
		return StopCapped, true, errCapped
	}
	if err == errThreadExited {
		return StopThreadExited, true, nil
	}
	var exc *Instance
	addFrame := true
	switch e := err.(type) {
	case *PyError:
		exc = e.Exc
	case reraise:
		exc = e.exc
		addFrame = false
	default:
		exc = newExc(systemErrorClass, Str(err.Error()))
	}
	in.setContext(exc)
	if addFrame {
		exc.exc.addTB(f)
	}
	return in.unwind(exc, base)
}

// setContext implements implicit chaining: an exception raised while
// another is handled gets it as __context__.
func (in *Interp) setContext(exc *Instance) {
	if len(in.t.handled) == 0 {
		return
	}
	cur, ok := in.t.handled[len(in.t.handled)-1].(*Instance)
	if !ok || cur == exc || exc.exc.context != nil {
		return
	}
	// Avoid a cycle when the handled exception is chained to exc already.
	for c := cur; c != nil && c.exc != nil; {
		next, _ := c.exc.context.(*Instance)
		if next == exc {
			c.exc.context = nil
			break
		}
		c = next
	}
	exc.exc.context = cur
}

func (e *excState) addTB(f *Frame) {
	if f.code.Hidden {
		return
	}
	e.tb = append(e.tb, tbEntry{code: f.code, line: f.line(false), ip: int32(f.ip - 1)})
}

// unwind looks for a handler from the innermost frame outwards.
func (in *Interp) unwind(exc *Instance, base int) (Stop, bool, error) {
	for {
		f := in.t.frames[len(in.t.frames)-1]
		if f == in.t.blocked {
			in.abandonBlocked()
		}
		for len(f.blocks) > 0 {
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			if b.kind == blockHandler {
				in.t.handled = in.t.handled[:len(in.t.handled)-1]
				continue
			}
			f.stack = f.stack[:b.level]
			f.push(exc)
			f.ip = int(b.handler)
			return 0, false, nil
		}
		in.t.frames = in.t.frames[:len(in.t.frames)-1]
		if f.gen != nil {
			var handled bool
			if exc, handled = in.genRaised(f.gen, exc); handled {
				return 0, false, nil
			}
		}
		if f.ret == retForIter && len(in.t.frames) > base && in.forIterEnds(f, exc) {
			return 0, false, nil // the iterator is exhausted (vm_dunder.go)
		}
		if len(in.t.frames) == base {
			if f.ret == retSync || f.ret == retGen {
				return StopExited, true, &PyError{exc}
			}
			return in.uncaught(f, exc)
		}
		if f.ret == retRetry {
			if name, ok := f.globals.getStr("__name__"); ok {
				in.modules.t.del(name)
			}
		}
		exc.exc.addTB(in.t.frames[len(in.t.frames)-1])
	}
}

// uncaught handles an exception that left the bottom frame.
func (in *Interp) uncaught(f *Frame, exc *Instance) (Stop, bool, error) {
	switch f.ret {
	case retMain:
		in.beginShutdown(in.exitStatusFor(exc))
		return 0, false, nil
	case retThread:
		in.threadRaised(in.t, f.aux, &PyError{exc})
		return StopThreadExited, true, nil
	default:
		in.exitReason = in.excOneLine(exc)
		in.printException(exc)
		in.finish()
		return StopExited, true, errExited
	}
}

// exitStatusFor applies CPython's rules for the exit code of an uncaught
// exception (Python/pythonrun.c, handle_system_exit): SystemExit(None) is 0,
// an int is that code, anything else is printed to stderr and gives 1; any
// other exception prints its traceback and gives 1.
func (in *Interp) exitStatusFor(exc *Instance) int {
	if isSubclass(exc.cls, keyboardInterruptCls) {
		// CPython re-raises SIGINT on itself after the traceback
		// (Modules/main.c, exit_sigint), so the parent sees a signal death.
		in.exitReason = in.excOneLine(exc)
		in.printException(exc)
		in.killSig = 2
		return 1
	}
	if !isSubclass(exc.cls, systemExitClass) {
		in.exitReason = in.excOneLine(exc)
		in.printException(exc)
		return 1
	}
	code, _ := exc.dict.getStr("code")
	switch c := code.(type) {
	case nil, NoneType:
		return 0
	case Int:
		return int(c)
	case Bool:
		if c {
			return 1
		}
		return 0
	}
	s, err := in.str(code)
	if err != nil {
		s = reprNoCall(code)
	}
	in.stderr.write(in, s+"\n")
	return 1
}

// beginShutdown runs the atexit functions as Python frames, then finish.
func (in *Interp) beginShutdown(status int) {
	in.status = status
	in.phase = phaseShutdown
	in.t.frames = in.t.frames[:0]
	in.t.handled = in.t.handled[:0]
	fn, _ := in.prelude.dict.getStr("_run_exitfuncs")
	f, err := in.newCallFrame(fn.(*Function), nil, nil)
	if err != nil {
		in.finish()
		return
	}
	f.ret = retShutdown
	in.t.frames = append(in.t.frames, f)
}

// finish flushes the std streams and exits with the decided status.
func (in *Interp) finish() {
	in.stdout.flush(in)
	in.stderr.flush(in)
	if in.killSig != 0 {
		in.exit(in.killSig)
		return
	}
	in.exit((in.status & 0xff) << 8)
}

// printException writes a traceback to stderr in CPython's format.
func (in *Interp) printException(exc *Instance) {
	in.stderr.write(in, in.formatText(exc, false))
	in.stderr.flush(in)
}

// formatText is exc's traceback as one text; byModule: as the traceback
// module formats it (print_exc, format_exc), not as the interpreter prints
// an uncaught exception.
func (in *Interp) formatText(exc *Instance, byModule bool) string {
	return strings.Join(in.formatException(nil, exc, tbFormat{byModule: byModule, chain: true, limit: -1}, map[*Instance]bool{}), "")
}

// tbFormat says how formatException formats: limit is how many entries it
// shows, the outermost, all when negative; tailLimit, when positive, how
// many, the innermost (a negative limit of the traceback module); chain:
// with the exceptions it was raised from or while handling.
type tbFormat struct {
	byModule  bool
	chain     bool
	limit     int
	tailLimit int
}

// formatException appends exc's traceback to out in the pieces
// traceback.format_exception returns: the heading, an entry each (its
// File line, its source and carets), the repetition counts, the
// exception's line, and the sentences between chained exceptions.
func (in *Interp) formatException(out []string, exc *Instance, how tbFormat, seen map[*Instance]bool) []string {
	seen[exc] = true
	if cause, ok := exc.exc.cause.(*Instance); ok && how.chain && !seen[cause] {
		out = in.formatException(out, cause, how, seen)
		out = append(out, "\nThe above exception was the direct cause of the following exception:\n\n")
	} else if ctx, ok := exc.exc.context.(*Instance); ok && how.chain && !exc.exc.suppress && !seen[ctx] {
		out = in.formatException(out, ctx, how, seen)
		out = append(out, "\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	tb := in.shownTB(exc.exc.tb)
	// Python/traceback.c tb_print_internal: at most tracebacklimit
	// (1000) entries, the newest; the traceback module's limit keeps the
	// oldest (StackSummary.extract).
	if len(tb) > tracebackLimit {
		tb = tb[:tracebackLimit]
	}
	if how.limit >= 0 && how.limit < len(tb) {
		tb = tb[len(tb)-how.limit:]
	}
	if how.tailLimit > 0 && how.tailLimit < len(tb) {
		tb = tb[:how.tailLimit]
	}
	if len(tb) > 0 {
		out = append(out, "Traceback (most recent call last):\n")
		// A run of identical entries (same file, line and function) is
		// shown three times, then counted ("[Previous line repeated N
		// more times]", TB_RECURSIVE_CUTOFF).
		var last *shownEntry
		cnt := 0
		for i := len(tb) - 1; i >= 0; i-- {
			e := &tb[i]
			if last == nil || e.code.File != last.code.File || e.line != last.line || e.name != last.name {
				out = repeated(out, cnt)
				last, cnt = e, 0
			}
			cnt++
			if cnt > tbRecursiveCutoff {
				continue
			}
			out = append(out, fmt.Sprintf("  File \"%s\", line %d, in %s\n", e.code.File, e.line, e.name)+in.tbSource(&e.tbEntry, how.byModule))
		}
		out = repeated(out, cnt)
	}
	return append(out, in.excOneLine(exc)+in.hintText(exc.exc, how.byModule)+"\n")
}

// shownEntry is a traceback entry as printed: the function name is its
// code's, or its caller's for an inlined comprehension (shownTB).
type shownEntry struct {
	tbEntry
	name string
}

// shownTB is the traceback's entries as printed, innermost first. From
// 3.12 list, set and dict comprehensions run inline in their function
// (PEP 709), so a comprehension's entry stands in for its caller's, under
// the caller's name.
func (in *Interp) shownTB(tb []tbEntry) []shownEntry {
	out := make([]shownEntry, 0, len(tb))
	inline := in.cfg.Version.AtLeast(3, 12)
	for i := 0; i < len(tb); i++ {
		e := shownEntry{tb[i], tb[i].code.Name}
		for inline && i+1 < len(tb) && inlinedComprehension(tb[i].code.Name) {
			// Inline in its caller, which may be inline in its own.
			i++
			e.name = tb[i].code.Name
		}
		out = append(out, e)
	}
	return out
}

// inlinedComprehension reports the names of the comprehensions 3.12+ runs
// inline (a generator expression keeps its frame).
func inlinedComprehension(name string) bool {
	return name == "<listcomp>" || name == "<setcomp>" || name == "<dictcomp>"
}

// tracebackLimit is sys.tracebacklimit's default; tbRecursiveCutoff how
// many identical entries are shown before they are counted.
const (
	tracebackLimit    = 1000
	tbRecursiveCutoff = 3
)

// repeated appends tb_print_line_repeated's line for a run of cnt
// identical entries, if it was cut.
func repeated(out []string, cnt int) []string {
	if cnt <= tbRecursiveCutoff {
		return out
	}
	n := cnt - tbRecursiveCutoff
	s := "s"
	if n == 1 {
		s = ""
	}
	return append(out, fmt.Sprintf("  [Previous line repeated %d more time%s]\n", n, s))
}

// excOneLine is the last line of a traceback: "Type: message".
func (in *Interp) excOneLine(exc *Instance) string {
	name := exc.cls.name
	if exc.cls.module != "builtins" && exc.cls.module != "" {
		name = exc.cls.module + "." + name
	}
	msg, err := in.str(exc)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// opRaise implements `raise`, `raise exc` and `raise exc from cause`.
func (in *Interp) opRaise(f *Frame, n int) error {
	if n == 0 {
		if len(in.t.handled) == 0 {
			return raisef(runtimeErrorClass, "No active exception to reraise")
		}
		return reraise{in.t.handled[len(in.t.handled)-1].(*Instance)}
	}
	var cause Value
	if n == 2 {
		cause = f.pop()
	}
	exc, err := in.makeException(f.pop())
	if err != nil {
		return err
	}
	if n == 2 {
		switch c := cause.(type) {
		case NoneType:
			exc.exc.cause = None
		default:
			ce, err := in.makeException(c)
			if err != nil {
				return newTypeError("exception causes must derive from BaseException")
			}
			exc.exc.cause = ce
		}
		exc.exc.suppress = true
	}
	return &PyError{exc}
}

// makeException turns `raise X` operands into an instance: a class is called
// with no arguments.
func (in *Interp) makeException(v Value) (*Instance, error) {
	switch x := v.(type) {
	case *Instance:
		if x.exc != nil {
			return x, nil
		}
	case *Class:
		if isExcClass(x) {
			r, err := in.callSync(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if inst, ok := r.(*Instance); ok && inst.exc != nil {
				return inst, nil
			}
		}
	}
	return nil, newTypeError("exceptions must derive from BaseException")
}

// excMatches is `except cls` for exception exc.
func excMatches(exc, cls Value) (bool, error) {
	inst, _ := exc.(*Instance)
	if inst == nil {
		return false, nil
	}
	switch c := cls.(type) {
	case *Class:
		if !isExcClass(c) {
			return false, newTypeError("catching classes that do not inherit from BaseException is not allowed")
		}
		return isSubclass(inst.cls, c), nil
	case *Tuple:
		for _, x := range c.items {
			ok, err := excMatches(exc, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, newTypeError("catching classes that do not inherit from BaseException is not allowed")
}

// abandonBlocked tells the host that the blocked call will not be retried.
func (in *Interp) abandonBlocked() {
	in.t.blocked = nil
	if c, ok := in.host.(Canceler); ok {
		c.CancelBlocked()
	}
}
