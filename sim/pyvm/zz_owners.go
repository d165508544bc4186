// This file's init runs after every other of the package (Go initialises
// a package's files in name order): the builtin types' dictionaries are
// complete then, and each Builtin method in them learns its type and the
// CPython versions whose type has it.

package pyvm

import "strings"

func init() {
	for _, c := range []*Class{objectClass, typeClass, intClass, boolClass, floatClass, strClass,
		listClass, tupleClass, dictClass, setClass, frozensetClass, rangeClass, propertyClass,
		staticClass, classmethClass, superClass, sliceClass, bytesClass, bytearrayClass} {
		for _, e := range c.dict.t.entries {
			if b, ok := e.val.(*Builtin); ok && e.live() && b.owner == nil {
				b.owner = c
			}
		}
		versionMethods(c)
	}
}

// versionMethods gives each public method of builtin type c that CPython's
// type lacks in some of 3.8-3.13 (measured: dir_table.go) the versions
// that have it: str.removeprefix from 3.9, int.bit_count from 3.10.
func versionMethods(c *Class) {
	var own [6]map[string]bool
	for m := 8; m <= 13; m++ {
		names, ok := builtinOwnNames(c.name, m)
		if !ok {
			return
		}
		own[m-8] = map[string]bool{}
		for _, n := range names {
			own[m-8][n] = true
		}
	}
	for _, e := range c.dict.t.entries {
		b, ok := e.val.(*Builtin)
		k, isStr := e.key.(Str)
		if !ok || !isStr || !e.live() || strings.HasPrefix(string(k), "_") {
			continue
		}
		var bits uint8
		for i := range own {
			if own[i][string(k)] {
				bits |= 1 << i
			}
		}
		if bits != 0 && bits != 1<<len(own)-1 {
			b.minors = bits
		}
	}
}

// absent reports whether v is a builtin method that this interpreter's
// CPython version does not have (Builtin.minors): its lookup fails as
// the attribute of a type that lacks it.
func (in *Interp) absent(v Value) bool {
	b, ok := v.(*Builtin)
	if !ok || b.minors == 0 || in == nil {
		return false
	}
	m := min(max(in.cfg.Version.Minor, 8), 13)
	return b.minors&(1<<(m-8)) == 0
}
