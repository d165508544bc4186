// This file implements int.to_bytes and int.from_bytes (Objects/
// longobject.c int_to_bytes_impl and int_from_bytes_impl, 3.8-3.13; from
// 3.11 length defaults to 1 and byteorder to 'big'), with the argument
// errors of each version (lang int_bytes).

package pyvm

import "math/big"

// intBytesArgs binds (first, byteorder, *, signed) as Argument Clinic
// does for these two methods.
func intBytesArgs(in *Interp, name, first string, args []Value, kw []string) (a0, order Value, signed bool, err error) {
	v311 := in.cfg.Version.AtLeast(3, 11)
	npos := len(args) - len(kw)
	if len(args) > 3 {
		// _PyArg_UnpackKeywords counts the keywords too, first.
		return nil, nil, false, newTypeError("%s() takes at most 3 arguments (%d given)", name, len(args))
	}
	if npos > 2 {
		if v311 {
			return nil, nil, false, newTypeError("%s() takes at most 2 positional arguments (%d given)", name, npos)
		}
		return nil, nil, false, newTypeError("%s() takes exactly 2 positional arguments (%d given)", name, npos)
	}
	vals := [3]Value{}
	copy(vals[:], args[:npos])
	names := [3]string{first, "byteorder", "signed"}
	for j, k := range kw {
		i := 0
		for i < 3 && names[i] != k {
			i++
		}
		switch {
		case i == 3:
			if in.cfg.Version.AtLeast(3, 13) {
				return nil, nil, false, newTypeError("%s() got an unexpected keyword argument '%s'", name, k)
			}
			return nil, nil, false, newTypeError("'%s' is an invalid keyword argument for %s()", k, name)
		case vals[i] != nil:
			return nil, nil, false, newTypeError("argument for %s() given by name ('%s') and position (%d)", name, k, i+1)
		}
		vals[i] = args[npos+j]
	}
	for i := 0; i < 2; i++ {
		if vals[i] != nil {
			continue
		}
		switch {
		case v311 && i == 1:
			vals[i] = Str("big")
		case v311 && name == "to_bytes":
			vals[i] = mkInt(1)
		default:
			return nil, nil, false, newTypeError("%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	if vals[2] != nil {
		if signed, err = in.truth(vals[2]); err != nil {
			return nil, nil, false, err
		}
	}
	return vals[0], vals[1], signed, nil
}

// littleEndian reads byteorder.
func littleEndian(order Value) (bool, error) {
	s, ok := order.(Str)
	if !ok {
		return false, newTypeError("to_bytes() argument 'byteorder' must be str, not %s", typeName(order))
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, newValueError("byteorder must be either 'little' or 'big'")
}

func intToBytes(in *Interp, args []Value, kw []string) (Value, error) {
	if len(args) == len(kw) {
		return nil, unboundNeedsArg(in, "int", "to_bytes")
	}
	self := asPlainInt(args[0])
	if !isIntValue(self) {
		return nil, newTypeError("descriptor 'to_bytes' for 'int' objects doesn't apply to a '%s' object", typeName(args[0]))
	}
	lv, order, signed, err := intBytesArgs(in, "to_bytes", "length", args[1:], kw)
	if err != nil {
		return nil, err
	}
	n, ok := asInt(lv)
	if !ok {
		if _, isFloat := lv.(Float); isFloat && !in.cfg.Version.AtLeast(3, 10) {
			return nil, newTypeError("integer argument expected, got float")
		}
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(lv))
	}
	if n < 0 {
		return nil, newValueError("length argument must be non-negative")
	}
	little, err := littleEndian(order)
	if err != nil {
		return nil, err
	}
	x, _ := toBig(self)
	if x.Sign() < 0 && !signed {
		return nil, raisef(overflowErrorClass, "can't convert negative int to unsigned")
	}
	if n > 1<<24 {
		return nil, raisef(memoryErrorClass, "")
	}
	// Two's complement in n bytes: x mod 256^n, which must give x back.
	mod := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
	u := new(big.Int).Mod(x, mod)
	back := new(big.Int).Set(u)
	if signed && n > 0 && u.Bit(int(8*n-1)) == 1 {
		back.Sub(back, mod)
	}
	if back.Cmp(x) != 0 || n == 0 && x.Sign() != 0 {
		return nil, raisef(overflowErrorClass, "int too big to convert")
	}
	out := make([]byte, n)
	u.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return Bytes(out), nil
}

func intFromBytes(in *Interp, args []Value, kw []string) (Value, error) {
	cls, _ := args[0].(*Class)
	data, order, signed, err := intBytesArgs(in, "from_bytes", "bytes", args[1:], kw)
	if err != nil {
		return nil, err
	}
	b, ok := bytesOf(data)
	if !ok {
		if _, isStr := data.(Str); isStr {
			return nil, newTypeError("cannot convert 'str' object to bytes")
		}
		v, err := in.callSync(bytesClass, []Value{data}, nil)
		if err != nil {
			return nil, err
		}
		b = string(v.(Bytes))
	}
	little, err := littleEndian(order)
	if err != nil {
		return nil, err
	}
	raw := []byte(b)
	if little {
		raw = append([]byte(nil), raw...)
		for i, j := 0, len(raw)-1; i < j; i, j = i+1, j-1 {
			raw[i], raw[j] = raw[j], raw[i]
		}
	}
	x := new(big.Int).SetBytes(raw)
	if signed && len(raw) > 0 && raw[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(raw))))
	}
	r := normBig(x)
	if cls != nil && cls != intClass {
		return in.callSync(cls, []Value{r}, nil)
	}
	return r, nil
}

func init() {
	intClass.dict.setStr("to_bytes", &Builtin{name: "to_bytes", fn: intToBytes, owner: intClass})
	intClass.dict.setStr("from_bytes", &ClassMethod{fn: &Builtin{name: "from_bytes", fn: intFromBytes}})
}
