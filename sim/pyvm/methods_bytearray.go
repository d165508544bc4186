// This file implements bytearray (Objects/bytearrayobject.c): mutable
// bytes. An instance is an Instance of the builtin class bytearray whose
// bytes live in its __dict__ under a key no Python name can spell, so a
// fork copies them as it copies any instance; the read-only methods are
// bytes's, applied to a snapshot and giving a bytearray where bytes would
// give bytes.

package pyvm

import "strings"

var bytearrayClass = builtinClass("bytearray")

const bytearrayKey = "\x00bytearray"

func newBytearray(b string) *Instance {
	inst := &Instance{cls: bytearrayClass, dict: newDict()}
	inst.dict.setStr(bytearrayKey, Bytes(b))
	return inst
}

// bytearrayData returns the bytes of a bytearray.
func bytearrayData(v Value) (string, bool) {
	x, ok := v.(*Instance)
	if !ok || x.cls != bytearrayClass {
		return "", false
	}
	b, _ := x.dict.getStr(bytearrayKey)
	s, _ := b.(Bytes)
	return string(s), true
}

func setBytearray(v Value, b string) { v.(*Instance).dict.setStr(bytearrayKey, Bytes(b)) }

// bytesOf is a bytes-like value's bytes: bytes or bytearray.
func bytesOf(v Value) (string, bool) {
	if b, ok := v.(Bytes); ok {
		return string(b), true
	}
	return bytearrayData(v)
}

// byteValue is one byte given as an int.
func byteValue(v Value) (byte, error) {
	n, ok := asInt(v)
	if !ok {
		return 0, newTypeError("'%s' object cannot be interpreted as an integer", typeName(v))
	}
	if n < 0 || n > 255 {
		return 0, newValueError("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesFromIterable is the bytes of bytes(x)/bytearray(x)/extend(x).
func (in *Interp) bytesFromIterable(v Value) (string, error) {
	if b, ok := bytesOf(v); ok {
		return b, nil
	}
	if _, ok := v.(Str); ok {
		return "", newTypeError("can't extend bytearray with str")
	}
	vs, err := in.iterate(v)
	if err != nil {
		return "", err
	}
	out := make([]byte, len(vs))
	for i, x := range vs {
		if out[i], err = byteValue(x); err != nil {
			return "", err
		}
	}
	return string(out), nil
}

func init() {
	c := bytearrayClass
	c.ctor = func(in *Interp, cls *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("bytearray", args, kw, 0, 1); err != nil || len(args) == 0 {
			return newBytearray(""), err
		}
		if _, ok := args[0].(Str); ok {
			return nil, newTypeError("string argument without an encoding")
		}
		if n, ok := asInt(args[0]); ok {
			if n < 0 {
				return nil, newValueError("negative count")
			}
			if n > maxItems {
				return nil, tooBig(n)
			}
			return newBytearray(string(make([]byte, n))), nil
		}
		b, err := in.bytesFromIterable(args[0])
		return newBytearray(b), err
	}
	data := func(v Value) string { s, _ := bytearrayData(v); return s }
	method(c, "__repr__", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		return Str("bytearray(" + bytearrayRepr(data(v)) + ")"), nil
	})
	method(c, "__len__", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		return mkInt(int64(len(data(v)))), nil
	})
	method(c, "__iter__", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		return &Iter{kind: iterSeq, src: bytesInts(Bytes(data(v)))}, nil
	})
	method(c, "__contains__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		ok, err := bytesContains(Bytes(data(v)), bytesLikeArg(args[0]))
		return mkBool(ok), err
	})
	method(c, "__eq__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		o, ok := bytesOf(args[0])
		if !ok {
			return notImplementedType(struct{}{}), nil
		}
		return mkBool(o == data(v)), nil
	})
	method(c, "__add__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		o, ok := bytesOf(args[0])
		if !ok {
			return nil, newTypeError("can't concat %s to bytearray", typeName(args[0]))
		}
		return newBytearray(data(v) + o), nil
	})
	method(c, "__mul__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		n, _ := asInt(args[0])
		if n > 0 && int64(len(data(v)))*n > maxItems {
			return nil, tooBig(int64(len(data(v))) * n)
		}
		return newBytearray(strings.Repeat(data(v), int(max(n, 0)))), nil
	})
	method(c, "__getitem__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		r, err := in.getItem(Bytes(data(v)), args[0])
		if b, ok := r.(Bytes); ok {
			return newBytearray(string(b)), err
		}
		return r, err
	})
	method(c, "__setitem__", 2, 2, func(in *Interp, v Value, args []Value) (Value, error) {
		b := []byte(data(v))
		if s, ok := args[0].(*Slice); ok {
			repl, err := in.bytesFromIterable(args[1])
			if err != nil {
				return nil, err
			}
			start, stop, step, n, err := sliceIndices(s, len(b))
			if err != nil {
				return nil, err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				setBytearray(v, string(b[:start])+repl+string(b[stop:]))
				return None, nil
			}
			if len(repl) != n {
				return nil, newValueError("attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
			}
			for i := 0; i < n; i++ {
				b[start+i*step] = repl[i]
			}
			setBytearray(v, string(b))
			return None, nil
		}
		i, err := seqIndex(args[0], len(b), "bytearray")
		if err != nil {
			return nil, err
		}
		if b[i], err = byteValue(args[1]); err != nil {
			return nil, err
		}
		setBytearray(v, string(b))
		return None, nil
	})
	// The rest of the sequence protocol (Objects/bytearrayobject.c,
	// 3.8-3.13): ordering against any bytes-like value, n * b, b % args
	// (formatted as bytes are), del b[i] and del b[i:j], insert; a
	// bytearray is mutable and so unhashable (__hash__ is None).
	for _, p := range []struct {
		name string
		ok   func(c int) bool
	}{{"__lt__", func(c int) bool { return c < 0 }}, {"__le__", func(c int) bool { return c <= 0 }},
		{"__gt__", func(c int) bool { return c > 0 }}, {"__ge__", func(c int) bool { return c >= 0 }},
		{"__ne__", func(c int) bool { return c != 0 }}} {
		ok := p.ok
		method(c, p.name, 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
			o, isBytes := bytesOf(args[0])
			if !isBytes {
				return notImplemented, nil
			}
			return mkBool(ok(strings.Compare(data(v), o))), nil
		})
	}
	method(c, "__rmul__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		if !isIntValue(args[0]) {
			return notImplemented, nil
		}
		n, _ := asInt(args[0])
		if n > 0 && int64(len(data(v)))*n > maxItems {
			return nil, tooBig(int64(len(data(v))) * n)
		}
		return newBytearray(strings.Repeat(data(v), int(max(n, 0)))), nil
	})
	method(c, "__mod__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		r, err := in.binary(opMod, Bytes(data(v)), args[0], false)
		if err != nil {
			return nil, err
		}
		return toBytearray(r), nil
	})
	method(c, "__delitem__", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		b := []byte(data(v))
		if s, ok := args[0].(*Slice); ok {
			start, _, step, n, err := sliceIndices(s, len(b))
			if err != nil {
				return nil, err
			}
			drop := make([]bool, len(b))
			for i := 0; i < n; i++ {
				drop[start+i*step] = true
			}
			out := b[:0]
			for i, x := range b {
				if !drop[i] {
					out = append(out, x)
				}
			}
			setBytearray(v, string(out))
			return None, nil
		}
		i, err := seqIndex(args[0], len(b), "bytearray")
		if err != nil {
			return nil, err
		}
		setBytearray(v, string(b[:i])+string(b[i+1:]))
		return None, nil
	})
	method(c, "insert", 2, 2, func(in *Interp, v Value, args []Value) (Value, error) {
		b := data(v)
		i, ok := asInt(args[0])
		if !ok {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		x, err := byteValue(args[1])
		if err != nil {
			return nil, err
		}
		// list.insert's clamping of the index.
		if i < 0 {
			i = max(i+int64(len(b)), 0)
		}
		i = min(i, int64(len(b)))
		setBytearray(v, b[:i]+string([]byte{x})+b[i:])
		return None, nil
	})
	c.dict.setStr("__hash__", None)
	method(c, "append", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		x, err := byteValue(args[0])
		if err == nil {
			setBytearray(v, data(v)+string([]byte{x}))
		}
		return None, err
	})
	method(c, "extend", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		b, err := in.bytesFromIterable(args[0])
		if err == nil {
			setBytearray(v, data(v)+b)
		}
		return None, err
	})
	method(c, "pop", 0, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		b := data(v)
		if b == "" {
			return nil, raisef(indexErrorClass, "pop from empty bytearray")
		}
		i := len(b) - 1
		if len(args) == 1 {
			var err error
			if i, err = seqIndex(args[0], len(b), "pop"); err != nil {
				return nil, raisef(indexErrorClass, "pop index out of range")
			}
		}
		setBytearray(v, b[:i]+b[i+1:])
		return mkInt(int64(b[i])), nil
	})
	method(c, "clear", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		setBytearray(v, "")
		return None, nil
	})
	method(c, "copy", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		return newBytearray(data(v)), nil
	})
}

// bytesLikeArg passes a bytearray argument on as bytes.
func bytesLikeArg(v Value) Value {
	if b, ok := bytearrayData(v); ok {
		return Bytes(b)
	}
	return v
}

// initBytearrayQueries gives bytearray bytes's read-only methods: the
// arguments and the result's bytes become bytes for the call and the
// result bytearray again (lists and tuples of results too).
func initBytearrayQueries() {
	keepBytes := map[string]bool{"decode": true, "hex": true}
	for _, e := range bytesClass.dict.t.entries {
		name := string(e.key.(Str))
		b, ok := e.val.(*Builtin)
		if !e.live() || !ok {
			continue
		}
		if _, has := bytearrayClass.dict.getStr(name); has {
			continue
		}
		fn := b.fn
		keep := keepBytes[name]
		bytearrayClass.dict.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
			if len(args) == len(kw) {
				return nil, unboundNeedsArg(in, "bytearray", name)
			}
			conv := make([]Value, len(args))
			for i, a := range args {
				conv[i] = bytesLikeArg(a)
			}
			r, err := fn(in, conv, kw)
			if err != nil {
				return nil, asBytearrayError(err, name)
			}
			if keep {
				return r, nil
			}
			return toBytearray(r), nil
		}})
	}
	bytearrayClass.dict.setStr("fromhex", &ClassMethod{fn: &Builtin{name: "fromhex", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		r, err := bytesFromHex(in, args, kw)
		if err != nil {
			return nil, asBytearrayError(err, "fromhex")
		}
		return toBytearray(r), nil
	}}})
}

// asBytearrayError is the error of a bytes method run for bytearray's
// method name: a count error that names its type (3.9+), or a method the
// version lacks (3.8's removeprefix), names bytearray.
func asBytearrayError(err error, name string) error {
	pe, ok := err.(*PyError)
	if !ok || pe.Exc.exc == nil || len(pe.Exc.exc.args.items) != 1 {
		return err
	}
	msg, ok := pe.Exc.exc.args.items[0].(Str)
	if !ok {
		return err
	}
	switch pe.Exc.cls {
	case typeErrorClass:
		if rest, cut := strings.CutPrefix(string(msg), "bytes."+name+"("); cut {
			return newTypeError("bytearray.%s(%s", name, rest)
		}
	case attributeErrorClass:
		if string(msg) == "'bytes' object has no attribute '"+name+"'" {
			return raisef(attributeErrorClass, "'bytearray' object has no attribute '%s'", name)
		}
	}
	return err
}

func toBytearray(r Value) Value {
	switch x := r.(type) {
	case Bytes:
		return newBytearray(string(x))
	case *List:
		x.own()
		for i, v := range x.items {
			x.items[i] = toBytearray(v)
		}
	case *Tuple:
		vs := make([]Value, len(x.items))
		for i, v := range x.items {
			vs[i] = toBytearray(v)
		}
		return newTuple(vs)
	}
	return r
}

// bytearrayRepr is the b'...' part of bytearray_repr, which differs from
// bytes's in one way: it escapes ' even inside double quotes.
func bytearrayRepr(s string) string {
	r := bytesRepr(s)
	if !strings.HasPrefix(r, `b"`) {
		return r
	}
	return `b"` + strings.ReplaceAll(r[2:len(r)-1], "'", `\'`) + `"`
}
