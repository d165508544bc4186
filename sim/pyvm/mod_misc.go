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

// newTracebackModule is the part of Lib/traceback.py programs call to
// show an exception: format_exc, print_exc, format_exception,
// format_exception_only and print_exception, with their limit, file and
// chain arguments, in the one-argument form of 3.10+ and the
// (type, value, tb) form. The traceback argument is not read: an
// exception's own traceback is printed (__traceback__ is None here).
func newTracebackModule(in *Interp) *Module {
	m := newNativeModule("traceback")
	m.fn("format_exc", func(in *Interp, args []Value, kw []string) (Value, error) {
		a, err := bindArgs(in.cfg.Version, "format_exc", args, kw, 2, []string{"limit", "chain"}, None, trueV)
		if err != nil {
			return nil, err
		}
		how, err := tbHow(a[0], a[1])
		if err != nil {
			return nil, err
		}
		return Str(strings.Join(in.formatValue(in.currentExc(), how), "")), nil
	})
	m.fn("print_exc", func(in *Interp, args []Value, kw []string) (Value, error) {
		a, err := bindArgs(in.cfg.Version, "print_exc", args, kw, 3, []string{"limit", "file", "chain"}, None, None, trueV)
		if err != nil {
			return nil, err
		}
		how, err := tbHow(a[0], a[2])
		if err != nil {
			return nil, err
		}
		return None, in.printTo(a[1], in.formatValue(in.currentExc(), how))
	})
	m.fn("format_exception", func(in *Interp, args []Value, kw []string) (Value, error) {
		exc, a, err := in.tbExcArgs("format_exception", 3, args, kw, []string{"limit", "chain"}, None, trueV)
		if err != nil {
			return nil, err
		}
		how, err := tbHow(a[0], a[1])
		if err != nil {
			return nil, err
		}
		return strList(in.formatValue(exc, how)), nil
	})
	m.fn("print_exception", func(in *Interp, args []Value, kw []string) (Value, error) {
		exc, a, err := in.tbExcArgs("print_exception", 3, args, kw, []string{"limit", "file", "chain"}, None, None, trueV)
		if err != nil {
			return nil, err
		}
		how, err := tbHow(a[0], a[2])
		if err != nil {
			return nil, err
		}
		return None, in.printTo(a[1], in.formatValue(exc, how))
	})
	m.fn("format_exception_only", func(in *Interp, args []Value, kw []string) (Value, error) {
		exc, _, err := in.tbExcArgs("format_exception_only", 2, args, kw, nil)
		if err != nil {
			return nil, err
		}
		if len(args) == 2 && args[0] == None && !in.cfg.Version.AtLeast(3, 10) {
			// Before 3.10 the line names the type given: None.
			return strList([]string{"None: " + strNoCall(exc) + "\n"}), nil
		}
		x, ok := exc.(*Instance)
		if !ok || x.exc == nil {
			return strList([]string{typeName(exc) + ": " + strNoCall(exc) + "\n"}), nil
		}
		return strList([]string{in.excOneLine(x) + in.hintText(x.exc, true) + "\n"}), nil
	})
	return m
}

// tbExcArgs binds the arguments of format_exception, print_exception
// (npos 3: exception, value, traceback) and format_exception_only (npos
// 2), then params: the exception is the one positional argument of 3.10+,
// else the value after the type. It returns the exception and params'
// values.
func (in *Interp) tbExcArgs(name string, npos int, args []Value, kw []string, params []string, defaults ...Value) (Value, []Value, error) {
	names := []string{"etype", "value", "tb"}[:npos]
	var opt []Value
	if in.cfg.Version.AtLeast(3, 10) {
		names = []string{"exc", "value", "tb"}[:npos]
		opt = []Value{tbUnset, tbUnset}[:npos-1] // value and tb may be left out
	}
	a, err := bindArgs(in.cfg.Version, name, args, kw, npos, append(names, params...), append(opt, defaults...)...)
	if err != nil {
		return nil, nil, err
	}
	if a[1] == tbUnset {
		return a[0], a[npos:], nil
	}
	return a[1], a[npos:], nil
}

// tbUnset stands for an argument left out (traceback.py's _sentinel).
var tbUnset Value = &Cell{}

// tbHow reads the traceback module's limit and chain arguments.
func tbHow(limit, chain Value) (tbFormat, error) {
	how := tbFormat{byModule: true, chain: truth(chain), limit: -1}
	if limit != None {
		n, ok := limit.(Int)
		if !ok {
			return how, newTypeError("'%s' object cannot be interpreted as an integer", typeName(limit))
		}
		if n >= 0 {
			how.limit = int(n)
		} else {
			how.tailLimit = int(-n)
		}
	}
	return how, nil
}

// currentExc is the exception being handled, or None.
func (in *Interp) currentExc() Value {
	if len(in.t.handled) == 0 {
		return None
	}
	return in.t.handled[len(in.t.handled)-1]
}

// formatValue is traceback.format_exception's pieces for exc, or
// CPython's "NoneType: None" for no exception.
func (in *Interp) formatValue(exc Value, how tbFormat) []string {
	x, ok := exc.(*Instance)
	if !ok || x.exc == nil {
		return []string{typeName(exc) + ": " + strNoCall(exc) + "\n"}
	}
	return in.formatException(nil, x, how, map[*Instance]bool{})
}

// printTo writes the pieces to file, sys.stderr when None, as the
// traceback module's print functions do.
func (in *Interp) printTo(file Value, pieces []string) error {
	if file == None {
		file = in.sysStream("stderr", in.stderr)
	}
	return in.writeTo(file, strings.Join(pieces, ""))
}

// formatCurrent formats the exception being handled, or CPython's
// "NoneType: None" when there is none.
func (in *Interp) formatCurrent() string {
	return strings.Join(in.formatValue(in.currentExc(), tbFormat{byModule: true, chain: true, limit: -1}), "")
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
