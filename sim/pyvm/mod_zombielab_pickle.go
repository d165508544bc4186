// This file gives the pickle module of the library (sim/pylib's
// pickle.py, CPython's format) what it needs from the interpreter: the
// exception classes of _pickle, and the lookups by name that
// multiprocessing's own pickling (pickle.go) makes, with the same errors.

package pyvm

func zombielabPickleFns(m *Module) {
	m.dict.setStr("PickleError", pickleErrorClass)
	m.dict.setStr("PicklingError", picklingErrorClass)
	m.dict.setStr("UnpicklingError", unpicklingErrorClass)
	// global_name(obj, name=None): the module and qualified name that
	// find obj again, as _pickle.c's save_global checks them.
	m.fn("global_name", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("global_name", args, kw, 1, 2); err != nil {
			return nil, err
		}
		obj := args[0]
		if len(args) == 1 || args[1] == None {
			module, qual, err := in.globalName(obj)
			if err != nil {
				return nil, err
			}
			return newTuple([]Value{Str(module), Str(qual)}), nil
		}
		qual, ok := args[1].(Str)
		if !ok {
			return nil, newTypeError("a reduce name must be a str")
		}
		// The module is obj's __module__, or its class's (an enum
		// member's); pickle.py's whichmodule then falls back to __main__.
		module := "__main__"
		for _, holder := range []Value{obj, typeOf(obj)} {
			if mv, err := in.getAttr(holder, "__module__"); err == nil {
				if s, ok := mv.(Str); ok {
					module = string(s)
					break
				}
			}
		}
		if err := in.checkGlobal(obj, module, string(qual)); err != nil {
			return nil, err
		}
		return newTuple([]Value{Str(module), qual}), nil
	})
	// find_global(module, name): Unpickler.find_class's lookup, importing
	// the module when it is not loaded.
	m.fn("find_global", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("find_global", args, kw, 2, 2); err != nil {
			return nil, err
		}
		module, ok1 := args[0].(Str)
		name, ok2 := args[1].(Str)
		if !ok1 || !ok2 {
			return nil, newTypeError("find_global() needs two str")
		}
		v, err := in.lookupGlobal(string(module), string(name))
		if pe, ok := err.(*PyError); ok && isSubclass(pe.Exc.cls, attributeErrorClass) {
			if mod, ok := in.modules.getStr(string(module)); ok {
				r, _ := in.repr(mod)
				return nil, raisef(attributeErrorClass, "Can't get attribute '%s' on %s", string(name), r)
			}
		}
		return v, err
	})
	// c_class(cls): cls is a type of the interpreter's, not one written in
	// Python.
	m.fn("c_class", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("c_class", args, kw, 1, 1); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		return mkBool(ok && c.builtin), nil
	})
	// cannot_pickle(cls): raises the TypeError for an instance of C type cls.
	m.fn("cannot_pickle", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("cannot_pickle", args, kw, 1, 1); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, newTypeError("cannot_pickle() needs a class")
		}
		return nil, in.cannotPickle(c)
	})
}
