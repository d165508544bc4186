// This file implements the methods of float beyond the operators:
// is_integer and as_integer_ratio (Objects/floatobject.c).

package pyvm

import (
	"math"
	"math/big"
)

func init() {
	method(floatClass, "is_integer", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		f := float64(self.(Float))
		return mkBool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
	})
	method(floatClass, "as_integer_ratio", 0, 0, func(in *Interp, self Value, args []Value) (Value, error) {
		// floatobject.c, float_as_integer_ratio_impl.
		f := float64(self.(Float))
		switch {
		case math.IsInf(f, 0):
			return nil, raisef(overflowErrorClass, "cannot convert Infinity to integer ratio")
		case math.IsNaN(f):
			return nil, newValueError("cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(f)
		return newTuple([]Value{normBig(new(big.Int).Set(r.Num())), normBig(new(big.Int).Set(r.Denom()))}), nil
	})
}
