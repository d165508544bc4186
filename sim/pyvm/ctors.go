// This file implements the constructors of the builtin types (int(), str(),
// list(), dict(), property(), super(), ...) and the iteration builtins
// (iter, next, enumerate, zip, reversed, map, filter — the last two eager).

package pyvm

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func initConstructors() {
	intClass.ctor = ctorInt
	moduleClass.ctor = ctorModule
	// NoneType(), type(Ellipsis)() and type(NotImplemented)() give the
	// singletons (Objects/object.c, none_new and the like).
	for _, cv := range []struct {
		c *Class
		v Value
	}{{noneClass, None}, {ellipsisClass, ellipsisType{}}, {notImplClass, notImplemented}} {
		c, name, v := cv.c, cv.c.name, cv.v
		if c == ellipsisClass {
			name = "EllipsisType"
		}
		c.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return nil, newTypeError("%s takes no arguments", name)
			}
			return v, nil
		}
	}
	boolClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("bool", args, kw, 0, 1); err != nil || len(args) == 0 {
			return falseV, err
		}
		t, err := in.truth(args[0])
		return mkBool(t), err
	}
	floatClass.ctor = ctorFloat
	strClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("str", args, kw, 0, 1); err != nil || len(args) == 0 {
			return Str(""), err
		}
		if pushed, err := in.strFrame(args[0], "__str__"); pushed {
			return nil, framePushed(err)
		}
		s, err := in.str(args[0])
		return Str(s), err
	}
	listClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("list", args, kw, 0, 1); err != nil || len(args) == 0 {
			return newList(nil), err
		}
		vs, err := in.iterate(args[0])
		return newList(copyVals(vs)), err
	}
	tupleClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("tuple", args, kw, 0, 1); err != nil || len(args) == 0 {
			return emptyTuple, err
		}
		if t, ok := args[0].(*Tuple); ok && userTupleClass(t) == nil {
			return t, nil
		}
		vs, err := in.iterate(args[0])
		return newTuple(copyVals(vs)), err
	}
	dictClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		d := newDict()
		if err := in.dictInit(d, "dict", args, kw); err != nil {
			return nil, err
		}
		return d, nil
	}
	rangeClass.ctor = ctorRange
	typeClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if len(args) == 1 && len(kw) == 0 {
			return typeOf(args[0]), nil
		}
		if len(args) != 3 || len(kw) != 0 {
			return nil, newTypeError("type() takes 1 or 3 arguments")
		}
		c, hooks, err := in.newTypeCall(typeClass, args[0], args[1], args[2], nil, nil)
		if err != nil {
			return nil, err
		}
		return in.classReady(c, hooks)
	}
	propertyClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		pos, kws, err := splitKw("property", args, kw, "fget", "fset", "fdel", "doc")
		if err != nil {
			return nil, err
		}
		p := &Property{}
		slots := []*Value{&p.fget, &p.fset, &p.fdel}
		for i, v := range pos {
			if i < 3 {
				*slots[i] = v
			}
		}
		for i, n := range []string{"fget", "fset", "fdel"} {
			if v, ok := kws[n]; ok {
				*slots[i] = v
			}
		}
		return p, nil
	}
	staticClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("staticmethod", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{fn: args[0]}, nil
	}
	classmethClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("classmethod", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{fn: args[0]}, nil
	}
	superClass.ctor = ctorSuper
	bytesClass.ctor = ctorBytes
	sliceClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("slice", args, kw, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		}
		return &Slice{args[0], args[1], args[2]}, nil
	}
	propertyClass.dict.setStr("setter", propertyWith(1))
	propertyClass.dict.setStr("getter", propertyWith(0))
	propertyClass.dict.setStr("deleter", propertyWith(2))
}

// propertyWith implements property.setter/getter/deleter: a copy with one
// accessor replaced.
func propertyWith(slot int) *Builtin {
	return &Builtin{name: "setter", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("setter", args, kw, 2, 2); err != nil {
			return nil, err
		}
		p := *args[0].(*Property)
		switch slot {
		case 0:
			p.fget = args[1]
		case 1:
			p.fset = args[1]
		case 2:
			p.fdel = args[1]
		}
		return &p, nil
	}}
}

func ctorInt(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
	pos, kws, err := splitKw("int", args, kw, "base")
	if err != nil {
		return nil, err
	}
	if len(pos) == 0 {
		return mkInt(0), nil
	}
	base := int64(10)
	if b, ok := kws["base"]; ok {
		base, _ = asInt(b)
	} else if len(pos) == 2 {
		base, _ = asInt(pos[1])
	}
	if b, ok := bytesOf(pos[0]); ok {
		// int(b'12'): parsed as its text, a bad one shown as its repr.
		r, err := ctorInt(in, c, append([]Value{Str(b)}, args[1:]...), kw)
		if pe, ok := err.(*PyError); ok && isSubclass(pe.Exc.cls, valueErrorClass) {
			rep, _ := in.repr(pos[0])
			return nil, newValueError("invalid literal for int() with base %d: %s", base, rep)
		}
		return r, err
	}
	switch x := pos[0].(type) {
	case Int:
		return x, nil
	case Bool, sigEnum:
		n, _ := asInt(x)
		return mkInt(n), nil
	case *BigInt:
		return x, nil
	case Float:
		return floatToInt(float64(x))
	case Str:
		t := strings.TrimSpace(asciiDigits(string(x)))
		s := stripBasePrefix(strings.ReplaceAll(t, "_", ""), base)
		n, err := strconv.ParseInt(s, int(base), 64)
		if err == nil && !underscoresOK(t) {
			err = strconv.ErrSyntax
		}
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return in.parseBigInt(s, int(base), string(x))
			}
			return nil, newValueError("invalid literal for int() with base %d: %s", base, strRepr(string(x)))
		}
		return mkInt(n), nil
	case *Instance:
		// PyNumber_Long: __int__, then __index__, then __trunc__.
		if r, ok, err := in.dunder(x, "__int__"); ok || err != nil {
			if err != nil {
				return nil, err
			}
			return intResult("__int__", r)
		}
		if r, ok, err := in.pyIndex(x); ok || err != nil {
			return r, err
		}
		if _, has := x.cls.lookup("__trunc__"); has && !in.cfg.Version.AtLeast(3, 14) {
			if in.cfg.Version.AtLeast(3, 11) {
				if err := in.warnDeprecation(in.callerFrame(), "The delegation of int() to __trunc__ is deprecated."); err != nil {
					return nil, err
				}
			}
			r, _, err := in.dunder(x, "__trunc__")
			if err != nil {
				return nil, err
			}
			return intResult("__trunc__", r)
		}
	}
	return nil, newTypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(pos[0]))
}

// stripBasePrefix drops the 0x, 0o or 0b that int(s, 16/8/2) accepts
// (longobject.c, PyLong_FromString), keeping the sign.
func stripBasePrefix(s string, base int64) string {
	prefix := map[int64]string{16: "0x", 8: "0o", 2: "0b"}[base]
	if prefix == "" {
		return s
	}
	sign, rest := "", s
	if len(rest) > 0 && (rest[0] == '-' || rest[0] == '+') {
		sign, rest = rest[:1], rest[1:]
	}
	if len(rest) > 2 && strings.EqualFold(rest[:2], prefix) {
		return sign + rest[2:]
	}
	return s
}

// asciiDigits is _PyUnicode_TransformDecimalAndSpaceToASCII: every
// decimal digit of any script as its ASCII digit, every space as ' '
// (float('١٢') is 12.0). Digits come in runs of ten from zero.
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			k := 0
			for unicode.IsDigit(r - rune(k+1)) {
				k++
			}
			b.WriteByte(byte('0' + k%10))
		case r >= utf8.RuneSelf && unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ctorModule is types.ModuleType(name, doc=None): an empty module, in no
// sys.modules (Objects/moduleobject.c, module___init___impl).
func ctorModule(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
	vals, err := bindArgs(in.cfg.Version, "module", args, kw, 2, []string{"name", "doc"}, None)
	if err != nil {
		return nil, err
	}
	name, ok := vals[0].(Str)
	if !ok {
		return nil, newTypeError("module() argument 'name' must be str, not %s", typeName(vals[0]))
	}
	d := newDict()
	d.setStr("__name__", name)
	d.setStr("__doc__", vals[1])
	d.setStr("__package__", None)
	d.setStr("__loader__", None)
	d.setStr("__spec__", None)
	return in.gate(&Module{name: string(name), dict: d}), nil
}

// underscoresOK reports whether the underscores of an int literal (sign
// and spaces trimmed) each sit between two digits, or right after a base
// prefix: int('1_000') and int('0x_ff', 16), not int('1__0') nor int('_1').
func underscoresOK(s string) bool {
	s = strings.TrimLeft(s, "+-")
	if len(s) > 2 && s[0] == '0' && strings.ContainsRune("xXoObB", rune(s[1])) {
		s = s[2:]
		if strings.HasPrefix(s, "_") {
			s = s[1:]
		}
	}
	return !strings.HasPrefix(s, "_") && !strings.HasSuffix(s, "_") && !strings.Contains(s, "__")
}

func ctorFloat(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
	if err := checkArgs("float", args, kw, 0, 1); err != nil || len(args) == 0 {
		return Float(0), err
	}
	if f, ok := asFloat(args[0]); ok {
		return Float(f), nil
	}
	if b, ok := args[0].(*BigInt); ok {
		f, err := bigToFloat(b.v)
		return Float(f), err
	}
	arg := args[0]
	if b, ok := bytesOf(arg); ok {
		// float(b'2.5'): bytes and bytearray parse as their text would,
		// and a bad one shows its repr in the message.
		if _, err := ctorFloat(in, c, []Value{Str(b)}, nil); err != nil {
			r, _ := in.repr(arg)
			return nil, newValueError("could not convert string to float: %s", r)
		}
		arg = Str(b)
	}
	if s, ok := arg.(Str); ok {
		t := strings.ToLower(strings.TrimSpace(asciiDigits(string(s))))
		switch t {
		case "inf", "+inf", "infinity":
			return Float(math.Inf(1)), nil
		case "-inf", "-infinity":
			return Float(math.Inf(-1)), nil
		case "nan", "+nan", "-nan":
			return Float(pyNaN), nil
		}
		f, err := strconv.ParseFloat(t, 64)
		if strings.ContainsAny(t, "xp") {
			err = strconv.ErrSyntax // Go's hexadecimal floats, which CPython's float() refuses
		}
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			err = nil // too large is inf and too small is 0.0, as strtod gives
		}
		if err != nil {
			return nil, newValueError("could not convert string to float: %s", strRepr(string(s)))
		}
		return Float(f), nil
	}
	if x, ok := args[0].(*Instance); ok {
		// PyNumber_Float: __float__, then __index__.
		if r, ok, err := in.dunder(x, "__float__"); ok || err != nil {
			if err != nil {
				return nil, err
			}
			if f, isFloat := r.(Float); isFloat {
				return f, nil
			}
			return nil, newTypeError("%s.__float__ returned non-float (type %s)", x.cls.name, typeName(r))
		}
		if r, ok, err := in.pyIndex(x); ok || err != nil {
			if err != nil {
				return nil, err
			}
			return ctorFloat(in, c, []Value{r}, nil)
		}
	}
	return nil, newTypeError("float() argument must be a string or a real number, not '%s'", typeName(args[0]))
}

func ctorRange(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
	if len(args) == 0 && !in.cfg.Version.AtLeast(3, 9) {
		return nil, newTypeError("range expected 1 argument, got 0")
	}
	if err := checkArgs("range", args, kw, 1, 3); err != nil {
		return nil, err
	}
	args, err := in.indexArgs(args)
	if err != nil {
		return nil, err
	}
	var ns [3]int64
	for i, a := range args {
		n, ok := asInt(a)
		if _, big := a.(*BigInt); big {
			return nil, raisef(overflowErrorClass, "range() bounds beyond 64 bits are not supported by the simulator")
		}
		if !ok {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(a))
		}
		ns[i] = n
	}
	switch len(args) {
	case 1:
		return &Range{0, ns[0], 1}, nil
	case 2:
		return &Range{ns[0], ns[1], 1}, nil
	}
	if ns[2] == 0 {
		return nil, newValueError("range() arg 3 must not be zero")
	}
	return &Range{ns[0], ns[1], ns[2]}, nil
}

// ctorSuper is super(): with no arguments it uses the class the calling
// method was defined in and the method's first argument.
func ctorSuper(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
	if len(args) == 2 {
		cls, ok := args[0].(*Class)
		if !ok {
			return nil, newTypeError("super() argument 1 must be a type, not %s", typeName(args[0]))
		}
		return &Super{cls: cls, self: args[1]}, nil
	}
	f := in.callerFrame()
	var owner *Class
	if f.fn != nil {
		owner = in.fnOwner(in.fnView(f.fn))
	}
	if owner == nil || len(f.locals) == 0 || f.code.NumPos == 0 {
		return nil, raisef(runtimeErrorClass, "super(): no arguments")
	}
	self := f.locals[0]
	if len(f.code.cell2arg) > 0 && f.code.cell2arg[0] == 0 && f.cells[0] != nil {
		self = f.cells[0].v
	}
	return &Super{cls: owner, self: self}, nil
}

func initIterBuiltins() {
	def("iter", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 2 && len(kw) == 0 {
			// iter(callable, sentinel); the callable runs without
			// line stops, as other callbacks from builtins do.
			if !isCallable(args[0]) {
				return nil, newTypeError("iter(v, w): v must be callable")
			}
			return &Iter{kind: iterSentinel, src: newTuple([]Value{args[0], args[1]})}, nil
		}
		if err := checkArgs("iter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if pushed, err := in.dunderFrame(args[0], "__iter__", retIter); pushed {
			return nil, framePushed(err)
		}
		return in.getIter(args[0])
	})
	def("next", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("next", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if g, ok := args[0].(*Generator); ok {
			return in.genSend(g, None, args[1:])
		}
		if inst, ok := args[0].(*Instance); ok && in.syncDepth == 0 {
			// A Python __next__ runs as a frame on the stack, as CPython
			// calls it: its lines are steps and it may block (a pool's
			// imap iterator waits on a Condition). With a default, a
			// hidden helper catches StopIteration.
			if _, has := inst.cls.lookup("__next__"); has {
				fn, args := Value(nil), args
				if len(args) == 2 {
					fn, _ = in.prelude.dict.getStr("_next_default")
				} else {
					m, err := in.getAttr(inst, "__next__")
					if err != nil {
						return nil, err
					}
					fn, args = m, nil
				}
				r, pushed, err := in.call(fn, args, nil)
				if err == nil && pushed {
					return nil, errFramePushed
				}
				return r, err
			}
		}
		v, ok, err := in.next(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, &PyError{newExc(stopIterationClass)}
		}
		return v, nil
	})
	def("enumerate", func(in *Interp, args []Value, kw []string) (Value, error) {
		pos, kws, err := splitKw("enumerate", args, kw, "start")
		if err != nil {
			return nil, err
		}
		if len(pos) < 1 || len(pos) > 2 {
			return nil, newTypeError("enumerate() takes 1 or 2 arguments")
		}
		it, err := in.getIter(pos[0])
		if err != nil {
			return nil, err
		}
		start := int64(0)
		if len(pos) == 2 {
			start, err = in.intArg(pos[1])
		} else if s, ok := kws["start"]; ok {
			start, err = in.intArg(s)
		}
		if err != nil {
			return nil, err
		}
		return &Iter{kind: iterEnum, src: &enumState{it: it, count: start}}, nil
	})
	def("zip", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("zip", args, kw, 0, -1); err != nil {
			return nil, err
		}
		its := make([]Value, len(args))
		for i, a := range args {
			it, err := in.getIter(a)
			if err != nil {
				return nil, err
			}
			its[i] = it
		}
		return &Iter{kind: iterZip, src: newTuple(its)}, nil
	})
	def("reversed", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("reversed", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if x, ok := args[0].(*Instance); ok {
			// reversed_new: the object's own __reversed__ first.
			if m, ok := x.cls.lookup("__reversed__"); ok {
				if m == None {
					return nil, newTypeError("'%s' object is not reversible", typeName(x))
				}
				return in.callSync(bindAttr(m, x, x.cls), nil, nil)
			}
		}
		if c, ok := args[0].(*Class); ok {
			if r, ok, err := in.metaDunder(c, "__reversed__"); ok || err != nil {
				return r, err
			}
		}
		if d, ok := args[0].(*Dict); ok {
			return in.reversedOf(d)
		}
		if v, ok := args[0].(*DictView); ok {
			items, err := in.viewItems(v)
			if err != nil {
				return nil, err
			}
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			cls := [...]*Class{iterKeys: dictRevKeyIterClass, iterVals: dictRevValIterClass, iterItems: dictRevItemIterClass}[v.kind]
			return &Iter{kind: iterSeq, src: newTuple(items), cls: cls}, nil
		}
		vs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		out := make([]Value, len(vs))
		for i, v := range vs {
			out[len(vs)-1-i] = v
		}
		// list_reversed and range_reverse have their own types; other
		// sequences get a reversed object.
		cls := reversedClass
		switch args[0].(type) {
		case *List:
			cls = listRevIterClass
		case *Range:
			cls = rangeIterClass
		}
		return &Iter{kind: iterSeq, src: newTuple(out), cls: cls}, nil
	})
	def("map", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("map", args, kw, 2, -1); err != nil {
			return nil, err
		}
		seqs := make([][]Value, len(args)-1)
		n := -1
		for i, a := range args[1:] {
			vs, err := in.iterate(a)
			if err != nil {
				return nil, err
			}
			seqs[i] = vs
			if n < 0 || len(vs) < n {
				n = len(vs)
			}
		}
		out := make([]Value, n)
		for i := 0; i < n; i++ {
			call := make([]Value, len(seqs))
			for j := range seqs {
				call[j] = seqs[j][i]
			}
			r, err := in.callSync(args[0], call, nil)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return &Iter{kind: iterSeq, src: newTuple(out)}, nil
	})
	def("filter", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("filter", args, kw, 2, 2); err != nil {
			return nil, err
		}
		vs, err := in.iterate(args[1])
		if err != nil {
			return nil, err
		}
		var out []Value
		for _, v := range vs {
			keep := v
			if args[0] != None {
				if keep, err = in.callSync(args[0], []Value{v}, nil); err != nil {
					return nil, err
				}
			}
			t, err := in.truth(keep)
			if err != nil {
				return nil, err
			}
			if t {
				out = append(out, v)
			}
		}
		return &Iter{kind: iterSeq, src: newTuple(out)}, nil
	})
}

// ctorBytes is bytes(), bytes(n) and bytes(iterable of ints).
func ctorBytes(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
	if len(args) > 1 {
		if str, isStr := args[0].(Str); isStr {
			// bytes(str, encoding[, errors]): str.encode.
			enc, errs, err := codecArgs("bytes", args[1:], kw)
			if err != nil {
				return nil, err
			}
			return encodeStr(string(str), enc, errs)
		}
	}
	if err := checkArgs("bytes", args, kw, 0, 1); err != nil || len(args) == 0 {
		return Bytes(""), err
	}
	switch x := args[0].(type) {
	case Bytes:
		return x, nil
	case Str:
		return nil, newTypeError("string argument without an encoding")
	}
	if b, ok := bytearrayData(args[0]); ok {
		return Bytes(b), nil
	}
	if n, ok := asInt(args[0]); ok {
		if n < 0 {
			return nil, newValueError("negative count")
		}
		if n > maxItems {
			return nil, tooBig(n)
		}
		return Bytes(make([]byte, n)), nil
	}
	vs, err := in.iterate(args[0])
	if err != nil {
		return nil, err
	}
	b := make([]byte, len(vs))
	for i, v := range vs {
		n, ok := asInt(v)
		if !ok || n < 0 || n > 255 {
			return nil, newValueError("bytes must be in range(0, 256)")
		}
		b[i] = byte(n)
	}
	return Bytes(b), nil
}
