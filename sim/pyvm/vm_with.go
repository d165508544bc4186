// This file implements the run-time part of the with statement: the lookup
// of __enter__ and __exit__ on the manager's type (CPython's special method
// lookup, which ignores the instance dict).

package pyvm

// beforeWith replaces the manager on top of the stack with its bound
// __exit__ and pushes its bound __enter__, which the next CALL 0 runs.
// CPython looks __enter__ up first, then __exit__ (Python/ceval.c: SETUP_WITH
// in 3.8, BEFORE_WITH in 3.11); the error for a missing one is
// AttributeError naming the method up to 3.10, a TypeError from 3.11.
func (in *Interp) beforeWith(f *Frame) error {
	mgr := f.top()
	cls := typeOf(mgr)
	enter, ok := cls.lookup("__enter__")
	if !ok {
		return in.notContextManager(mgr, "__enter__")
	}
	exit, ok := cls.lookup("__exit__")
	if !ok {
		return in.notContextManager(mgr, "__exit__")
	}
	f.stack[len(f.stack)-1] = bindAttr(exit, mgr, cls)
	f.push(bindAttr(enter, mgr, cls))
	return nil
}

// notContextManager is the error for a manager without the method.
// 3.11–3.13 (Python/ceval.c, BEFORE_WITH) add "(missed __exit__ method)"
// when only __exit__ is missing.
func (in *Interp) notContextManager(mgr Value, missing string) error {
	if !in.cfg.Version.AtLeast(3, 11) {
		return raisef(attributeErrorClass, "%s", missing)
	}
	msg := "'%s' object does not support the context manager protocol"
	if missing == "__exit__" {
		msg += " (missed __exit__ method)"
	}
	return newTypeError(msg, typeName(mgr))
}
