// This file words the argument-count errors of the builtin types' methods
// as CPython does. Each method has the calling convention of its C
// definition (Objects/listobject.c, unicodeobject.c, ...): METH_NOARGS and
// METH_O ("takes no arguments (1 given)", "takes exactly one argument"),
// Argument Clinic's positional check _PyArg_CheckPositional ("insert
// expected 2 arguments, got 1") or PyArg_ParseTuple's ("takes at most 2
// arguments (3 given)"), and 3.9+ names the type of the first two
// ("list.append()"). The words were measured with CPython 3.8-3.13 and are
// kept in arity_table.go (testdata/gen_arity.py).

package pyvm

import (
	"fmt"
	"strings"
)

// checkMethodArgs is checkArgs for method name of builtin type cls: the
// same bounds, with the measured message where CPython's differs.
func checkMethodArgs(in *Interp, cls, name string, args []Value, kw []string, lo, hi int) error {
	err := checkArgs(name, args, kw, lo, hi)
	if err == nil || len(kw) > 0 {
		return err
	}
	if isSlotWrapper(cls, name) && lo == hi {
		// Objects/typeobject.c, check_num_args.
		return newTypeError("expected %d argument%s, got %d", lo, plural(lo), len(args))
	}
	minor := 13
	if in != nil {
		minor = in.cfg.Version.Minor
	}
	if few, many, ok := methodArityWords(cls+"."+name, minor); ok {
		format := many
		if len(args) < lo {
			format = few
		}
		if format != "" {
			return newTypeError("%s", fmt.Sprintf(format, len(args)))
		}
	}
	return err
}

// methodArityWords are the message templates of method key ("list.append")
// in 3.minor, for too few and too many arguments ("" where CPython
// raised no count error when measured).
func methodArityWords(key string, minor int) (few, many string, ok bool) {
	row, ok := versionedRow(arityTable, key, minor)
	few, many, _ = strings.Cut(row, "\t")
	return few, many, ok
}
