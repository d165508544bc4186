// This file implements the atexit module (Modules/atexitmodule.c): handlers
// run last-registered-first at normal interpreter exit (not after os._exit
// or a fatal signal). _run_exitfuncs is written in Python (prelude.go) so
// that handlers run as ordinary frames: they may block (join a child) and
// their lines are steps.

package pyvm

func newAtexitModule(in *Interp) *Module {
	m := newNativeModule("atexit")
	m.fn("register", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) < 1 {
			return nil, newTypeError("register() takes at least 1 argument (0 given)")
		}
		if !isCallable(args[0]) {
			return nil, newTypeError("the first argument must be callable")
		}
		pos := args[:len(args)-len(kw)]
		d := newDict()
		for i, k := range kw {
			d.setStr(k, args[len(pos)+i])
		}
		in.atexit = append(in.atexit, atexitEntry{fn: args[0], args: newTuple(copyVals(pos[1:])), kw: d})
		return args[0], nil
	})
	m.fn("unregister", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("unregister", args, kw, 1, 1); err != nil {
			return nil, err
		}
		kept := in.atexit[:0]
		for _, e := range in.atexit {
			if eq, _ := in.eq(e.fn, args[0]); !eq {
				kept = append(kept, e)
			}
		}
		in.atexit = kept
		return None, nil
	})
	m.fn("_clear", func(in *Interp, args []Value, kw []string) (Value, error) {
		in.atexit = nil
		return None, nil
	})
	m.fn("_ncallbacks", func(in *Interp, args []Value, kw []string) (Value, error) {
		return mkInt(int64(len(in.atexit))), nil
	})
	run, _ := in.prelude.dict.getStr("_run_exitfuncs")
	m.dict.setStr("_run_exitfuncs", run)
	return m
}

// atexitPop removes and returns the last handler as (fn, args, kwargs).
func atexitPop(in *Interp, args []Value, kw []string) (Value, error) {
	if len(in.atexit) == 0 {
		return None, nil
	}
	e := in.atexit[len(in.atexit)-1]
	in.atexit = in.atexit[:len(in.atexit)-1]
	return newTuple([]Value{e.fn, e.args, e.kw}), nil
}

// atexitReport prints an exception raised by an exit handler, in the
// version's wording (3.12 changed it, Modules/atexitmodule.c).
func atexitReport(in *Interp, args []Value, kw []string) (Value, error) {
	exc, ok := args[1].(*Instance)
	if !ok || exc.exc == nil {
		return None, nil
	}
	if in.cfg.Version.AtLeast(3, 12) {
		r, _ := in.repr(args[0])
		in.stderr.write(in, "Exception ignored in atexit callback: "+r+"\n")
	} else {
		in.stderr.write(in, "Error in atexit._run_exitfuncs:\n")
	}
	in.printException(exc)
	return None, nil
}
