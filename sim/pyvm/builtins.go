// This file defines the builtins module: functions (Python/bltinmodule.c)
// and the constructors of the builtin types.

package pyvm

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// universe holds the builtins every interpreter starts with. It is filled
// by init and never written afterwards (starlark-go's Universe): each
// interpreter gets its own copy (newBuiltinsModule), so `builtins.x = 1` in
// one run, or in a fork child, is invisible to every other interpreter.
var universe = newDict()

// newBuiltinsModule is an interpreter's own builtins module: a copy of the
// universe, copied again at fork like any other module.
func newBuiltinsModule() *Module {
	return &Module{name: "builtins", dict: &Dict{t: universe.t.copy()}}
}

func checkArgs(name string, args []Value, kw []string, lo, hi int) error {
	if len(kw) > 0 {
		return newTypeError("%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n < lo || (hi >= 0 && n > hi) {
		switch {
		case lo == hi:
			return newTypeError("%s() takes exactly %d argument%s (%d given)", name, lo, plural(lo), n)
		case n < lo:
			return newTypeError("%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
		}
		return newTypeError("%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
	}
	return nil
}

// splitKw separates positional arguments from keyword ones, accepting only
// the allowed keyword names.
func splitKw(name string, args []Value, kw []string, allowed ...string) ([]Value, map[string]Value, error) {
	pos := args[:len(args)-len(kw)]
	if len(kw) == 0 {
		return pos, nil, nil // read-only for the callers: a nil map reads as empty
	}
	m := make(map[string]Value, len(kw))
	for i, k := range kw {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			return nil, nil, newTypeError("%s() got an unexpected keyword argument '%s'", name, k)
		}
		m[k] = args[len(pos)+i]
	}
	return pos, m, nil
}

// bindArgs binds a call to a native function whose parameters params may
// come by position (the first npos of them; the rest are keyword-only) or
// by keyword, the last len(defaults) of them optional, checking in
// Argument Clinic's order and words (_PyArg_UnpackKeywords): the count,
// then each parameter, then a keyword left over.
func bindArgs(v Version, name string, args []Value, kw []string, npos int, params []string, defaults ...Value) ([]Value, error) {
	pos := args[:len(args)-len(kw)]
	if len(pos) > npos {
		what := "argument"
		if npos < len(params) {
			what = "positional argument"
		}
		return nil, newTypeError("%s() takes at most %d %s%s (%d given)", name, npos, what, plural(npos), len(pos))
	}
	vals := make([]Value, len(params))
	copy(vals[len(params)-len(defaults):], defaults)
	copy(vals, pos)
	used := 0
	for i, p := range params {
		for j, k := range kw {
			if k != p {
				continue
			}
			if i < len(pos) {
				return nil, newTypeError("argument for %s() given by name ('%s') and position (%d)", name, p, i+1)
			}
			vals[i] = args[len(pos)+j]
			used++
		}
		if vals[i] == nil {
			return nil, newTypeError("%s() missing required argument '%s' (pos %d)", name, p, i+1)
		}
	}
	if used < len(kw) {
		for _, k := range kw {
			if contains(params, k) {
				continue
			}
			if v.AtLeast(3, 13) {
				return nil, newTypeError("%s() got an unexpected keyword argument '%s'", name, k)
			}
			return nil, newTypeError("'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	return vals, nil
}

func def(name string, fn nativeFn) {
	universe.setStr(name, &Builtin{name: name, fn: fn, function: true})
}

func init() {
	for _, c := range exceptionClassesInOrd {
		universe.setStr(c.name, c)
	}
	universe.setStr("EnvironmentError", osErrorClass)
	// exit() and quit(), which the site module adds (Lib/_sitebuiltins.py,
	// Quitter.__call__: SystemExit with the code given).
	for _, name := range []string{"exit", "quit"} {
		name := name
		def(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 0, 1); err != nil {
				return nil, err
			}
			return nil, &PyError{newExc(systemExitClass, copyVals(args)...)}
		})
	}
	universe.setStr("IOError", osErrorClass)
	for _, c := range []*Class{objectClass, typeClass, intClass, boolClass, floatClass, strClass,
		listClass, tupleClass, dictClass, setClass, rangeClass, propertyClass, staticClass,
		classmethClass, superClass, sliceClass, bytesClass, bytearrayClass} {
		universe.setStr(c.name, c)
	}
	universe.setStr("frozenset", frozensetClass)
	universe.setStr("None", None)
	universe.setStr("True", trueV)
	universe.setStr("False", falseV)
	universe.setStr("NotImplemented", notImplementedType{})
	universe.setStr("Ellipsis", ellipsisType{})
	universe.setStr("__name__", Str("builtins"))
	initConstructors()
	initBuiltinFuncs()
	initIterBuiltins()
}

func initBuiltinFuncs() {
	def("print", builtinPrint)
	def("input", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("input() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, newTypeError("input expected at most 1 argument, got %d", len(args))
		}
		// sys.stdin and sys.stdout as the program may have replaced them
		// (CPython imports sys at start-up: it is always there).
		sys, _, err := in.importOne("sys")
		if err != nil {
			return nil, err
		}
		stdin, _ := sys.dict.getStr("stdin")
		stdout, _ := sys.dict.getStr("stdout")
		helper, _ := in.prelude.dict.getStr("_input")
		_, pushed, err := in.call(helper, append([]Value{orNone(stdin), orNone(stdout)}, args...), nil)
		if err == nil && pushed {
			return nil, errFramePushed
		}
		return nil, err
	})
	def("len", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("len", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if pushed, err := in.dunderFrame(args[0], "__len__", retLen); pushed {
			return nil, framePushed(err)
		}
		n, err := in.length(args[0])
		return mkInt(int64(n)), err
	})
	def("ascii", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("ascii", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, err := in.repr(args[0])
		return Str(asciiEscape(s)), err
	})
	def("repr", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("repr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if pushed, err := in.strFrame(args[0], "__repr__"); pushed {
			return nil, framePushed(err)
		}
		s, err := in.repr(args[0])
		return Str(s), err
	})
	def("format", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("format", args, kw, 1, 2); err != nil {
			return nil, err
		}
		spec := ""
		if len(args) == 2 {
			spec = strNoCall(args[1])
		}
		s, err := in.format(args[0], spec)
		return Str(s), err
	})
	def("isinstance", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("isinstance", args, kw, 2, 2); err != nil {
			return nil, err
		}
		ok, err := in.instanceMatch(args[0], args[1])
		return mkBool(ok), err
	})
	def("issubclass", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("issubclass", args, kw, 2, 2); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, newTypeError("issubclass() arg 1 must be a class")
		}
		r, err := in.classInfoMatch(c, args[1], "issubclass")
		return mkBool(r), err
	})
	def("getattr", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("getattr", args, kw, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("attribute name must be string, not '%s'", typeName(args[1]))
		}
		v, err := in.getAttr(args[0], string(name))
		if err != nil && len(args) == 3 && isPyExc(err, attributeErrorClass) {
			return args[2], nil
		}
		return v, err
	})
	def("setattr", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("setattr", args, kw, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, in.opStoreAttr(args[0], string(name), args[2])
	})
	def("delattr", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("delattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return None, in.delAttr(args[0], strNoCall(args[1]))
	})
	def("hasattr", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("hasattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		_, err := in.getAttr(args[0], strNoCall(args[1]))
		if err != nil && isPyExc(err, attributeErrorClass) {
			return falseV, nil
		}
		return mkBool(err == nil), err
	})
	def("id", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("id", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return mkInt(in.idOf(args[0])), nil
	})
	def("hash", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("hash", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return in.hash(args[0])
	})
	def("callable", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("callable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch x := args[0].(type) {
		case *Function, *Builtin, *BoundMethod, *Class:
			return trueV, nil
		case *Instance:
			_, ok := x.cls.lookup("__call__")
			return mkBool(ok), nil
		}
		return falseV, nil
	})
	def("abs", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("abs", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if n, ok := asInt(args[0]); ok {
			if n == math.MinInt64 {
				return overflow(in.cfg.Version, opSub, 0, n)
			}
			return mkInt(absInt(n)), nil
		}
		if x, ok := args[0].(*BigInt); ok {
			return normBig(new(big.Int).Abs(x.v)), nil
		}
		if f, ok := args[0].(Float); ok {
			return Float(math.Abs(float64(f))), nil
		}
		if r, ok, err := in.dunder(args[0], "__abs__"); ok || err != nil {
			return r, err
		}
		return nil, newTypeError("bad operand type for abs(): '%s'", typeName(args[0]))
	})
	def("hex", intFormatter("hex", 'x'))
	def("oct", intFormatter("oct", 'o'))
	def("bin", intFormatter("bin", 'b'))
	def("chr", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("chr", args, kw, 1, 1); err != nil {
			return nil, err
		}
		args, err := in.indexArgs(args)
		if err != nil {
			return nil, err
		}
		n, ok := asInt(args[0])
		_, big := args[0].(*BigInt)
		switch {
		case big && !in.cfg.Version.AtLeast(3, 13):
			return nil, raisef(overflowErrorClass, "Python int too large to convert to C int")
		case big, ok && (n < 0 || n > 0x10ffff):
			return nil, newValueError("chr() arg not in range(0x110000)")
		case !ok:
			return nil, newTypeError("an integer is required")
		}
		return Str(string(rune(n))), nil
	})
	def("ord", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("ord", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(Str)
		rs := []rune(string(s))
		if !ok || len(rs) != 1 {
			return nil, newTypeError("ord() expected a character")
		}
		return mkInt(int64(rs[0])), nil
	})
	def("divmod", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("divmod", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if isZeroNumber(args[1]) && isNumber(args[0]) {
			// float_divmod and long_divmod have messages of their own.
			_, xf := args[0].(Float)
			_, yf := args[1].(Float)
			if xf || yf {
				return nil, raisef(zeroDivisionClass, "float divmod()")
			}
			return nil, raisef(zeroDivisionClass, "integer division or modulo by zero")
		}
		q, err := in.binary(opFloorDiv, args[0], args[1], false)
		if err != nil {
			return nil, err
		}
		m, err := in.binary(opMod, args[0], args[1], false)
		return newTuple([]Value{q, m}), err
	})
	def("pow", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("pow", args, kw, 2, 3); err != nil {
			return nil, err
		}
		if len(args) == 3 && args[2] != None {
			x, okx := toBig(args[0])
			y, oky := toBig(args[1])
			m, okm := toBig(args[2])
			if !okx || !oky || !okm {
				// A non-number among them: the ternary slot's message
				// (Objects/abstract.c ternary_op); else a float.
				for _, a := range args {
					switch a.(type) {
					case Int, Bool, Float, *BigInt:
						continue
					}
					sym := "** or pow()"
					if !in.cfg.Version.AtLeast(3, 9) {
						sym = "pow()"
					}
					return nil, newTypeError("unsupported operand type(s) for %s: '%s', '%s', '%s'", sym, typeName(args[0]), typeName(args[1]), typeName(args[2]))
				}
				return nil, newTypeError("pow() 3rd argument not allowed unless all arguments are integers")
			}
			return powMod(x, y, m)
		}
		return in.binary(opPow, args[0], args[1], false)
	})
	def("round", builtinRound)
	def("sum", builtinSum)
	def("min", func(in *Interp, args []Value, kw []string) (Value, error) { return in.minMax("min", args, kw, cmpLt) })
	def("max", func(in *Interp, args []Value, kw []string) (Value, error) { return in.minMax("max", args, kw, cmpGt) })
	def("sorted", func(in *Interp, args []Value, kw []string) (Value, error) {
		pos, kws, err := splitKw("sorted", args, kw, "key", "reverse")
		if err != nil {
			return nil, err
		}
		if len(pos) != 1 {
			return nil, newTypeError("sorted expected 1 argument, got %d", len(pos))
		}
		vs, err := in.iterate(pos[0])
		if err != nil {
			return nil, err
		}
		vs = copyVals(vs)
		return newList(vs), in.sortValues(vs, kws["key"], kws["reverse"])
	})
	def("any", func(in *Interp, args []Value, kw []string) (Value, error) { return in.anyAll(args, kw, true) })
	def("all", func(in *Interp, args []Value, kw []string) (Value, error) { return in.anyAll(args, kw, false) })
	def("globals", func(in *Interp, args []Value, kw []string) (Value, error) {
		return in.callerFrame().globals, nil
	})
	def("locals", func(in *Interp, args []Value, kw []string) (Value, error) {
		f := in.callerFrame()
		if f.ns != nil {
			return f.ns, nil
		}
		d := newDict()
		for i, n := range f.code.Locals {
			if f.locals[i] != nil {
				d.setStr(n, f.locals[i])
			}
		}
		return d, nil
	})
	def("dir", builtinDir)
	def("vars", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("vars", args, kw, 1, 1); err != nil {
			return nil, err
		}
		// builtin_vars: an object without __dict__ is a TypeError.
		d, err := in.getAttr(args[0], "__dict__")
		if isPyExc(err, attributeErrorClass) {
			return nil, newTypeError("vars() argument must have __dict__ attribute")
		}
		return d, err
	})
}

// callerFrame is the Python frame that called the running builtin.
func (in *Interp) callerFrame() *Frame { return in.t.frames[len(in.t.frames)-1] }

func isPyExc(err error, cls *Class) bool {
	pe, ok := err.(*PyError)
	return ok && isSubclass(pe.Exc.cls, cls)
}

func (in *Interp) classInfoMatch(c *Class, info Value, fn string) (bool, error) {
	switch x := info.(type) {
	case *Class:
		if m := metaOf(x); m != nil && fn == "issubclass" {
			// The metaclass's __subclasscheck__ (metaclass.go).
			if r, ok, err := in.metaDunder(x, "__subclasscheck__", c); ok || err != nil {
				if err != nil {
					return false, err
				}
				return in.truth(r)
			}
		}
		if x.abcCheck != nil && x != c {
			// A collections.abc class: its __subclasscheck__ stand-in.
			r, err := in.callSync(x.abcCheck, []Value{x, c}, nil)
			if err != nil {
				return false, err
			}
			return in.truth(r)
		}
		return isSubclass(c, x), nil
	case *Tuple:
		for _, it := range x.items {
			ok, err := in.classInfoMatch(c, it, fn)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *Instance:
		// An object whose class defines __subclasscheck__ (a typing
		// alias): PyObject_IsSubclass asks it.
		if m, ok := x.cls.lookup("__subclasscheck__"); ok && fn == "issubclass" {
			r, err := in.callSync(bindAttr(m, x, x.cls), []Value{c}, nil)
			if err != nil {
				return false, err
			}
			return in.truth(r)
		}
	}
	return false, newTypeError("%s() arg 2 must be a type, a tuple of types, or a union", fn)
}

// instanceMatch is isinstance(obj, info): an object whose class defines
// __instancecheck__ (a typing alias) is asked (PyObject_IsInstance);
// classes and tuples as classInfoMatch.
func (in *Interp) instanceMatch(obj, info Value) (bool, error) {
	switch x := info.(type) {
	case *Class:
		// The metaclass's __instancecheck__, unless obj's type is the
		// class itself (PyObject_IsInstance's shortcut).
		if metaOf(x) != nil && typeOf(obj) != x {
			if r, ok, err := in.metaDunder(x, "__instancecheck__", obj); ok || err != nil {
				if err != nil {
					return false, err
				}
				return in.truth(r)
			}
		}
	case *Instance:
		if m, ok := x.cls.lookup("__instancecheck__"); ok {
			r, err := in.callSync(bindAttr(m, x, x.cls), []Value{obj}, nil)
			if err != nil {
				return false, err
			}
			return in.truth(r)
		}
	case *Tuple:
		for _, it := range x.items {
			ok, err := in.instanceMatch(obj, it)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return in.classInfoMatch(typeOf(obj), info, "isinstance")
}

func intFormatter(name string, typ byte) nativeFn {
	return func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs(name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		args, err := in.indexArgs(args)
		if err != nil {
			return nil, err
		}
		if _, ok := toBig(args[0]); !ok {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		s, err := in.formatInt(args[0], &formatSpec{typ: typ, alt: true})
		return Str(s), err
	}
}

func (in *Interp) hash(v Value) (Value, error) {
	h, ident, err := in.pyHash(v)
	if err != nil {
		return nil, err
	}
	if ident {
		// CPython hashes by address (_Py_HashPointer): any stable number.
		return mkInt(in.idOf(v) >> 4), nil
	}
	return mkInt(h), nil
}

// length is len(v).
func (in *Interp) length(v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return len([]rune(string(x))), nil
	case Bytes:
		return len(x), nil
	case *List:
		return len(x.items), nil
	case *Tuple:
		return len(x.items), nil
	case *Dict:
		if err := in.dictReady(x); err != nil {
			return 0, err
		}
		return x.t.live, nil
	case *MappingProxy:
		return in.length(x.d)
	case *DictView:
		return in.length(x.d)
	case *Set:
		if err := in.setReady(x); err != nil {
			return 0, err
		}
		return x.t.live, nil
	case *Range:
		return int(x.length()), nil
	case *Instance, *Class:
		if r, ok, err := in.dunder(x, "__len__"); ok || err != nil {
			if err != nil {
				return 0, err
			}
			n, _ := asInt(r)
			return int(n), nil
		}
	}
	return 0, newTypeError("object of type '%s' has no len()", typeName(v))
}

func builtinPrint(in *Interp, args []Value, kw []string) (Value, error) {
	pos, kws, err := splitKw("print", args, kw, "sep", "end", "file", "flush")
	if err != nil {
		return nil, err
	}
	if in.printNeedsFrames(pos) {
		helper, _ := in.prelude.dict.getStr("_print")
		_, pushed, err := in.call(helper, args, kw)
		if err == nil && pushed {
			return nil, errFramePushed
		}
		return nil, err
	}
	sep, end := " ", "\n"
	if v, ok := kws["sep"]; ok && v != None {
		sep = strNoCall(v)
	}
	if v, ok := kws["end"]; ok && v != None {
		end = strNoCall(v)
	}
	var b strings.Builder
	for i, a := range pos {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := in.str(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	file := kws["file"]
	if file == nil || file == None {
		file = in.sysStdout()
	}
	if err := in.writeTo(file, b.String()); err != nil {
		return nil, err
	}
	if f, ok := kws["flush"]; ok && truth(f) {
		if s, ok := file.(*stream); ok {
			s.flush(in)
		}
	}
	return None, nil
}

// sysStdout is sys.stdout as the program may have replaced it.
func (in *Interp) sysStdout() Value { return in.sysStream("stdout", in.stdout) }

// sysStream is sys.NAME as the program may have replaced it, else dflt.
func (in *Interp) sysStream(name string, dflt Value) Value {
	if m, ok := in.modules.getStr("sys"); ok {
		if v, ok := m.(*Module).dict.getStr(name); ok {
			return v
		}
	}
	return dflt
}

func (in *Interp) writeTo(file Value, s string) error {
	if st, ok := file.(*stream); ok {
		st.write(in, s)
		return nil
	}
	w, err := in.getAttr(file, "write")
	if err != nil {
		return err
	}
	_, err = in.callSync(w, []Value{Str(s)}, nil)
	return err
}

func builtinRound(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("round", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if x, ok := args[0].(*Instance); ok {
		// builtin_round: the type's __round__, with ndigits only when given.
		if m, ok := x.cls.lookup("__round__"); ok {
			return in.callSync(bindAttr(m, x, x.cls), args[1:], nil)
		}
	}
	noDigits := len(args) == 1 || args[1] == None
	var nd int64
	if !noDigits {
		var ok bool
		if nd, ok = asInt(args[1]); !ok {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[1]))
		}
	}
	if x, ok := toBig(args[0]); ok {
		if _, isBool := args[0].(Bool); isBool || noDigits || nd >= 0 {
			return normBig(x), nil
		}
		return roundIntDigits(x, -nd), nil
	}
	f, ok := args[0].(Float)
	if !ok {
		return nil, newTypeError("type %s doesn't define __round__ method", typeName(args[0]))
	}
	if noDigits {
		return floatToInt(math.RoundToEven(float64(f)))
	}
	return Float(roundFloatDigits(float64(f), nd)), nil
}

// roundIntDigits is round(x, -k) for an int: to a multiple of 10**k, ties
// to even (longobject.c, long_round).
func roundIntDigits(x *big.Int, k int64) Value {
	if k > maxBigBits/3 {
		return mkInt(0)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	q, r := floorDivMod(x, p)
	switch c := new(big.Int).Lsh(r, 1).Cmp(p); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return normBig(q.Mul(q, p))
}

// roundFloatDigits is round(f, n): the float nearest to f rounded to n
// decimal places, ties to even on f's exact binary value, as CPython's
// correctly rounded float_round does (Objects/floatobject.c, double_round).
func roundFloatDigits(f float64, n int64) float64 {
	switch {
	case math.IsInf(f, 0) || math.IsNaN(f) || f == 0 || n > 323:
		return f
	case n < -308:
		return math.Copysign(0, f)
	case n >= 0:
		r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', int(n), 64), 64)
		return r
	}
	exact := new(big.Rat).SetFloat64(f)
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil))
	q := new(big.Rat).Quo(exact, p)
	// Round q to an integer, ties to even.
	num, den := q.Num(), q.Denom()
	i, r := floorDivMod(num, den)
	switch c := new(big.Int).Lsh(r, 1).Cmp(den); {
	case c > 0, c == 0 && i.Bit(0) == 1:
		i.Add(i, big.NewInt(1))
	}
	res, _ := new(big.Rat).Mul(new(big.Rat).SetInt(i), p).Float64()
	return math.Copysign(res, f)
}

func builtinSum(in *Interp, args []Value, kw []string) (Value, error) {
	pos, kws, err := splitKw("sum", args, kw, "start")
	if err != nil {
		return nil, err
	}
	if len(pos) < 1 || len(pos) > 2 {
		return nil, newTypeError("sum() takes at least 1 positional argument (0 given)")
	}
	var acc Value = mkInt(0)
	if len(pos) == 2 {
		acc = pos[1]
	} else if s, ok := kws["start"]; ok {
		acc = s
	}
	if _, ok := acc.(Str); ok {
		return nil, newTypeError("sum() can't sum strings [use ''.join(seq) instead]")
	}
	// Lazily, as Python/bltinmodule.c's builtin_sum_impl: sum(range(10**11))
	// runs (until the step cap) instead of building a list first.
	it, err := in.getIter(pos[0])
	if err != nil {
		return nil, err
	}
	if in.cfg.Version.AtLeast(3, 12) {
		return in.sumCompensated(it, acc)
	}
	err = in.forEach(it, func(v Value) (bool, error) {
		acc, err = in.binary(opAdd, acc, v, false)
		return false, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// sumCompensated is builtin_sum_impl from 3.12 on (Python/bltinmodule.c):
// an exact-int start adds small ints until an item is something else; if
// that addition (or the start) gives a float, floats are added with
// Neumaier's compensation and small ints plainly, until an item is
// neither, when the compensation is folded in and every later item is
// added as by +. Measured against CPython 3.12 and 3.13 here on 8,000
// random lists of floats, small and big ints and other numbers.
func (in *Interp) sumCompensated(it Value, acc Value) (Value, error) {
	const (
		phaseInt = iota
		phaseFloat
		phaseGeneric
	)
	phase := phaseGeneric
	switch acc.(type) {
	case Int, Bool:
		phase = phaseInt
	case Float:
		phase = phaseFloat
	}
	var f, c float64
	if x, ok := acc.(Float); ok {
		f = float64(x)
	}
	// The int phase takes exact ints and bools (PyLong_CheckExact,
	// PyBool_Check); the float phase any int, an IntEnum member too
	// (PyLong_Check).
	exactInt := func(v Value) (int64, bool) {
		if _, enum := v.(sigEnum); enum {
			return 0, false
		}
		return asInt(v)
	}
	err := in.forEach(it, func(v Value) (bool, error) {
		var err error
		switch phase {
		case phaseInt:
			if n, ok := exactInt(v); ok {
				a, _ := exactInt(acc)
				if s := a + n; (s > a) == (n > 0) {
					acc = mkInt(s)
					return false, nil
				}
			}
			// An item that is not a small int, or an overflow: added
			// as by +; a float result goes on compensated.
			if acc, err = in.binary(opAdd, acc, v, false); err != nil {
				return false, err
			}
			phase = phaseGeneric
			if x, ok := acc.(Float); ok {
				phase, f = phaseFloat, float64(x)
			}
		case phaseFloat:
			if x, ok := v.(Float); ok {
				y := float64(x)
				t := f + y
				if math.Abs(f) >= math.Abs(y) {
					c += (f - t) + y
				} else {
					c += (y - t) + f
				}
				f = t
				return false, nil
			}
			if n, ok := asInt(v); ok {
				f += float64(n)
				return false, nil
			}
			phase = phaseGeneric
			if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
				f += c
			}
			if acc, err = in.binary(opAdd, Float(f), v, false); err != nil {
				return false, err
			}
		default:
			if acc, err = in.binary(opAdd, acc, v, false); err != nil {
				return false, err
			}
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if phase == phaseFloat {
		if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
			f += c
		}
		return Float(f), nil
	}
	return acc, nil
}

func (in *Interp) minMax(name string, args []Value, kw []string, op cmpop) (Value, error) {
	pos, kws, err := splitKw(name, args, kw, "key", "default")
	if err != nil {
		return nil, err
	}
	var it Value
	switch len(pos) {
	case 0:
		return nil, newTypeError("%s expected at least 1 argument, got 0", name)
	case 1:
		// Lazily, as Python/bltinmodule.c's min_max.
		if it, err = in.getIter(pos[0]); err != nil {
			return nil, err
		}
	default:
		it = &Iter{kind: iterSeq, src: newTuple(pos)}
	}
	key := kws["key"]
	var best, bestK Value
	err = in.forEach(it, func(v Value) (bool, error) {
		k, err := in.applyKey(key, v)
		if err != nil {
			return false, err
		}
		if best == nil {
			best, bestK = v, k
			return false, nil
		}
		r, err := in.compare(op, k, bestK)
		if err != nil {
			return false, err
		}
		if truth(r) {
			best, bestK = v, k
		}
		return false, nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if d, ok := kws["default"]; ok {
			return d, nil
		}
		if in.cfg.Version.AtLeast(3, 12) {
			// Python/bltinmodule.c, min_max: reworded in 3.12.
			return nil, newValueError("%s() iterable argument is empty", name)
		}
		return nil, newValueError("%s() arg is an empty sequence", name)
	}
	return best, nil
}

func (in *Interp) applyKey(key, v Value) (Value, error) {
	if key == nil || key == None {
		return v, nil
	}
	return in.callSync(key, []Value{v}, nil)
}

// sortValues is a stable sort with key= and reverse= (list.sort, sorted).
func (in *Interp) sortValues(vs []Value, key, reverse Value) error {
	if err := in.spendSort(len(vs)); err != nil {
		return err
	}
	keys := make([]Value, len(vs))
	for i, v := range vs {
		k, err := in.applyKey(key, v)
		if err != nil {
			return err
		}
		keys[i] = k
	}
	rev := reverse != nil && truth(reverse)
	idx := make([]int, len(vs))
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	less := func(a, b Value) bool {
		if firstErr != nil {
			return false
		}
		r, err := in.compare(cmpLt, a, b)
		if err != nil {
			firstErr = err
			return false
		}
		return truth(r)
	}
	sort.SliceStable(idx, func(i, j int) bool {
		if rev {
			return less(keys[idx[j]], keys[idx[i]])
		}
		return less(keys[idx[i]], keys[idx[j]])
	})
	if firstErr != nil {
		return firstErr
	}
	out := make([]Value, len(vs))
	for i, k := range idx {
		out[i] = vs[k]
	}
	copy(vs, out)
	return nil
}

func (in *Interp) anyAll(args []Value, kw []string, isAny bool) (Value, error) {
	name := "all"
	if isAny {
		name = "any"
	}
	if err := checkArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	it, err := in.getIter(args[0])
	if err != nil {
		return nil, err
	}
	found := false
	err = in.forEach(it, func(v Value) (bool, error) {
		t, err := in.truth(v)
		found = t == isAny
		return found, err
	})
	if err != nil {
		return nil, err
	}
	return mkBool(found == isAny), nil
}
