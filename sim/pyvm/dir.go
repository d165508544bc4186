// This file implements dir() (Python/bltinmodule.c builtin_dir and the
// __dir__ methods of Objects/typeobject.c, moduleobject.c; 3.8-3.13):
// with no argument the sorted names of the caller's scope; a module's
// sorted namespace; a class's names merged over its MRO; an instance's
// own attributes and its class's; a class's own __dir__ where it has one.
// A builtin class's names are CPython's for the running version
// (dir_table.go, generated from CPython 3.8-3.13; 3.14 reads 3.13's), so
// dir() lists what CPython lists even where the simulator leaves a method
// out.

package pyvm

import (
	"sort"
	"strconv"
	"strings"
)

func builtinDir(in *Interp, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return nil, newTypeError("dir() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, newTypeError("dir expected at most 1 argument, got %d", len(args))
	}
	names := map[string]bool{}
	if len(args) == 0 {
		f := in.callerFrame()
		if f.ns != nil {
			addStrKeys(names, f.ns)
		} else {
			for i, n := range f.code.Locals {
				if f.locals[i] != nil {
					names[n] = true
				}
			}
		}
		return sortedNames(names), nil
	}
	switch x := args[0].(type) {
	case *Module:
		addStrKeys(names, x.dict)
		for n := range x.absent {
			delete(names, n)
		}
	case *Class:
		in.classDirNames(x, names)
	case *Instance:
		if d, ok := x.cls.lookup("__dir__"); ok {
			if _, builtin := d.(*Builtin); !builtin {
				r, err := in.callSync(bindAttr(d, x, x.cls), nil, nil)
				if err != nil {
					return nil, err
				}
				vs, err := in.iterate(r)
				if err != nil {
					return nil, err
				}
				vs = copyVals(vs)
				return newList(vs), in.sortValues(vs, nil, nil)
			}
		}
		if x.dict != nil && !x.cls.restricts {
			addStrKeys(names, x.dict)
		}
		in.classDirNames(x.cls, names)
	case *Function:
		if d := in.fnView(x).dict; d != nil {
			addStrKeys(names, d)
		}
		in.classDirNames(typeOf(x), names)
	default:
		in.classDirNames(typeOf(x), names)
	}
	return sortedNames(names), nil
}

// classDirNames adds the names of c and of every class in its MRO: a
// builtin class's from CPython's table, a user class's from its namespace.
func (in *Interp) classDirNames(c *Class, names map[string]bool) {
	for _, k := range c.mro {
		if k.builtin || k.ctype {
			name := k.name
			if k.ctype {
				name = k.module + "." + k.name // a library class for a C type
			}
			if own, ok := builtinOwnNames(name, in.cfg.Version.Minor); ok {
				for _, n := range own {
					names[n] = true
				}
				continue
			}
		}
		if k.dict != nil {
			addStrKeys(names, k.dict)
		}
	}
}

// builtinOwnNames are the names in the namespace of CPython's builtin
// class called name in 3.minor.
func builtinOwnNames(name string, minor int) ([]string, bool) {
	own, ok := versionedRow(dirTable, name, minor)
	return strings.Fields(own), ok
}

// versionedRow reads a generated table of lines "key<TAB>minors<TAB>rest"
// (dir_table.go, arity_table.go): the rest of key's line for 3.minor
// (clamped to 8-13).
func versionedRow(table, key string, minor int) (string, bool) {
	m := strconv.Itoa(min(max(minor, 8), 13))
	for rest := table; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		k, line, _ := strings.Cut(line, "\t")
		if k != key {
			continue
		}
		minors, row, _ := strings.Cut(line, "\t")
		for _, v := range strings.Split(minors, ",") {
			if v == m {
				return row, true
			}
		}
	}
	return "", false
}

func addStrKeys(names map[string]bool, d *Dict) {
	for _, e := range d.t.entries {
		if s, ok := e.key.(Str); ok && e.live() {
			names[string(s)] = true
		}
	}
}

func sortedNames(names map[string]bool) *List {
	keys := make([]string, 0, len(names))
	for n := range names {
		keys = append(keys, n)
	}
	sort.Strings(keys)
	vs := make([]Value, len(keys))
	for i, n := range keys {
		vs[i] = Str(n)
	}
	return newList(vs)
}
