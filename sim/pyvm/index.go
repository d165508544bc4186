// This file implements the __index__ protocol (Objects/abstract.c,
// PyNumber_Index; 3.8–3.13) where builtin code takes an integer: a
// sequence's subscript and slice, range(), bin(), oct(), hex(), chr(),
// int() and float() of an instance whose class defines __index__.

package pyvm

// pyIndex is PyNumber_Index(v) for an instance: its __index__, which must
// return an int. ok is false when the class defines none (v unchanged).
func (in *Interp) pyIndex(v Value) (r Value, ok bool, err error) {
	x, isInst := v.(*Instance)
	if !isInst || x.exc != nil {
		return v, false, nil
	}
	m, found := x.cls.lookup("__index__")
	if !found || m == None {
		return v, false, nil
	}
	r, err = in.callSync(bindAttr(m, x, x.cls), nil, nil)
	if err != nil {
		return nil, true, err
	}
	switch r.(type) {
	case Int, *BigInt:
		return r, true, nil
	case Bool:
		n, _ := asInt(r)
		return mkInt(n), true, nil
	}
	return nil, true, newTypeError("__index__ returned non-int (type %s)", typeName(r))
}

// indexArgs converts the instances among args through __index__, for a
// builtin that takes integers; args is copied only when one is converted.
func (in *Interp) indexArgs(args []Value) ([]Value, error) {
	out := args
	for i, a := range args {
		if _, isInst := a.(*Instance); !isInst {
			continue
		}
		r, ok, err := in.pyIndex(a)
		if err != nil {
			return nil, err
		}
		if ok {
			if &out[0] == &args[0] {
				out = append([]Value(nil), args...)
			}
			out[i] = r
		}
	}
	return out, nil
}

// seqKey is a sequence subscript's key with its instances converted
// through __index__: an instance, or a slice holding one.
func (in *Interp) seqKey(k Value) (Value, error) {
	switch x := k.(type) {
	case *Instance:
		r, _, err := in.pyIndex(x)
		return r, err
	case *Slice:
		parts := []Value{x.lo, x.hi, x.step}
		conv, err := in.indexArgs(parts)
		if err != nil || &conv[0] == &parts[0] {
			return k, err
		}
		return &Slice{lo: conv[0], hi: conv[1], step: conv[2]}, nil
	}
	return k, nil
}

// isSequence reports the builtin sequences whose subscripts take indexes.
func isSequence(o Value) bool {
	switch o.(type) {
	case *List, *Tuple, Str, Bytes, *Range:
		return true
	}
	return false
}

// intResult checks what __int__ or __trunc__ returned for int().
func intResult(name string, r Value) (Value, error) {
	switch r.(type) {
	case Int, *BigInt:
		return r, nil
	case Bool:
		n, _ := asInt(r)
		return mkInt(n), nil
	}
	return nil, newTypeError("%s returned non-int (type %s)", name, typeName(r))
}

// intArg is an int argument of a builtin method (a width, a count, an
// index): an int, or what an instance's __index__ gives; anything else is
// CPython's TypeError, never taken as 0. in may be nil (no __index__).
func (in *Interp) intArg(v Value) (int64, error) {
	if n, ok := asInt(v); ok {
		return n, nil
	}
	if _, isFloat := v.(Float); isFloat && in != nil && !in.cfg.Version.AtLeast(3, 10) {
		// getargs.c's "n" format before 3.10.
		return 0, newTypeError("integer argument expected, got float")
	}
	if in != nil {
		r, ok, err := in.pyIndex(v)
		if err != nil {
			return 0, err
		}
		if ok {
			if n, ok := asInt(r); ok {
				return n, nil
			}
			v = r
		}
	}
	if _, big := v.(*BigInt); big {
		return 0, raisef(overflowErrorClass, "Python int too large to convert to C ssize_t")
	}
	return 0, newTypeError("'%s' object cannot be interpreted as an integer", typeName(v))
}
