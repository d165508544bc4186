// This file implements the run-time part of the with statement: the lookup
// of __enter__ and __exit__ on the manager's type (CPython's special method
// lookup, which ignores the instance dict).

package pyvm

// beforeWith replaces the manager on top of the stack with its bound
// __exit__ and pushes its bound __enter__, which the next CALL 0 runs.
// CPython 3.8–3.13 look __enter__ up first, then __exit__ (Python/ceval.c:
// SETUP_WITH in 3.8, BEFORE_WITH in 3.11); 3.14 compiles two LOAD_SPECIALs,
// __exit__ first. The error for a missing one is AttributeError naming the
// method up to 3.10, a TypeError from 3.11.
func (in *Interp) beforeWith(f *Frame) error {
	mgr := f.top()
	cls := typeOf(mgr)
	order := [2]string{"__enter__", "__exit__"}
	if in.cfg.Version.AtLeast(3, 14) {
		order = [2]string{"__exit__", "__enter__"}
	}
	var found [2]Value
	for i, name := range order {
		m, ok := cls.lookup(name)
		if !ok {
			return in.notContextManager(mgr, name)
		}
		found[i] = bindAttr(m, mgr, cls)
	}
	enter, exit := found[0], found[1]
	if order[0] == "__exit__" {
		enter, exit = exit, enter
	}
	f.stack[len(f.stack)-1] = exit
	f.push(enter)
	return nil
}

// notContextManager is the error for a manager without the method.
// 3.11–3.13 (Python/ceval.c, BEFORE_WITH) add "(missed __exit__ method)"
// when only __exit__ is missing; 3.14 (Python/ceval.c, _Py_SpecialMethods)
// names whichever method is missing. 3.14 is not installed here: its
// wording is taken from the source, not checked against a run.
func (in *Interp) notContextManager(mgr Value, missing string) error {
	v := in.cfg.Version
	if !v.AtLeast(3, 11) {
		return raisef(attributeErrorClass, "%s", missing)
	}
	msg := "'%s' object does not support the context manager protocol"
	if missing == "__exit__" || v.AtLeast(3, 14) {
		msg += " (missed " + missing + " method)"
	}
	return newTypeError(msg, typeName(mgr))
}
