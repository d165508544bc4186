// This file implements the rest of the builtin types' named methods that
// CPython 3.8-3.13 have: int.bit_count (3.10+), int.is_integer (3.12+),
// int.as_integer_ratio, float.hex, float.fromhex, float.conjugate
// (Objects/longobject.c, floatobject.c), bytes's title, istitle,
// expandtabs, maketrans and translate (Objects/bytes_methods.c,
// bytesobject.c), and bytearray's remove and reverse
// (bytearrayobject.c).

package pyvm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

func init() {
	initIntRest()
	initFloatRest()
	initBytearrayRest()
}

// since gives a method added in 3.minor the AttributeError of older
// versions.
func since(in *Interp, minor int, cls, name string) error {
	if in.cfg.Version.Minor < minor {
		return raisef(attributeErrorClass, "'%s' object has no attribute '%s'", cls, name)
	}
	return nil
}

func initIntRest() {
	method(intClass, "bit_count", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		if err := since(in, 10, typeName(self), "bit_count"); err != nil {
			return nil, err
		}
		if err := checkMethodArgs(in, "int", "bit_count", args, nil, 0, 0); err != nil {
			return nil, err
		}
		x, _ := toBig(self)
		n := 0
		for _, w := range new(big.Int).Abs(x).Bits() {
			for ; w != 0; w &= w - 1 {
				n++
			}
		}
		return Int(n), nil
	})
	method(intClass, "is_integer", 0, -1, func(in *Interp, self Value, args []Value) (Value, error) {
		if err := since(in, 12, typeName(self), "is_integer"); err != nil {
			return nil, err
		}
		if err := checkMethodArgs(in, "int", "is_integer", args, nil, 0, 0); err != nil {
			return nil, err
		}
		return trueV, nil
	})
	method(intClass, "as_integer_ratio", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		x, _ := toBig(self)
		return newTuple([]Value{normBig(x), Int(1)}), nil
	})
}

func initFloatRest() {
	method(floatClass, "conjugate", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return Float(float64(self.(Float))), nil
	})
	method(floatClass, "hex", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		return Str(floatHex(float64(self.(Float)))), nil
	})
	floatClass.dict.setStr("fromhex", &ClassMethod{fn: &Builtin{name: "fromhex", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs(in, "float", "fromhex", args[1:], kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("bad argument type for built-in operation")
		}
		return floatFromHex(string(s))
	}}})
}

// floatHex is float.hex (float_hex): 13 hex digits after the point, the
// exponent in decimal with its sign, subnormals as 0x0.xxxp-1022.
func floatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x)) // m in [0.5, 1)
	shift := 1 - max(-1021-e, 0)
	m, e = math.Ldexp(m, shift), e-shift
	const digits = "0123456789abcdef"
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	d := int(m)
	b.WriteByte(digits[d])
	m -= float64(d)
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		b.WriteByte(digits[d])
		m -= float64(d)
	}
	b.WriteByte('p')
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// floatFromHex is float.fromhex (float_fromhex): optional whitespace and
// sign, inf/infinity/nan, else an optional 0x, hex digits with an
// optional point, and an optional binary exponent p[+-]N.
func floatFromHex(s string) (Value, error) {
	bad := newValueError("invalid hexadecimal floating-point string")
	t := strings.Trim(s, " \t\n\r\x0b\x0c")
	neg := false
	if t != "" && (t[0] == '-' || t[0] == '+') {
		neg, t = t[0] == '-', t[1:]
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		if neg {
			return Float(math.Inf(-1)), nil
		}
		return Float(math.Inf(1)), nil
	case "nan":
		return Float(math.NaN()), nil
	}
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	mant, exp := t, "0"
	if i := strings.IndexAny(t, "pP"); i >= 0 {
		mant, exp = t[:i], t[i+1:]
		digits := strings.TrimLeft(exp, "+-")
		if len(exp)-len(digits) > 1 || digits == "" || strings.Trim(digits, "0123456789") != "" {
			return nil, bad
		}
	}
	whole, frac, _ := strings.Cut(mant, ".")
	isHex := func(p string) bool { return strings.Trim(p, "0123456789abcdefABCDEF") == "" }
	if whole+frac == "" || !isHex(whole) || !isHex(frac) || strings.Count(mant, ".") > 1 {
		return nil, bad
	}
	if whole == "" {
		whole = "0"
	}
	if frac == "" {
		frac = "0"
	}
	f, err := strconv.ParseFloat("0x"+whole+"."+frac+"p"+exp, 64)
	if err != nil && !math.IsInf(f, 0) {
		return nil, bad
	}
	if math.IsInf(f, 0) {
		return nil, raisef(overflowErrorClass, "hexadecimal value too large to represent as a float")
	}
	if neg {
		f = -f
	}
	return Float(f), nil
}

// initBytesRest adds bytes's title, istitle, expandtabs, maketrans and
// translate (before initBytearrayQueries lends them to bytearray).
func initBytesRest(c *Class) {
	self := func(v Value) string { return string(v.(Bytes)) }
	isUpper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	method(c, "title", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		s := []byte(self(v))
		prevCased := false
		for i, ch := range s {
			switch {
			case isLower(ch) && !prevCased:
				s[i] = ch - 32
			case isUpper(ch) && prevCased:
				s[i] = ch + 32
			}
			prevCased = isLower(ch) || isUpper(ch)
		}
		return Bytes(s), nil
	})
	method(c, "istitle", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		cased, prevCased := false, false
		for _, ch := range []byte(self(v)) {
			switch {
			case isUpper(ch):
				if prevCased {
					return falseV, nil
				}
				prevCased, cased = true, true
			case isLower(ch):
				if !prevCased {
					return falseV, nil
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return mkBool(cased), nil
	})
	c.dict.setStr("expandtabs", expandtabsMethod("bytes"))
	c.dict.setStr("maketrans", &StaticMethod{fn: &Builtin{name: "maketrans", fn: bytesMaketrans()}})
	c.dict.setStr("translate", &Builtin{name: "translate", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(args) == len(kw) {
			return nil, unboundNeedsArg(in, "bytes", "translate")
		}
		pos, kws, err := splitKw("translate", args[1:], kw, "delete")
		if err != nil {
			return nil, err
		}
		switch {
		case len(pos) == 0:
			return nil, newTypeError("translate() takes at least 1 positional argument (0 given)")
		case len(args)-1 > 2:
			return nil, newTypeError("translate() takes at most 2 arguments (%d given)", len(args)-1)
		}
		s, _ := bytesOf(args[0])
		var table string
		if pos[0] != None {
			if table, err = bytesArg(pos[0]); err != nil {
				return nil, err
			}
			if len(table) != 256 {
				return nil, newValueError("translation table must be 256 characters long")
			}
		}
		del := ""
		if d, ok := kws["delete"]; ok {
			pos = append(pos, d)
		}
		if len(pos) == 2 {
			if del, err = bytesArg(pos[1]); err != nil {
				return nil, err
			}
		}
		out := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if strings.IndexByte(del, s[i]) >= 0 {
				continue
			}
			if table != "" {
				out = append(out, table[s[i]])
			} else {
				out = append(out, s[i])
			}
		}
		return Bytes(out), nil
	}})
}

// bytesMaketrans is bytes.maketrans (and bytearray's, whose result is
// bytes too): a 256-byte table mapping frm's bytes to to's.
func bytesMaketrans() nativeFn {
	return func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return nil, newTypeError("maketrans() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, newTypeError("maketrans expected 2 arguments, got %d", len(args))
		}
		frm, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		to, err := bytesArg(args[1])
		if err != nil {
			return nil, err
		}
		if len(frm) != len(to) {
			return nil, newValueError("maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i := 0; i < len(frm); i++ {
			table[frm[i]] = to[i]
		}
		return Bytes(table), nil
	}
}

func initBytearrayRest() {
	c := bytearrayClass
	c.dict.setStr("maketrans", &StaticMethod{fn: &Builtin{name: "maketrans", fn: bytesMaketrans()}})
	method(c, "remove", 1, 1, func(in *Interp, v Value, args []Value) (Value, error) {
		x, err := byteValue(args[0])
		if err != nil {
			return nil, err
		}
		b, _ := bytearrayData(v)
		i := strings.IndexByte(b, x)
		if i < 0 {
			return nil, newValueError("value not found in bytearray")
		}
		setBytearray(v, b[:i]+b[i+1:])
		return None, nil
	})
	method(c, "reverse", 0, 0, func(in *Interp, v Value, args []Value) (Value, error) {
		b, _ := bytearrayData(v)
		r := []byte(b)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		setBytearray(v, string(r))
		return None, nil
	})
}
