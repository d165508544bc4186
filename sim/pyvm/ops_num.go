// This file implements arithmetic with CPython's semantics on 64-bit ints
// (floor division and modulo round toward negative infinity; a result that
// leaves int64 is computed again as a big int, ops_big.go) and floats.

package pyvm

import (
	"math"
	"math/big"
)

// overflow redoes x op y with big ints.
func overflow(v Version, op binop, x, y int64) (Value, error) {
	return bigBinary(v, op, big.NewInt(x), big.NewInt(y))
}

// intFast is the fast path for int op int, whose result the caller boxes;
// ok=false means the slow path must decide (errors, floats, overflow).
func intFast(op binop, x, y Int) (int64, bool) {
	switch op {
	case opAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return int64(r), true
		}
	case opSub:
		r := x - y
		if (r < x) == (y > 0) {
			return int64(r), true
		}
	case opMul:
		if x > -3037000499 && x < 3037000499 && y > -3037000499 && y < 3037000499 {
			return int64(x * y), true
		}
	case opAnd:
		return int64(x & y), true
	case opOr:
		return int64(x | y), true
	case opXor:
		return int64(x ^ y), true
	}
	return 0, false
}

// intBinary handles every int operator, with overflow and zero checks.
func intBinary(v Version, op binop, x, y int64) (Value, error) {
	switch op {
	case opAdd:
		r := x + y
		if (r > x) != (y > 0) && y != 0 {
			return overflow(v, op, x, y)
		}
		return mkInt(r), nil
	case opSub:
		r := x - y
		if (r < x) != (y > 0) && y != 0 {
			return overflow(v, op, x, y)
		}
		return mkInt(r), nil
	case opMul:
		if x == 0 || y == 0 {
			return mkInt(0), nil
		}
		r := x * y
		if r/y != x || (x == -1 && y == math.MinInt64) || (y == -1 && x == math.MinInt64) {
			return overflow(v, op, x, y)
		}
		return mkInt(r), nil
	case opTrueDiv:
		if y == 0 {
			return nil, raisef(zeroDivisionClass, "division by zero")
		}
		return Float(float64(x) / float64(y)), nil
	case opFloorDiv:
		if y == 0 {
			return nil, raisef(zeroDivisionClass, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return overflow(v, op, x, y)
		}
		q := x / y
		if (x%y != 0) && ((x < 0) != (y < 0)) {
			q--
		}
		return mkInt(q), nil
	case opMod:
		if y == 0 {
			return nil, zeroDivision(v, op, false)
		}
		if y == -1 {
			return mkInt(0), nil
		}
		m := x % y
		if m != 0 && ((m < 0) != (y < 0)) {
			m += y
		}
		return mkInt(m), nil
	case opPow:
		return intPow(v, x, y)
	case opLShift:
		if y < 0 {
			return nil, newValueError("negative shift count")
		}
		if x == 0 {
			return mkInt(0), nil
		}
		if y >= 63 || (x<<y)>>y != x {
			return overflow(v, op, x, y)
		}
		return mkInt(x << y), nil
	case opRShift:
		if y < 0 {
			return nil, newValueError("negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return mkInt(x >> y), nil
	case opAnd:
		return mkInt(x & y), nil
	case opOr:
		return mkInt(x | y), nil
	case opXor:
		return mkInt(x ^ y), nil
	}
	return nil, errUnsupportedOp
}

func intPow(v Version, x, y int64) (Value, error) {
	if y < 0 {
		if x == 0 {
			return nil, raisef(zeroDivisionClass, "0.0 cannot be raised to a negative power")
		}
		return Float(math.Pow(float64(x), float64(y))), nil
	}
	switch x {
	case 0:
		if y == 0 {
			return mkInt(1), nil
		}
		return mkInt(0), nil
	case 1:
		return mkInt(1), nil
	case -1:
		if y%2 == 0 {
			return mkInt(1), nil
		}
		return mkInt(-1), nil
	}
	// |x| >= 2: at most 63 multiplications before overflow.
	r := int64(1)
	for i := int64(0); i < y; i++ {
		n := r * x
		if n/x != r {
			return overflow(v, opPow, x, y)
		}
		r = n
	}
	return mkInt(r), nil
}

func floatBinary(v Version, op binop, x, y float64) (Value, error) {
	switch op {
	case opAdd:
		return Float(x + y), nil
	case opSub:
		return Float(x - y), nil
	case opMul:
		return Float(x * y), nil
	case opTrueDiv:
		if y == 0 {
			return nil, raisef(zeroDivisionClass, "float division by zero")
		}
		return Float(x / y), nil
	case opFloorDiv:
		if y == 0 {
			return nil, zeroDivision(v, op, true)
		}
		return Float(math.Floor(x / y)), nil
	case opMod:
		if y == 0 {
			return nil, zeroDivision(v, op, true)
		}
		m := math.Mod(x, y)
		if m != 0 && ((m < 0) != (y < 0)) {
			m += y
		}
		return Float(m), nil
	case opPow:
		if x == 0 && y < 0 {
			return nil, raisef(zeroDivisionClass, "0.0 cannot be raised to a negative power")
		}
		r := math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			// floatobject.c, float_pow: errno ERANGE from pow().
			return nil, &PyError{newExc(overflowErrorClass, mkInt(34), Str("Numerical result out of range"))}
		}
		return Float(r), nil
	}
	return nil, errUnsupportedOp
}

// zeroDivision is the ZeroDivisionError of // and % (Objects/longobject.c
// and floatobject.c): the messages changed in 3.11 (int %, float //) and
// 3.13 (float %).
func zeroDivision(v Version, op binop, float bool) error {
	msg := "integer division or modulo by zero"
	switch {
	case float && op == opMod && v.AtLeast(3, 13):
		msg = "float modulo by zero"
	case float && op == opMod:
		msg = "float modulo"
	case float && v.AtLeast(3, 11):
		msg = "float floor division by zero"
	case float:
		msg = "float divmod()"
	case op == opMod && v.AtLeast(3, 11):
		msg = "integer modulo by zero"
	}
	return raisef(zeroDivisionClass, "%s", msg)
}

func intCompare(op cmpop, x, y Int) bool {
	switch op {
	case cmpLt:
		return x < y
	case cmpLe:
		return x <= y
	case cmpEq:
		return x == y
	case cmpNe:
		return x != y
	case cmpGt:
		return x > y
	}
	return x >= y
}
