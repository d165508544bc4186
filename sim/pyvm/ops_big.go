// This file implements ints beyond int64 (CPython's are unbounded,
// Objects/longobject.c): an int that fits in int64 is always an Int, one
// that does not is a *BigInt, so the hot paths keep their machine-word
// arithmetic and only an overflow takes the math/big route. A BigInt is
// immutable and shared between a process and its fork clones.

package pyvm

import (
	"math"
	"math/big"
)

// BigInt is a Python int outside the int64 range. Its *big.Int is never
// modified after construction.
type BigInt struct{ v *big.Int }

// maxBigBits bounds the size of an int the simulator will build (about
// 1.3 million decimal digits): CPython would go on until memory runs out,
// a simulator step must stay short.
const maxBigBits = 1 << 22

// intMaxStrDigits is CPython's default sys.get_int_max_str_digits() (the
// limit on int/str conversion in decimal, added in 3.8.14, 3.10.7 and 3.11
// for CVE-2020-10735).
const intMaxStrDigits = 4300

// normBig returns b as an Int when it fits, else as a *BigInt.
func normBig(b *big.Int) Value {
	if b.IsInt64() {
		return mkInt(b.Int64())
	}
	return &BigInt{v: b}
}

// toBig converts an int, bool or BigInt to a *big.Int (a fresh one for
// Int and Bool; the shared one for a BigInt, which callers must not modify).
func toBig(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case *BigInt:
		return x.v, true
	case Int:
		return big.NewInt(int64(x)), true
	case Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case sigEnum:
		return big.NewInt(x.n), true
	}
	return nil, false
}

func tooLarge(op binop) error {
	return raisef(overflowErrorClass, "integer result of '%s' is too large for the simulator (more than %d bits)", op, maxBigBits)
}

// bigBinary is int op int when an operand or the result leaves int64.
func bigBinary(v Version, op binop, x, y *big.Int) (Value, error) {
	z := new(big.Int)
	switch op {
	case opAdd:
		return normBig(z.Add(x, y)), nil
	case opSub:
		return normBig(z.Sub(x, y)), nil
	case opMul:
		if x.BitLen()+y.BitLen() > maxBigBits {
			return nil, tooLarge(op)
		}
		return normBig(z.Mul(x, y)), nil
	case opTrueDiv:
		if y.Sign() == 0 {
			return nil, raisef(zeroDivisionClass, "division by zero")
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return nil, raisef(overflowErrorClass, "integer division result too large for a float")
		}
		return Float(f), nil
	case opFloorDiv, opMod:
		if y.Sign() == 0 {
			return nil, zeroDivision(v, op, false)
		}
		q, m := floorDivMod(x, y)
		if op == opMod {
			return normBig(m), nil
		}
		return normBig(q), nil
	case opPow:
		return bigPow(x, y)
	case opLShift:
		if y.Sign() < 0 {
			return nil, newValueError("negative shift count")
		}
		if x.Sign() == 0 {
			return mkInt(0), nil
		}
		if !y.IsInt64() || int64(x.BitLen())+y.Int64() > maxBigBits {
			return nil, tooLarge(op)
		}
		return normBig(z.Lsh(x, uint(y.Int64()))), nil
	case opRShift:
		if y.Sign() < 0 {
			return nil, newValueError("negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return mkInt(-1), nil
			}
			return mkInt(0), nil
		}
		// Rsh rounds toward negative infinity, as Python's >> does.
		return normBig(z.Rsh(x, uint(y.Int64()))), nil
	case opAnd:
		return normBig(z.And(x, y)), nil
	case opOr:
		return normBig(z.Or(x, y)), nil
	case opXor:
		return normBig(z.Xor(x, y)), nil
	}
	return nil, errUnsupportedOp
}

// bigMixed is a binary operator with a BigInt operand and an int, bool or
// float other one; ok=false for any other types.
func bigMixed(v Version, op binop, a, b Value) (Value, bool, error) {
	_, aBig := a.(*BigInt)
	_, bBig := b.(*BigInt)
	if !aBig && !bBig {
		return nil, false, nil
	}
	x, okx := toBig(a)
	y, oky := toBig(b)
	switch {
	case okx && oky:
		r, err := bigBinary(v, op, x, y)
		return r, true, err
	case okx:
		if f, ok := b.(Float); ok {
			fx, err := bigToFloat(x)
			if err != nil {
				return nil, true, err
			}
			r, err := floatBinary(v, op, fx, float64(f))
			return r, true, err
		}
	case oky:
		if f, ok := a.(Float); ok {
			fy, err := bigToFloat(y)
			if err != nil {
				return nil, true, err
			}
			r, err := floatBinary(v, op, float64(f), fy)
			return r, true, err
		}
	}
	return nil, false, nil
}

// bigOrder compares when one operand is a BigInt and the other an int or
// a float: -1, 0 or 1; ok=false for other types or a NaN (for which every
// comparison but != is false: the caller's float path reports it).
func bigOrder(a, b Value) (int, bool) {
	_, aBig := a.(*BigInt)
	_, bBig := b.(*BigInt)
	if !aBig && !bBig {
		return 0, false
	}
	x, okx := toBig(a)
	y, oky := toBig(b)
	switch {
	case okx && oky:
		return x.Cmp(y), true
	case okx:
		if f, ok := b.(Float); ok {
			return bigCmpFloat(x, float64(f))
		}
	case oky:
		if f, ok := a.(Float); ok {
			c, ok := bigCmpFloat(y, float64(f))
			return -c, ok
		}
	}
	return 0, false
}

// errIndexSized is CPython's error for a big int used as an index or a
// repeat count (Objects/abstract.c, PyNumber_AsSsize_t).
func errIndexSized(cls *Class) error {
	return raisef(cls, "cannot fit 'int' into an index-sized integer")
}

func isBig(v Value) bool {
	_, ok := v.(*BigInt)
	return ok
}

// isRepeatable reports the sequences that `*` repeats.
func isRepeatable(v Value) bool {
	switch v.(type) {
	case Str, Bytes, *List, *Tuple:
		return true
	}
	return false
}

func init() {
	method(intClass, "bit_length", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		x, _ := toBig(self)
		return mkInt(int64(x.BitLen())), nil
	})
	method(intClass, "conjugate", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		x, _ := toBig(self)
		return normBig(x), nil
	})
}

// isNumber reports an int, bool, big int or float.
func isNumber(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt, Float:
		return true
	}
	return false
}

// isZeroNumber reports a numeric zero (0, False, 0.0, -0.0).
func isZeroNumber(v Value) bool {
	switch x := v.(type) {
	case Int:
		return x == 0
	case Bool:
		return !bool(x)
	case Float:
		return x == 0
	}
	return false
}

// floorDivMod divides rounding toward negative infinity, so the remainder
// has the divisor's sign (longobject.c, l_divmod).
func floorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && m.Sign() != y.Sign() {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func bigPow(x, y *big.Int) (Value, error) {
	if y.Sign() < 0 {
		if x.Sign() == 0 {
			return nil, raisef(zeroDivisionClass, "0.0 cannot be raised to a negative power")
		}
		fx, err := bigToFloat(x)
		if err != nil {
			return nil, err
		}
		fy, _ := new(big.Float).SetInt(y).Float64()
		return Float(math.Pow(fx, fy)), nil
	}
	if x.CmpAbs(big.NewInt(1)) <= 0 {
		// 0, 1 and -1 stay small whatever the exponent.
		switch {
		case x.Sign() == 0 && y.Sign() == 0, x.Sign() > 0:
			return mkInt(1), nil
		case x.Sign() == 0:
			return mkInt(0), nil
		case y.Bit(0) == 0:
			return mkInt(1), nil
		}
		return mkInt(-1), nil
	}
	if !y.IsInt64() || int64(x.BitLen()-1)*y.Int64() > maxBigBits {
		return nil, tooLarge(opPow)
	}
	return normBig(new(big.Int).Exp(x, y, nil)), nil
}

// powMod is pow(x, y, m) for ints (longobject.c, long_pow with a modulus,
// 3.8+: a negative exponent takes the modular inverse).
func powMod(x, y, m *big.Int) (Value, error) {
	if m.Sign() == 0 {
		return nil, newValueError("pow() 3rd argument cannot be 0")
	}
	mabs := new(big.Int).Abs(m)
	base := new(big.Int).Mod(x, mabs)
	exp := y
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mabs)
		if inv == nil {
			return nil, newValueError("base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(base, exp, mabs)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return normBig(r), nil
}

// bigToFloat is float(int) for a big int, rounded to nearest.
func bigToFloat(x *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, raisef(overflowErrorClass, "int too large to convert to float")
	}
	return f, nil
}

// floatToInt is int(f): truncation toward zero, any size.
func floatToInt(f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, raisef(overflowErrorClass, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, newValueError("cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return mkInt(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return normBig(b), nil
}

// bigCmpFloat compares an int with a float exactly (floatobject.c,
// float_richcompare); ok=false when f is NaN (unordered).
func bigCmpFloat(x *big.Int, f float64) (int, bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case math.IsInf(f, 1):
		return -1, true
	case math.IsInf(f, -1):
		return 1, true
	}
	return new(big.Float).SetInt(x).Cmp(new(big.Float).SetFloat64(f)), true
}

// parseBigInt is int(s, base) for digits that leave int64 (s is already
// trimmed, without underscores); text is the argument for the error.
// Bases that are not powers of two have CPython's digit limit.
func (in *Interp) parseBigInt(s string, base int, text string) (Value, error) {
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, newValueError("invalid literal for int() with base %d: %s", base, strRepr(text))
	}
	if base&(base-1) != 0 {
		digits := len(s)
		if s[0] == '-' || s[0] == '+' {
			digits--
		}
		if err := in.parseDecimalLimit(digits); err != nil {
			return nil, err
		}
	}
	return normBig(b), nil
}

// bigDecimal is str(int) for a big int, with the 4300-digit limit of
// CPython 3.8.14+ (its message names the limit "(4300)" in 3.8, "(4300
// digits)" from 3.11: Objects/longobject.c, long_to_decimal_string_internal).
func (in *Interp) bigDecimal(x *big.Int) (string, error) {
	// 3.32 bits a digit: only numbers near the limit need the exact count.
	if x.BitLen() > intMaxStrDigits*3 {
		s := x.String()
		if n := len(s) - boolIntInt(x.Sign() < 0); n > intMaxStrDigits {
			unit := " digits"
			if !in.cfg.Version.AtLeast(3, 11) {
				unit = ""
			}
			return "", newValueError("Exceeds the limit (%d%s) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", intMaxStrDigits, unit)
		}
		return s, nil
	}
	return x.String(), nil
}

// parseDecimalLimit is the check int(str) makes on a long decimal string.
func (in *Interp) parseDecimalLimit(digits int) error {
	if digits <= intMaxStrDigits {
		return nil
	}
	unit := " digits"
	if !in.cfg.Version.AtLeast(3, 11) {
		unit = ""
	}
	return newValueError("Exceeds the limit (%d%s) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", intMaxStrDigits, unit, digits)
}

func boolIntInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// bigKey is the hash-table key of an int outside int64 (and of a float
// with that integral value, which compares equal to it).
type bigKey string

func bigHashKey(x *big.Int) any { return bigKey(x.String()) }

// floatBigKey is the key of an integral float outside the int64 range.
func floatBigKey(f float64) (any, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) || (f >= -9.2e18 && f <= 9.2e18) {
		return nil, false
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return bigKey(b.String()), true
}

// bigHash is hash(int) for a big int: CPython reduces modulo the Mersenne
// prime 2**61 - 1 (Python/pyhash.c, _PyHASH_MODULUS), keeping the sign.
func bigHash(x *big.Int) int64 {
	mod := new(big.Int).SetUint64(1<<61 - 1)
	h := new(big.Int).Mod(new(big.Int).Abs(x), mod).Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// bigFormatBase renders |x| in base 2, 8, 10 or 16.
func bigFormatBase(x *big.Int, base int) string {
	return new(big.Int).Abs(x).Text(base)
}
