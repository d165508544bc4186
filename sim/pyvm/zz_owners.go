// This file's init runs after every other of the package (Go initialises
// a package's files in name order): the builtin types' dictionaries are
// complete then, and each Builtin method in them learns its type.

package pyvm

func init() {
	for _, c := range []*Class{objectClass, typeClass, intClass, boolClass, floatClass, strClass,
		listClass, tupleClass, dictClass, setClass, frozensetClass, rangeClass, propertyClass,
		staticClass, classmethClass, superClass, sliceClass, bytesClass, bytearrayClass} {
		for _, e := range c.dict.t.entries {
			if b, ok := e.val.(*Builtin); ok && e.live() && b.owner == nil {
				b.owner = c
			}
		}
	}
}
