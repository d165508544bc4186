// This file gives the enums of ast.go their String forms, used by Dump and by
// error messages.

package pyast

import "fmt"

var contextNames = [...]string{Load: "Load", Store: "Store", Del: "Del"}

func (c Context) String() string {
	if int(c) < len(contextNames) {
		return contextNames[c]
	}
	return fmt.Sprintf("Context(%d)", uint8(c))
}

var constKindNames = [...]string{
	ConstNone:     "None",
	ConstBool:     "Bool",
	ConstInt:      "Int",
	ConstBigInt:   "BigInt",
	ConstFloat:    "Float",
	ConstStr:      "Str",
	ConstBytes:    "Bytes",
	ConstEllipsis: "Ellipsis",
	ConstComplex:  "Complex",
}

func (k ConstKind) String() string {
	if int(k) < len(constKindNames) {
		return constKindNames[k]
	}
	return fmt.Sprintf("ConstKind(%d)", uint8(k))
}
