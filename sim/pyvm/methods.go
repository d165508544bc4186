// This file implements the methods of the builtin types str, list, dict,
// set and tuple, and of BaseException and object.

package pyvm

import (
	"math"
	"strings"
	"unicode/utf8"
)

// unboundNeedsArg is the TypeError of a builtin type's method called on
// the class with no self (bytes.hex()), in each version's words.
//
// A special method that is a slot wrapper (list.__len__, int.__add__)
// keeps the 3.8 wording; the few that are method descriptors (methodDunder)
// take the new one with the named methods.
func unboundNeedsArg(in *Interp, cls, name string) error {
	if isSlotWrapper(cls, name) || in != nil && !in.cfg.Version.AtLeast(3, 9) {
		return newTypeError("descriptor '%s' of '%s' object needs an argument", name, cls)
	}
	return newTypeError("unbound method %s.%s() needs an argument", cls, name)
}

// wrongSelf is the TypeError of builtin method b called on its type with
// a self of another type (str.upper(b'a')), in CPython 3.8-3.13's words:
// a slot wrapper's (descr_check in Objects/descrobject.c) or a method
// descriptor's (method_check_args).
func wrongSelf(b *Builtin, self Value) error {
	if isSlotWrapper(b.owner.name, b.name) {
		return newTypeError("descriptor '%s' requires a '%s' object but received a '%s'", b.name, b.owner.name, typeName(self))
	}
	return newTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.name, b.owner.name, typeName(self))
}

// isSlotWrapper reports the special methods of builtin type cls that are
// slot wrappers in CPython.
func isSlotWrapper(cls, name string) bool {
	return strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") && !methodDunder(cls, name)
}

// methodDunder reports the special methods that CPython defines as
// ordinary methods (PyMethodDef, some with METH_COEXIST) rather than slot
// wrappers.
func methodDunder(cls, name string) bool {
	switch name {
	case "__format__", "__reduce__", "__reduce_ex__", "__dir__", "__sizeof__", "__getnewargs__",
		"__reversed__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getstate__",
		"__subclasshook__", "__init_subclass__", "__class_getitem__", "__copy__", "__deepcopy__":
		return true
	case "__getitem__":
		return cls == "list" || cls == "dict"
	case "__contains__":
		return cls == "dict"
	}
	return false
}

func method(c *Class, name string, lo, hi int, fn func(in *Interp, self Value, args []Value) (Value, error)) {
	c.dict.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == len(kw) {
			return nil, unboundNeedsArg(in, c.name, name)
		}
		if err := checkMethodArgs(in, c.name, name, args[1:], kw, lo, hi); err != nil {
			return nil, err
		}
		self := args[0]
		switch c {
		case dictClass:
			// An instance of a dict subclass: its mapping (dictsub.go).
			d, _, err := dictSelf(name, self)
			if err != nil {
				return nil, err
			}
			self = d
		case listClass:
			l, _, err := listSelf(name, self) // listsub.go
			if err != nil {
				return nil, err
			}
			self = l
		}
		return fn(in, self, args[1:])
	}})
}

// objectInit is object.__init__(self): extra arguments are an error when
// the class overrides __init__, or has no __new__ to take them
// (Objects/typeobject.c, object_init).
var objectInit = &Builtin{name: "__init__"}

func objectInitFn(in *Interp, args []Value, kw []string) (Value, error) {
	if len(args) > 1 || len(kw) > 0 {
		c := typeOf(args[0])
		if init, _ := c.lookup("__init__"); init != Value(objectInit) {
			return nil, newTypeError("object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if nf, _ := c.lookup("__new__"); isObjectNew(nf) {
			return nil, newTypeError("%s() takes no arguments", c.name)
		}
	}
	return None, nil
}

// objectNew is object.__new__(cls): a bare instance of a user class
// (Objects/typeobject.c, object_new: extra arguments are an error when
// the class overrides __new__, or has no __init__ to take them).
var objectNew = &Builtin{name: "__new__"}

func objectNewFn(in *Interp, args []Value, kw []string) (Value, error) {
	if len(args) == 0 {
		return nil, newTypeError("object.__new__(): not enough arguments")
	}
	c, ok := args[0].(*Class)
	if !ok {
		return nil, newTypeError("object.__new__(X): X is not a type object (%s)", typeName(args[0]))
	}
	if isTupleSubclass(c) || isDictSubclass(c) || isListSubclass(c) {
		return nil, newTypeError("object.__new__(%s) is not safe, use %s.__new__()", c.name, staticBase(c).name)
	}
	if c.builtin && !isExcClass(c) {
		if c == objectClass {
			return &Instance{cls: objectClass, dict: newDict()}, nil
		}
		return nil, newTypeError("object.__new__(%s) is not safe, use %s.__new__()", c.name, c.name)
	}
	if len(args) > 1 || len(kw) > 0 {
		if nf, _ := c.lookup("__new__"); !isObjectNew(nf) {
			return nil, newTypeError("object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if init, _ := c.lookup("__init__"); init == Value(objectInit) {
			return nil, newTypeError("%s() takes no arguments", c.name)
		}
	}
	return in.bareInstance(c, args[1:], kw)
}

func isObjectNew(v Value) bool {
	sm, ok := v.(*StaticMethod)
	return ok && sm.fn == Value(objectNew)
}

func init() {
	objectClass.dict.setStr("__init__", objectInit)
	objectNew.fn = objectNewFn
	objectInit.fn = objectInitFn
	initTupleNew()
	// BaseException.__new__ keeps its arguments as args
	// (Objects/exceptions.c, BaseException_new).
	baseExceptionClass.dict.setStr("__new__", &StaticMethod{fn: &Builtin{name: "__new__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("BaseException.__new__(): not enough arguments")
		}
		c, ok := args[0].(*Class)
		if !ok || !isExcClass(c) {
			return nil, newTypeError("BaseException.__new__(X): X is not a subtype of BaseException")
		}
		return in.bareInstance(c, args[1:], kw)
	}}})
	objectClass.dict.setStr("__new__", &StaticMethod{fn: objectNew})
	// object.__init_subclass__: nothing, and no keyword arguments
	// (Objects/typeobject.c, object_init_subclass).
	// A class method, as in CPython: super().__init_subclass__(**kw)
	// binds it to the class; 3.9's message names that class.
	objectClass.dict.setStr("__init_subclass__", &ClassMethod{fn: &Builtin{name: "__init_subclass__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			if c, ok := args[0].(*Class); ok && in.cfg.Version.AtLeast(3, 9) {
				return nil, newTypeError("%s.__init_subclass__() takes no keyword arguments", c.name)
			}
			return nil, newTypeError("__init_subclass__() takes no keyword arguments")
		}
		return None, nil
	}}})
	initObjectAttrMethods()
	baseExceptionClass.dict.setStr("__init__", &Builtin{name: "__init__", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		inst, ok := args[0].(*Instance)
		if !ok || inst.exc == nil {
			return nil, newTypeError("descriptor '__init__' requires a 'BaseException' object")
		}
		inst.exc.args = newTuple(copyVals(args[1 : len(args)-len(kw)]))
		initExcAttrs(inst)
		return None, in.excInit(inst, args[1:], kw)
	}})
	method(baseExceptionClass, "with_traceback", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) { return self, nil })
	initStrMethods()
	initListMethods()
	initListDunders()
	initDictMethods()
	initDictDunders()
	initDictViews()
	initMappingProxyMethods()
	initSetMethods()
	initBytesMethods()
	initBytearrayQueries()
	method(tupleClass, "index", 1, 3, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.indexBetween(self.(*Tuple).items, args, "tuple")
	})
	method(tupleClass, "count", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.countOf(self.(*Tuple).items, args[0])
	})
	initGeneratorBuiltins()
	initIterClasses()
}

// indexBetween is list.index and tuple.index (x, start, stop): the bounds
// as a slice's, the position counted from the start of items.
func (in *Interp) indexBetween(items []Value, args []Value, kind string) (Value, error) {
	lo, hi := 0, len(items)
	var err error
	if len(args) > 1 {
		if lo, hi, err = in.searchBounds(args[1:], len(items)); err != nil {
			return nil, err
		}
	}
	r, err := in.indexOf(items[lo:max(lo, hi)], args[0], kind)
	if n, ok := r.(Int); ok {
		r = n + Int(lo)
	}
	return r, err
}

// strWindow is the s[start:end] that find, count, startswith and friends
// search, and start as a code-point offset (Objects/unicodeobject.c,
// ADJUST_INDICES: negative indexes count from the end and are clamped).
// ok=false when start is past the end or after end, where CPython matches
// nothing, not even the empty string.
func strWindow(s string, args []Value) (string, int, bool, error) {
	if len(args) == 0 {
		return s, 0, true, nil
	}
	rs := []rune(s)
	n := len(rs)
	bounds := [2]int{0, n}
	for i, a := range args {
		if a == None {
			continue
		}
		v, ok := asInt(a)
		if !ok {
			return "", 0, false, newTypeError("slice indices must be integers or None or have an __index__ method")
		}
		bounds[i] = int(max(min(v, int64(n)+1), -int64(n)-1))
	}
	start, end := bounds[0], min(bounds[1], n)
	if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	if start > n || start > end {
		return "", start, false, nil
	}
	return string(rs[start:end]), start, true, nil
}

// splitLines is str.splitlines: every line boundary CPython knows
// (Objects/unicodeobject.c, Py_UNICODE_ISLINEBREAK), \r\n as one.
func splitLines(s string, keep bool) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		default:
			continue
		}
		end := i
		if rs[i] == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
			i++
		}
		if keep {
			end = i + 1
		}
		out = append(out, string(rs[start:end]))
		start = i + 1
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// expandTabs is str.expandtabs (bytes.expandtabs with byteWise): each
// tab to the next multiple of size columns, the column counted from the
// last newline or carriage return. A result past maxItems is a
// MemoryError, before it is built.
func expandTabs(s string, size int64, byteWise bool) (string, error) {
	var b strings.Builder
	col := int64(0)
	put := func(r rune) {
		if byteWise {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if !byteWise && r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch r {
		case '\t':
			if size > 0 {
				k := size - col%size
				if int64(b.Len())+k > maxItems {
					return "", tooBig(int64(b.Len()) + k)
				}
				b.WriteString(strings.Repeat(" ", int(k)))
				col += k
			}
		case '\n', '\r':
			put(r)
			col = 0
		default:
			put(r)
			col++
		}
	}
	return b.String(), nil
}

// expandtabsMethod is str.expandtabs or bytes.expandtabs (cls "str" or
// "bytes"; bytearray's is bytes' own).
func expandtabsMethod(cls string) *Builtin {
	return &Builtin{name: "expandtabs", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == len(kw) {
			return nil, unboundNeedsArg(in, cls, "expandtabs")
		}
		size, err := tabsizeArg(in, args[1:], kw)
		if err != nil {
			return nil, err
		}
		var s string
		var ok bool
		if cls == "str" {
			var t Str
			t, ok = args[0].(Str)
			s = string(t)
		} else {
			s, ok = bytesOf(args[0])
		}
		if !ok {
			return nil, newTypeError("descriptor 'expandtabs' requires a '%s' object but received a '%s'", cls, typeName(args[0]))
		}
		out, err := expandTabs(s, size, cls != "str")
		if cls == "str" {
			return Str(out), err
		}
		return Bytes(out), err
	}}
}

// tabsizeArg is the tabsize of str.expandtabs and bytes.expandtabs (args
// without self), worded as CPython 3.8-3.13 word each mistake (measured:
// lang expandtabs): one argument at most, by position or as tabsize=, an
// integer that fits a C int.
func tabsizeArg(in *Interp, args []Value, kw []string) (int64, error) {
	minor := in.cfg.Version.Minor
	if len(args) > 1 {
		return 0, newTypeError("expandtabs() takes at most 1 argument (%d given)", len(args))
	}
	if len(args) == 0 {
		return 8, nil
	}
	if len(kw) == 1 && kw[0] != "tabsize" {
		if minor < 13 {
			return 0, newTypeError("'%s' is an invalid keyword argument for expandtabs()", kw[0])
		}
		return 0, newTypeError("expandtabs() got an unexpected keyword argument '%s'", kw[0])
	}
	arg := args[0]
	if _, isFloat := arg.(Float); isFloat && minor < 10 {
		return 0, newTypeError("integer argument expected, got float")
	}
	n, ok := asInt(arg)
	if !ok {
		r, isIndex, err := in.pyIndex(arg)
		if err != nil {
			return 0, err
		}
		if isIndex {
			arg = r
			n, ok = asInt(r)
		}
	}
	_, big := arg.(*BigInt)
	switch {
	case !ok && !big && minor < 10:
		return 0, newTypeError("an integer is required (got type %s)", typeName(arg))
	case !ok && !big:
		return 0, newTypeError("'%s' object cannot be interpreted as an integer", typeName(arg))
	case big || n > math.MaxInt32 || n < math.MinInt32:
		return 0, raisef(overflowErrorClass, "Python int too large to convert to C int")
	}
	return n, nil
}

func argStr(v Value, fn string) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", newTypeError("%s() argument must be str, not %s", fn, typeName(v))
	}
	return string(s), nil
}

func strList(ss []string) Value {
	vs := make([]Value, len(ss))
	for i, s := range ss {
		vs[i] = Str(s)
	}
	return newList(vs)
}

func initStrMethods() {
	c := strClass
	simple := map[string]func(string) string{
		"upper": strUpper, "lower": strLower, "title": strTitle, "capitalize": strCapitalize,
		"swapcase": strSwapcase, "casefold": strCasefold,
	}
	for _, name := range []string{"upper", "lower", "title", "capitalize", "swapcase", "casefold"} {
		f := simple[name]
		method(c, name, 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
			return Str(f(string(self.(Str)))), nil
		})
	}
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		method(c, name, 0, 1, func(in *Interp, self Value, args []Value) (Value, error) {
			s := string(self.(Str))
			cut := " \t\n\r\x0b\x0c"
			if len(args) == 1 && args[0] != None {
				var err error
				if cut, err = argStr(args[0], name); err != nil {
					return nil, err
				}
			}
			switch name {
			case "lstrip":
				return Str(strings.TrimLeft(s, cut)), nil
			case "rstrip":
				return Str(strings.TrimRight(s, cut)), nil
			}
			return Str(strings.Trim(s, cut)), nil
		})
	}
	method(c, "split", 0, 2, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.strSplit(string(self.(Str)), args, false)
	})
	method(c, "rsplit", 0, 2, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.strSplit(string(self.(Str)), args, true)
	})
	method(c, "splitlines", 0, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		keep := len(args) == 1 && truth(args[0])
		return strList(splitLines(string(self.(Str)), keep)), nil
	})
	method(c, "isascii", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		for _, r := range string(self.(Str)) {
			if r > 0x7f {
				return falseV, nil
			}
		}
		return trueV, nil
	})
	c.dict.setStr("expandtabs", expandtabsMethod("str"))
	method(c, "join", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		vs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		parts := make([]string, len(vs))
		total := 0
		for i, v := range vs {
			s, ok := v.(Str)
			if !ok {
				return nil, newTypeError("sequence item %d: expected str instance, %s found", i, typeName(v))
			}
			parts[i] = string(s)
			if total += len(s); total > maxItems {
				return nil, tooBig(int64(total))
			}
		}
		return Str(strings.Join(parts, string(self.(Str)))), nil
	})
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		method(c, name, 1, 3, func(in *Interp, self Value, args []Value) (Value, error) {
			s, _, ok, err := strWindow(string(self.(Str)), args[1:])
			if err != nil || !ok {
				return falseV, err
			}
			var cands []Value
			if t, ok := args[0].(*Tuple); ok {
				cands = t.items
			} else {
				cands = []Value{args[0]}
			}
			for _, cv := range cands {
				p, err := argStr(cv, name)
				if err != nil {
					return nil, err
				}
				if (name == "startswith" && strings.HasPrefix(s, p)) || (name == "endswith" && strings.HasSuffix(s, p)) {
					return trueV, nil
				}
			}
			return falseV, nil
		})
	}
	method(c, "replace", 2, 3, func(in *Interp, self Value, args []Value) (Value, error) {
		old, err := argStr(args[0], "replace")
		if err != nil {
			return nil, err
		}
		nw, err := argStr(args[1], "replace")
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) == 3 {
			k, err := in.intArg(args[2])
			if err != nil {
				return nil, err
			}
			n = int(k)
		}
		src := string(self.(Str))
		if len(nw) > len(old) && int64(len(src))+int64(len(nw)-len(old))*int64(strings.Count(src, old)) > maxItems {
			return nil, tooBig(int64(len(src)))
		}
		return Str(strings.Replace(src, old, nw, n)), nil
	})
	for _, name := range []string{"find", "index", "rfind", "rindex", "count"} {
		name := name
		method(c, name, 1, 3, func(in *Interp, self Value, args []Value) (Value, error) {
			sub, err := argStr(args[0], name)
			if err != nil {
				return nil, err
			}
			s, offset, ok, err := strWindow(string(self.(Str)), args[1:])
			if err != nil {
				return nil, err
			}
			i := -1
			switch {
			case name == "count":
				if !ok {
					return mkInt(0), nil
				}
				return mkInt(int64(strings.Count(s, sub))), nil
			case !ok:
			case name == "find" || name == "index":
				i = strings.Index(s, sub)
			default:
				i = strings.LastIndex(s, sub)
			}
			if i < 0 && (name == "index" || name == "rindex") {
				return nil, newValueError("substring not found")
			}
			if i >= 0 {
				i = len([]rune(s[:i])) + offset
			}
			return mkInt(int64(i)), nil
		})
	}
	c.dict.setStr("format", &Builtin{name: "format", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if pushed, err := in.strFormatFrame(args, kw); pushed {
			return nil, framePushed(err)
		}
		s, err := in.strFormat(string(args[0].(Str)), args[1:], kw)
		return Str(s), err
	}})
	// format_map(mapping): str.format whose named fields are the mapping's
	// items, looked up one at a time with [] (so a dict subclass's
	// __missing__ answers), and which has no positional arguments
	// (Objects/unicodeobject.c, unicode_format_map / do_string_format_map).
	c.dict.setStr("format_map", &Builtin{name: "format_map", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("%sformat_map() takes no keyword arguments", strMethodPrefix(in))
		}
		if len(args) != 2 {
			return nil, newTypeError("%sformat_map() takes exactly one argument (%d given)", strMethodPrefix(in), len(args)-1)
		}
		num := fieldNumbering{mapping: args[1]}
		s, err := in.formatFields(string(args[0].(Str)), nil, nil, nil, &num, 2)
		return Str(s), err
	}})
	// The str.is... predicates as CPython decides them (strcase.go).
	preds := map[string]func(string) bool{
		"isdigit":     func(s string) bool { return strAll(s, digitRanges) },
		"isdecimal":   func(s string) bool { return strAll(s, decimalRanges) },
		"isnumeric":   func(s string) bool { return strAll(s, numericRanges) },
		"isalpha":     func(s string) bool { return strAll(s, alphaRanges) },
		"isspace":     func(s string) bool { return strAll(s, spaceRanges) },
		"isprintable": func(s string) bool { return s == "" || strAll(s, printableRanges) },
		"isalnum": func(s string) bool {
			for _, r := range s {
				if !inRanges(alphaRanges, r) && !inRanges(numericRanges, r) && !inRanges(digitRanges, r) && !inRanges(decimalRanges, r) {
					return false
				}
			}
			return s != ""
		},
		"isupper": strIsUpper, "islower": strIsLower, "istitle": strIsTitle, "isidentifier": strIsIdentifier,
	}
	for _, name := range []string{"isdigit", "isdecimal", "isnumeric", "isalpha", "isspace", "isprintable", "isalnum",
		"isupper", "islower", "istitle", "isidentifier"} {
		p := preds[name]
		method(c, name, 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
			return mkBool(p(string(self.(Str)))), nil
		})
	}
	for _, name := range []string{"ljust", "rjust", "center", "zfill"} {
		name := name
		lo := 1
		method(c, name, lo, 2, func(in *Interp, self Value, args []Value) (Value, error) {
			w, err := in.intArg(args[0])
			if err != nil {
				return nil, err
			}
			if w > maxItems {
				return nil, tooBig(w)
			}
			sp := formatSpec{fill: ' ', width: int(w)}
			if len(args) == 2 {
				// The fill character: one str character (str.center's
				// argument clinic, convert_uc).
				f, ok := args[1].(Str)
				if !ok {
					return nil, newTypeError("The fill character must be a unicode character, not %s", typeName(args[1]))
				}
				rs := []rune(string(f))
				if len(rs) != 1 {
					return nil, newTypeError("The fill character must be exactly one character long")
				}
				sp.fill = rs[0]
			}
			switch name {
			case "ljust":
				sp.align = '<'
			case "rjust":
				sp.align = '>'
			case "center":
				sp.align = '^'
			case "zfill":
				sp.align, sp.fill = '=', '0'
			}
			return Str(pad(string(self.(Str)), &sp, name == "zfill")), nil
		})
	}
	for _, name := range []string{"partition", "rpartition"} {
		name := name
		method(c, name, 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
			sep, err := argStr(args[0], name)
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, newValueError("empty separator")
			}
			s := string(self.(Str))
			if name == "partition" {
				if i := strings.Index(s, sep); i >= 0 {
					return newTuple([]Value{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}), nil
				}
				return newTuple([]Value{Str(s), Str(""), Str("")}), nil
			}
			if i := strings.LastIndex(s, sep); i >= 0 {
				return newTuple([]Value{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}), nil
			}
			return newTuple([]Value{Str(""), Str(""), Str(s)}), nil
		})
	}
	// removeprefix and removesuffix (3.9, PEP 616).
	for _, name := range []string{"removeprefix", "removesuffix"} {
		name := name
		method(c, name, 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
			if !in.cfg.Version.AtLeast(3, 9) {
				return nil, raisef(attributeErrorClass, "'str' object has no attribute '%s'", name)
			}
			if err := checkMethodArgs(in, "str", name, args, nil, 1, 1); err != nil {
				return nil, err // after the version: 3.8 has no such method
			}
			fix, err := argStr(args[0], name)
			if err != nil {
				return nil, err
			}
			if name == "removeprefix" {
				return Str(strings.TrimPrefix(string(self.(Str)), fix)), nil
			}
			return Str(strings.TrimSuffix(string(self.(Str)), fix)), nil
		})
	}
	initStrTranslate(c)
	c.dict.setStr("encode", &Builtin{name: "encode", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		enc, errs, err := codecArgs("encode", args[1:], kw)
		if err != nil {
			return nil, err
		}
		return encodeStr(string(args[0].(Str)), enc, errs)
	}})
	method(bytesClass, "decode", 0, 2, func(in *Interp, self Value, args []Value) (Value, error) {
		return Str(self.(Bytes)), nil
	})
}

func (in *Interp) strSplit(s string, args []Value, right bool) (Value, error) {
	limit := -1
	if len(args) == 2 {
		n, err := in.intArg(args[1])
		if err != nil {
			return nil, err
		}
		limit = int(n)
	}
	if len(args) == 0 || args[0] == None {
		fields := strings.Fields(s)
		if limit >= 0 && len(fields) > limit+1 {
			if right {
				head := strings.TrimRight(s, " \t\n")
				parts := fields[len(fields)-limit:]
				idx := len(head)
				for range parts {
					idx = strings.LastIndexAny(head[:idx], " \t\n")
				}
				return strList(append([]string{strings.TrimRight(head[:idx], " \t\n")}, parts...)), nil
			}
			rest := strings.TrimLeft(s, " \t\n")
			var out []string
			for i := 0; i < limit; i++ {
				k := strings.IndexAny(rest, " \t\n")
				out = append(out, rest[:k])
				rest = strings.TrimLeft(rest[k:], " \t\n")
			}
			return strList(append(out, rest)), nil
		}
		return strList(fields), nil
	}
	sep, err := argStr(args[0], "split")
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, newValueError("empty separator")
	}
	if right && limit >= 0 {
		parts := strings.Split(s, sep)
		if len(parts) > limit+1 {
			head := strings.Join(parts[:len(parts)-limit], sep)
			return strList(append([]string{head}, parts[len(parts)-limit:]...)), nil
		}
		return strList(parts), nil
	}
	return strList(strings.SplitN(s, sep, limit+boolInt(limit >= 0))), nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (in *Interp) indexOf(items []Value, x Value, what string) (Value, error) {
	for i, v := range items {
		eq, err := in.eq(v, x)
		if err != nil {
			return nil, err
		}
		if eq {
			return mkInt(int64(i)), nil
		}
	}
	if what == "list" {
		s, _ := in.repr(x)
		return nil, newValueError("%s is not in list", s)
	}
	return nil, newValueError("tuple.index(x): x not in tuple")
}

func (in *Interp) countOf(items []Value, x Value) (Value, error) {
	n := 0
	for _, v := range items {
		eq, err := in.eq(v, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return mkInt(int64(n)), nil
}

func initListMethods() {
	c := listClass
	method(c, "append", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		l := self.(*List)
		l.ownFrom(len(l.items))
		l.items = append(l.items, args[0])
		return None, nil
	})
	method(c, "extend", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		vs, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		l := self.(*List)
		if len(l.items)+len(vs) > maxItems {
			return nil, tooBig(int64(len(l.items) + len(vs)))
		}
		l.ownFrom(len(l.items))
		l.items = append(l.items, vs...)
		return None, nil
	})
	method(c, "pop", 0, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		l := self.(*List)
		if len(l.items) == 0 {
			return nil, raisef(indexErrorClass, "pop from empty list")
		}
		var k Value = mkInt(-1)
		if len(args) == 1 {
			k = args[0]
		}
		i, err := seqIndex(k, len(l.items), "pop")
		if err != nil {
			return nil, err
		}
		v := l.items[i]
		l.items = append(l.items[:i:i], l.items[i+1:]...)
		return v, nil
	})
	method(c, "insert", 2, 2, func(in *Interp, self Value, args []Value) (Value, error) {
		l := self.(*List)
		n, err := in.intArg(args[0])
		if err != nil {
			return nil, err
		}
		i := int(n)
		if i < 0 {
			i = max(i+len(l.items), 0)
		}
		i = min(i, len(l.items))
		l.items = append(l.items[:i:i], append([]Value{args[1]}, l.items[i:]...)...)
		return None, nil
	})
	method(c, "remove", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		l := self.(*List)
		for i, v := range l.items {
			eq, err := in.eq(v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				l.items = append(l.items[:i:i], l.items[i+1:]...)
				return None, nil
			}
		}
		return nil, newValueError("list.remove(x): x not in list")
	})
	method(c, "index", 1, 3, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.indexBetween(self.(*List).items, args, "list")
	})
	method(c, "count", 1, 1, func(in *Interp, self Value, args []Value) (Value, error) {
		return in.countOf(self.(*List).items, args[0])
	})
	method(c, "clear", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		l := self.(*List)
		l.items, l.shared, l.frozen = nil, false, 0
		return None, nil
	})
	method(c, "copy", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return newList(copyVals(self.(*List).items)), nil
	})
	method(c, "reverse", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		l := self.(*List)
		l.own()
		it := l.items
		for i, j := 0, len(it)-1; i < j; i, j = i+1, j-1 {
			it[i], it[j] = it[j], it[i]
		}
		return None, nil
	})
	c.dict.setStr("sort", &Builtin{name: "sort", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) > 3 {
			// _PyArg_UnpackKeywords: positional and keyword arguments
			// together first, then the positional ones.
			return nil, newTypeError("sort() takes at most 2 arguments (%d given)", len(args)-1)
		}
		pos, kws, err := splitKw("sort", args, kw, "key", "reverse")
		if err != nil {
			return nil, err
		}
		if len(pos) != 1 {
			return nil, newTypeError("sort() takes no positional arguments")
		}
		l, _, err := listSelf("sort", pos[0])
		if err != nil {
			return nil, err
		}
		l.own()
		return None, in.sortValues(l.items, kws["key"], kws["reverse"])
	}})
}

func initDictMethods() {
	c := dictClass
	view := func(kind iterKind) func(in *Interp, self Value, args []Value) (Value, error) {
		return func(in *Interp, self Value, args []Value) (Value, error) {
			// A live view of the dict (dictview.go).
			return newDictView(self.(*Dict), kind, false), nil
		}
	}
	method(c, "keys", 0, 0, view(iterKeys))
	method(c, "values", 0, 0, view(iterVals))
	method(c, "items", 0, 0, view(iterItems))
	method(c, "get", 1, 2, func(in *Interp, self Value, args []Value) (Value, error) {
		k, err := in.dictKey(self.(*Dict), args[0])
		if err != nil {
			return nil, err
		}
		v, ok, err := self.(*Dict).t.get(k)
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	method(c, "setdefault", 1, 2, func(in *Interp, self Value, args []Value) (Value, error) {
		d := self.(*Dict)
		k, err := in.dictKey(d, args[0])
		if err != nil {
			return nil, err
		}
		v, ok, err := d.t.get(k)
		if err != nil || ok {
			return v, err
		}
		var def Value = None
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.t.put(k, def)
	})
	method(c, "pop", 1, 2, func(in *Interp, self Value, args []Value) (Value, error) {
		k, err := in.dictKey(self.(*Dict), args[0])
		if err != nil {
			return nil, err
		}
		v, ok, err := self.(*Dict).t.del(k)
		if err != nil || ok {
			return v, err
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, &PyError{newExc(keyErrorClass, args[0])}
	})
	method(c, "popitem", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		d := self.(*Dict)
		for i := len(d.t.entries) - 1; i >= 0; i-- {
			if e := d.t.entries[i]; e.live() {
				d.t.del(e.key)
				return newTuple([]Value{e.key, e.val}), nil
			}
		}
		return nil, &PyError{newExc(keyErrorClass, Str("popitem(): dictionary is empty"))}
	})
	c.dict.setStr("update", &Builtin{name: "update", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return nil, newTypeError("descriptor 'update' of 'dict' object needs an argument")
		}
		d, _, err := dictSelf("update", args[0])
		if err != nil {
			return nil, err
		}
		pos := args[1 : len(args)-len(kw)]
		if len(pos) > 1 {
			return nil, newTypeError("update expected at most 1 argument, got %d", len(pos))
		}
		if len(pos) == 1 {
			if err := in.dictUpdate(d, pos[0]); err != nil {
				return nil, err
			}
		}
		for i, k := range kw {
			d.setStr(k, args[1+len(pos)+i])
		}
		return None, nil
	}})
	method(c, "clear", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		self.(*Dict).t.clear()
		return None, nil
	})
	method(c, "copy", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return &Dict{t: self.(*Dict).t.copy()}, nil
	})
	dictClass.dict.setStr("fromkeys", &ClassMethod{fn: &Builtin{name: "fromkeys", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("fromkeys", args[1:], kw, 1, 2); err != nil {
			return nil, err
		}
		vs, err := in.iterate(args[1])
		if err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) == 3 {
			v = args[2]
		}
		if cls, ok := args[0].(*Class); ok && cls != dictClass {
			// dict_fromkeys: a subclass is called, and its items set
			// with d[key] = value (the class's __setitem__ if it has one).
			d, err := in.callSync(cls, nil, nil)
			if err != nil {
				return nil, err
			}
			for _, k := range vs {
				if err := in.setItem(d, k, v); err != nil {
					return nil, err
				}
			}
			return d, nil
		}
		d := newDict()
		for _, k := range vs {
			if err := d.t.put(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}}})
}

// strMethodPrefix is how a str method's own argument errors name it: with
// its type from 3.9 ("str.format_map()"), bare before.
func strMethodPrefix(in *Interp) string {
	if in.cfg.Version.AtLeast(3, 9) {
		return "str."
	}
	return ""
}
