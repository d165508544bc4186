// This file implements the small helper modules that CPython's
// multiprocessing leans on: itertools.count (process.py's _process_counter),
// traceback.print_exc / format_exc (process.py's _bootstrap) and weakref
// (process.py's _dangling, util.py's registries). The simulator has no
// garbage collector, so weak references are strong ones.

package pyvm

import "strings"

func newItertoolsModule(in *Interp) *Module {
	m := newNativeModule("itertools")
	m.fn("count", func(in *Interp, args []Value, kw []string) (Value, error) {
		pos, kws, err := splitKw("count", args, kw, "start", "step")
		if err != nil {
			return nil, err
		}
		start, step := int64(0), int64(1)
		if len(pos) > 0 {
			start, _ = asInt(pos[0])
		} else if v, ok := kws["start"]; ok {
			start, _ = asInt(v)
		}
		if len(pos) > 1 {
			step, _ = asInt(pos[1])
		} else if v, ok := kws["step"]; ok {
			step, _ = asInt(v)
		}
		// An endless range: the stop is the largest int64 reachable.
		stop := int64(1<<63 - 1)
		if step < 0 {
			stop = -1 << 63
		}
		return &Iter{kind: iterRange, src: &Range{start, stop, step}}, nil
	})
	return m
}

func newTracebackModule(in *Interp) *Module {
	m := newNativeModule("traceback")
	m.fn("format_exc", func(in *Interp, args []Value, kw []string) (Value, error) {
		return Str(in.formatCurrent()), nil
	})
	m.fn("print_exc", func(in *Interp, args []Value, kw []string) (Value, error) {
		in.stderr.write(in, in.formatCurrent())
		return None, nil
	})
	m.fn("print_exception", func(in *Interp, args []Value, kw []string) (Value, error) {
		for _, a := range args {
			if e, ok := a.(*Instance); ok && e.exc != nil {
				var b strings.Builder
				in.formatException(&b, e, map[*Instance]bool{}, true)
				in.stderr.write(in, b.String())
				break
			}
		}
		return None, nil
	})
	return m
}

// formatCurrent formats the exception being handled, or CPython's
// "NoneType: None" when there is none.
func (in *Interp) formatCurrent() string {
	if len(in.t.handled) == 0 {
		return "NoneType: None\n"
	}
	e, ok := in.t.handled[len(in.t.handled)-1].(*Instance)
	if !ok {
		return "NoneType: None\n"
	}
	var b strings.Builder
	in.formatException(&b, e, map[*Instance]bool{}, true)
	return b.String()
}

// derefBuiltin is what calling a weakref.ref returns: the referent.
var derefBuiltin = &Builtin{name: "__call__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
	return args[0], nil
}}

func newWeakrefModule(in *Interp) *Module {
	m := newNativeModule("weakref")
	m.dict.setStr("WeakSet", setClass)
	m.dict.setStr("WeakValueDictionary", dictClass)
	m.dict.setStr("WeakKeyDictionary", dictClass)
	m.fn("ref", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("ref", args, kw, 1, 2); err != nil {
			return nil, err
		}
		return &BoundMethod{self: args[0], fn: derefBuiltin}, nil
	})
	return m
}
