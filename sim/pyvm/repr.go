// This file implements str() and repr() of every value (Objects/*object.c
// repr functions; float repr is the shortest round-tripping form, switching
// to exponent notation outside 1e-4 <= |x| < 1e16 as float_repr_style
// 'short' does).

package pyvm

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"zombielab/sim/pyast"
)

// str is str(v), calling __str__/__repr__ of instances.
func (in *Interp) str(v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case sigEnum:
		return x.str(in.cfg.Version), nil
	case *MappingProxy:
		return in.str(x.d) // mappingproxy_str: the mapping's str
	case *Tuple:
		if c := userTupleClass(x); c != nil {
			if m, ok := c.lookup("__str__"); ok {
				return in.callStrMethodOf(x, c, m, "__str__")
			}
		}
	case *Class:
		if m := metaOf(x); m != nil && in != nil {
			if fn, ok := metaMethod(m, "__str__"); ok {
				return in.callStrMethodOf(x, m, fn, "__str__")
			}
		}
	case *Instance:
		if m, ok := x.cls.lookup("__str__"); ok {
			return in.callStrMethod(x, m, "__str__")
		}
		if x.exc != nil {
			return excStr(x), nil
		}
	}
	return in.repr(v)
}

func (in *Interp) callStrMethod(x *Instance, m Value, name string) (string, error) {
	return in.callStrMethodOf(x, x.cls, m, name)
}

// callStrMethodOf calls __str__ or __repr__ m of x, whose class is c.
func (in *Interp) callStrMethodOf(x Value, c *Class, m Value, name string) (string, error) {
	if in == nil {
		return fmt.Sprintf("<%s object>", c.name), nil
	}
	r, err := in.callSync(&BoundMethod{self: x, fn: m}, nil, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", newTypeError("%s returned non-string (type %s)", name, typeName(r))
	}
	return string(s), nil
}

// repr is repr(v).
func (in *Interp) repr(v Value) (string, error) {
	switch v.(type) {
	case *List, *Tuple, *Set, *Dict, *DictView:
		if in != nil && in.t != nil {
			if err := in.enterRepr(); err != nil {
				return "", err
			}
			defer func() { in.reprDepth-- }()
		}
	}
	switch x := v.(type) {
	case NoneType:
		return "None", nil
	case sigEnum:
		return x.repr(), nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case *BigInt:
		return in.bigDecimal(x.v)
	case Float:
		return floatRepr(float64(x)), nil
	case Str:
		return strRepr(string(x)), nil
	case Bytes:
		return bytesRepr(string(x)), nil
	case *List:
		return in.seqRepr("[", "]", x.items, x)
	case *Tuple:
		if c := userTupleClass(x); c != nil {
			if m, ok := c.lookup("__repr__"); ok {
				return in.callStrMethodOf(x, c, m, "__repr__")
			}
		} else if x.seq != nil {
			return in.structSeqRepr(x)
		}
		if len(x.items) == 1 {
			s, err := in.repr(x.items[0])
			return "(" + s + ",)", err
		}
		return in.seqRepr("(", ")", x.items, nil)
	case *Set:
		return in.setRepr(x)
	case *DictView:
		return in.viewRepr(x)
	case *Dict:
		return in.dictRepr(x)
	case *Instance:
		if m, ok := x.cls.lookup("__repr__"); ok {
			return in.callStrMethod(x, m, "__repr__")
		}
		if x.exc != nil {
			s, err := in.seqRepr("(", ")", x.exc.args.items, nil)
			return x.cls.name + s, err
		}
		return fmt.Sprintf("<%s object at %s>", qualClassName(x.cls), in.addr(x)), nil
	case *HashObj:
		switch {
		case x.cls.module == "_sha3":
			return fmt.Sprintf("<_sha3.%s object at %s>", x.name, in.addr(x)), nil
		case in != nil && !in.cfg.Version.AtLeast(3, 9):
			return fmt.Sprintf("<%s HASH object @ %s>", x.name, in.addr(x)), nil
		}
		return fmt.Sprintf("<%s %s object @ %s>", x.name, typeName(x), in.addr(x)), nil
	case *Class:
		if m := metaOf(x); m != nil && in != nil {
			if fn, ok := metaMethod(m, "__repr__"); ok {
				return in.callStrMethodOf(x, m, fn, "__repr__")
			}
		}
		if x == enumMetaClass && in != nil {
			return "<class 'enum." + in.enumMetaName() + "'>", nil // renamed in 3.11
		}
		return fmt.Sprintf("<class '%s'>", qualClassName(x)), nil
	case *Function:
		return fmt.Sprintf("<function %s at %s>", in.fnView(x).qualname, in.addr(x)), nil
	case *Builtin:
		if c := x.owner; c != nil {
			// A builtin type's method (Objects/descrobject.c reprs).
			if isSlotWrapper(c.name, x.name) {
				return fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", x.name, c.name), nil
			}
			return fmt.Sprintf("<method '%s' of '%s' objects>", x.name, c.name), nil
		}
		return fmt.Sprintf("<built-in function %s>", x.name), nil
	case *Generator:
		if x.cls != nil {
			return fmt.Sprintf("<%s object at %s>", typeName(x), in.addr(x)), nil
		}
		return fmt.Sprintf("<generator object %s at %s>", x.qualname, in.addr(x)), nil
	case *BoundMethod:
		return in.boundRepr(x)
	case *Module:
		if builtinModuleNames[x.name] {
			return fmt.Sprintf("<module '%s' (built-in)>", x.name), nil
		}
		return fmt.Sprintf("<module '%s'>", x.name), nil
	case *GetSetDescr:
		return x.repr(), nil
	case *MappingProxy:
		s, err := in.repr(x.d)
		if err != nil {
			return "", err
		}
		return "mappingproxy(" + s + ")", nil
	case *Range:
		if x.step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.start, x.stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.start, x.stop, x.step), nil
	case *Slice:
		return fmt.Sprintf("slice(%s, %s, %s)", reprNoCall(x.lo), reprNoCall(x.hi), reprNoCall(x.step)), nil
	case ellipsisType:
		return "Ellipsis", nil
	case notImplementedType:
		return "NotImplemented", nil
	case *Property:
		return fmt.Sprintf("<property object at %s>", in.addr(x)), nil
	case *tupleGetter:
		return fmt.Sprintf("<_collections._tuplegetter object at %s>", in.addr(x)), nil
	case *Iter:
		return fmt.Sprintf("<%s object at %s>", iterClass(x).name, in.addr(x)), nil
	}
	return fmt.Sprintf("<%s object>", typeName(v)), nil
}

// structSeqRepr is structseq_repr: "module.name(field=value, ...)".
func (in *Interp) structSeqRepr(x *Tuple) (string, error) {
	var b strings.Builder
	b.WriteString(x.seq.cls.module + "." + x.seq.cls.name + "(")
	for i, v := range x.items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := in.repr(v)
		if err != nil {
			return "", err
		}
		b.WriteString(x.seq.fields[i] + "=" + s)
	}
	b.WriteString(")")
	return b.String(), nil
}

// enterRepr is PyObject_Repr's Py_EnterRecursiveCall for a container
// nested in the one being printed. Up to 3.12 it shares the Python
// recursion limit with the frames on the stack (measured from a function
// called at module level: a list nested 996 deep prints and 997 does not
// up to 3.11, one more on 3.12); 3.13 counts C recursion on its own
// (9,997 deep prints, anywhere).
func (in *Interp) enterRepr() error {
	if in == nil || in.t == nil {
		return nil // reprNoCall: no interpreter, nothing to count
	}
	in.reprDepth++
	limit := maxDepth - 1
	if in.cfg.Version.AtLeast(3, 12) {
		limit = maxDepth
	}
	deep := len(in.t.frames)+in.reprDepth > limit
	if in.cfg.Version.AtLeast(3, 13) {
		deep = in.reprDepth > 9997
	}
	if deep {
		in.reprDepth--
		return raisef(recursionErrorClass, "maximum recursion depth exceeded while getting the repr of an object")
	}
	return nil
}

func (in *Interp) boundRepr(x *BoundMethod) (string, error) {
	self, err := in.repr(x.self)
	if err != nil {
		return "", err
	}
	switch f := x.fn.(type) {
	case *Function:
		return fmt.Sprintf("<bound method %s of %s>", in.fnView(f).qualname, self), nil
	case *Builtin:
		if f.owner != nil && isSlotWrapper(f.owner.name, f.name) {
			return fmt.Sprintf("<method-wrapper '%s' of %s object at %s>", f.name, typeName(x.self), in.addr(x.self)), nil
		}
		return fmt.Sprintf("<built-in method %s of %s object at %s>", f.name, typeName(x.self), in.addr(x.self)), nil
	}
	return "<bound method>", nil
}

func qualClassName(c *Class) string {
	if c.module == "builtins" || c.module == "" {
		return c.qual()
	}
	return c.module + "." + c.qual()
}

// qual is the class's __qualname__.
func (c *Class) qual() string {
	if c.qualname != "" {
		return c.qualname
	}
	return c.name
}

// addr is the deterministic stand-in for an object's address.
func (in *Interp) addr(v Value) string {
	return fmt.Sprintf("0x%x", in.idOf(v))
}

func (in *Interp) seqRepr(open, close string, items []Value, self Value) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if self != nil && it == self {
			b.WriteString(open + "..." + close)
			continue
		}
		if err := in.spend(1); err != nil {
			return "", err
		}
		s, err := in.repr(it)
		if err != nil {
			return "", err
		}
		if b.Len()+len(s) > maxItems {
			return "", tooBig(int64(b.Len() + len(s)))
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func (in *Interp) dictRepr(d *Dict) (string, error) {
	if err := in.dictReady(d); err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("{")
	first := true
	for _, e := range d.t.entries {
		if !e.live() {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := in.repr(e.key)
		if err != nil {
			return "", err
		}
		v := "{...}"
		if e.val != Value(d) {
			if v, err = in.repr(e.val); err != nil {
				return "", err
			}
		}
		b.WriteString(k + ": " + v)
	}
	b.WriteString("}")
	return b.String(), nil
}

// reprNoCall is repr without running Python code (for Go-side messages).
func reprNoCall(v Value) string {
	var in *Interp
	s, _ := in.repr(v)
	return s
}

func strNoCall(v Value) string {
	var in *Interp
	s, _ := in.str(v)
	return s
}

// strRepr quotes a string as CPython's repr() does (Objects/unicodeobject.c,
// unicode_repr): ASCII as pyast.QuoteString quotes it, and a character
// str.isprintable refuses (a no-break space, a zero-width space, a
// surrogate-free private-use one …) escaped as \xNN, \uNNNN or \UNNNNNNNN.
func strRepr(s string) string {
	if isASCII(s) {
		return pyast.QuoteString(s)
	}
	return escapeChars(pyast.QuoteString(s), func(r rune) bool { return r < 0x80 || inRanges(printableRanges, r) })
}

func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expS, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expS)
	if exp >= -4 && exp < 16 {
		s := strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.ContainsAny(s, ".") {
			s += ".0"
		}
		return s
	}
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	return fmt.Sprintf("%se%s%02d", mant, sign, exp)
}

func trimSpace(s string) string { return strings.TrimSpace(s) }

// bytesRepr quotes bytes as CPython does, with \x escapes outside
// printable ASCII.
func bytesRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// asciiEscape is ascii()'s escaping of a repr: \xhh, \uhhhh or \Uhhhhhhhh
// for every non-ASCII character (Objects/unicodeobject.c, ascii_escape).
func asciiEscape(s string) string {
	return escapeChars(s, func(r rune) bool { return r < 0x80 })
}

// escapeChars writes each character keep refuses as \xhh, \uhhhh or
// \Uhhhhhhhh.
func escapeChars(s string, keep func(rune) bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case keep(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// builtinModuleNames are modules compiled into CPython's executable
// (sys.builtin_module_names on Linux, 3.8-3.13) among the ones the
// simulator has: their repr says so.
var builtinModuleNames = map[string]bool{"builtins": true, "sys": true, "_thread": true, "time": true,
	"posix": true, "errno": true, "itertools": true, "atexit": true, "_signal": true, "_io": true}
