// This file defines how Python values are represented: immutable scalars are
// Go value types (shared freely between a process and its fork clone) and
// mutable objects are pointers (copied by Clone, or shared until written:
// clone.go, share.go).

package pyvm

// Value is any Python value: NoneType, Bool, Int, Float, Str, or a pointer
// to one of the object structs in object.go.
type Value = any

// NoneType is the type of None.
type NoneType struct{}

// None is the Python None.
var None Value = NoneType{}

type (
	// Bool is a Python bool (a subclass of int).
	Bool bool
	// Int is a Python int that fits in int64; larger ones are *BigInt
	// (ops_big.go), and every result is normalised to Int when it fits.
	Int int64
	// Float is a Python float.
	Float float64
	// Str is a Python str (immutable, shared on fork).
	Str string
	// Bytes is a Python bytes object (immutable).
	Bytes string
	// ellipsisType is the type of `...`.
	ellipsisType struct{}
	// notImplementedType is the type of NotImplemented.
	notImplementedType struct{}
)

// smallInts holds pre-boxed ints so the hot loop does not allocate for them.
var smallInts = func() []Value {
	t := make([]Value, smallIntMax-smallIntMin+1)
	for i := range t {
		t[i] = Int(int64(i + smallIntMin))
	}
	return t
}()

const (
	smallIntMin = -5
	smallIntMax = 4096
)

// mkInt boxes n, without allocating for small values.
func mkInt(n int64) Value {
	if n >= smallIntMin && n <= smallIntMax {
		return smallInts[n-smallIntMin]
	}
	return Int(n)
}

var (
	trueV  Value = Bool(true)
	falseV Value = Bool(false)
)

func mkBool(b bool) Value {
	if b {
		return trueV
	}
	return falseV
}

// truth is Python's truth test for values that need no Python call.
func truth(v Value) bool {
	switch x := v.(type) {
	case Bool:
		return bool(x)
	case Int:
		return x != 0
	case NoneType:
		return false
	case Float:
		return x != 0
	case Str:
		return x != ""
	case Bytes:
		return x != ""
	case *List:
		return len(x.items) > 0
	case *Tuple:
		return len(x.items) > 0
	case *Dict:
		return x.t.live > 0
	case *MappingProxy:
		return x.d.t.live > 0
	case *DictView:
		return x.d.t.live > 0
	case *Set:
		return x.t.live > 0
	case *Range:
		return x.length() > 0
	}
	return true
}

// asInt converts a Python int or bool (or an IntEnum member of the signal
// module) to int64.
func asInt(v Value) (int64, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case sigEnum:
		return x.n, true
	}
	return 0, false
}

// asFloat converts an int, bool or float to float64.
func asFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case sigEnum:
		return float64(x.n), true
	}
	return 0, false
}
