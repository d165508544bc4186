// This file gives iterators CPython's types (Objects/iterobject.c,
// listobject.c, dictobject.c, ...; 3.8–3.13): type(iter([])) is
// list_iterator, a dict's iterators are dict_keyiterator and friends, and
// map, filter, zip, enumerate and reversed are classes whose instances are
// of those types, in their reprs too (<map object at 0x...>). The VM
// keeps its own iterator (Iter) and, where the argument is Python code or
// a generator, a hidden generator (gen_builtins.go); either carries the
// class it stands for.

package pyvm

var (
	listIterClass        = builtinClass("list_iterator")
	listRevIterClass     = builtinClass("list_reverseiterator")
	tupleIterClass       = builtinClass("tuple_iterator")
	strIterClass         = builtinClass("str_iterator")
	strASCIIIterClass    = builtinClass("str_ascii_iterator")
	bytesIterClass       = builtinClass("bytes_iterator")
	rangeIterClass       = builtinClass("range_iterator")
	setIterClass         = builtinClass("set_iterator")
	dictKeyIterClass     = builtinClass("dict_keyiterator")
	dictValueIterClass   = builtinClass("dict_valueiterator")
	dictItemIterClass    = builtinClass("dict_itemiterator")
	dictRevKeyIterClass  = builtinClass("dict_reversekeyiterator")
	dictRevValIterClass  = builtinClass("dict_reversevalueiterator")
	dictRevItemIterClass = builtinClass("dict_reverseitemiterator")
	callableIterClass    = builtinClass("callable_iterator")
	mapClass             = builtinClass("map")
	filterClass          = builtinClass("filter")
	zipClass             = builtinClass("zip")
	enumerateClass       = builtinClass("enumerate")
	reversedClass        = builtinClass("reversed")
)

// iterClass is type(it) for the VM's iterator.
func iterClass(it *Iter) *Class {
	if it.cls != nil {
		return it.cls
	}
	switch it.kind {
	case iterSeq:
		if _, ok := it.src.(*List); ok {
			return listIterClass
		}
		return tupleIterClass
	case iterStr:
		return strIterClass
	case iterRange:
		return rangeIterClass
	case iterKeys:
		if _, ok := it.src.(*Set); ok {
			return setIterClass
		}
		return dictKeyIterClass
	case iterVals:
		return dictValueIterClass
	case iterItems:
		return dictItemIterClass
	case iterEnum:
		return enumerateClass
	case iterZip:
		return zipClass
	case iterSentinel:
		return callableIterClass
	}
	return iteratorClass
}

// asClass makes the builtin function name of the universe the class c
// (map, filter, zip, enumerate, reversed): calling c runs the function,
// whose result then is of type c.
func asClass(c *Class, name string, check func(in *Interp, npos int, kw []string) error) {
	b := mustBuiltin(universe, name)
	fn := b.fn
	c.ctor = func(in *Interp, _ *Class, args []Value, kw []string) (Value, error) {
		// The type's own argument errors, before the hidden generator of
		// gen_builtins.go could take any arguments.
		if err := check(in, len(args)-len(kw), kw); err != nil {
			return nil, err
		}
		r, err := fn(in, args, kw)
		if c == reversedClass {
			return r, err // reversed() names its own (or __reversed__'s)
		}
		switch x := r.(type) {
		case *Iter:
			x.cls = c
		case *Generator:
			x.cls = c
		}
		return r, err
	}
	universe.setStr(name, c)
}

// initIterClasses turns the iterator builtins into classes (after
// initGeneratorBuiltins has wrapped them).
func initIterClasses() {
	noKw := func(name string, kw []string) error {
		if len(kw) > 0 {
			return newTypeError("%s() takes no keyword arguments", name)
		}
		return nil
	}
	asClass(mapClass, "map", func(in *Interp, npos int, kw []string) error {
		if err := noKw("map", kw); err != nil {
			return err
		}
		if npos < 2 {
			return newTypeError("map() must have at least two arguments.")
		}
		return nil
	})
	asClass(filterClass, "filter", func(in *Interp, npos int, kw []string) error {
		if err := noKw("filter", kw); err != nil {
			return err
		}
		if npos != 2 {
			return newTypeError("filter expected 2 arguments, got %d", npos)
		}
		return nil
	})
	asClass(zipClass, "zip", func(in *Interp, npos int, kw []string) error { return nil })
	asClass(enumerateClass, "enumerate", func(in *Interp, npos int, kw []string) error {
		if npos > 2 {
			return newTypeError("enumerate() takes at most 2 arguments (%d given)", npos)
		}
		if npos == 0 && !hasKeyword(kw, "iterable") {
			if in.cfg.Version.AtLeast(3, 11) {
				return newTypeError("enumerate() missing required argument 'iterable'")
			}
			return newTypeError("enumerate() missing required argument 'iterable' (pos 1)")
		}
		return nil
	})
	asClass(reversedClass, "reversed", func(in *Interp, npos int, kw []string) error {
		if err := noKw("reversed", kw); err != nil {
			return err
		}
		if npos != 1 {
			return newTypeError("reversed expected 1 argument, got %d", npos)
		}
		return nil
	})
}

func hasKeyword(kw []string, name string) bool {
	for _, k := range kw {
		if k == name {
			return true
		}
	}
	return false
}
