// This file gives the os and signal functions made by intArgsFn the
// argument errors of the calling convention CPython gives each: most take
// positional arguments only (METH_NOARGS, METH_O, or Argument Clinic's
// positional-only parsing), a few take their parameters by keyword too
// (Argument Clinic's _PyArg_UnpackKeywords), and a few of the signal
// module's are Python wrappers in Lib/signal.py. The wording was measured
// with CPython 3.8-3.13 (lang os_arg_errors): from 3.9 the positional-only
// functions name their C module ("posix.getpid() takes no arguments (1
// given)", "_signal.alarm() takes no keyword arguments"), except in the
// count error of those taking two or more (Python/getargs.c,
// Objects/methodobject.c).

package pyvm

// keywordParams are the parameters of the functions made by intArgsFn
// that accept them by keyword (Modules/clinic/posixmodule.c.h), by
// "module.function".
var keywordParams = map[string][]string{
	"os.getpgid":                {"pid"},
	"os._exit":                  {"status"},
	"os.close":                  {"fd"},
	"os.waitstatus_to_exitcode": {"status"},
	"os.wait4":                  {"pid", "options"},
	"os.wait3":                  {"options"},
}

// pythonWrapped are the functions that Lib/signal.py defines in Python
// around the C ones, with their parameters.
var pythonWrapped = map[string][]string{
	"signal.getsignal":     {"signalnum"},
	"signal.valid_signals": {},
}

// cModule is the name CPython's C implementation of module m has.
func cModule(m string) string {
	switch m {
	case "os":
		return "posix"
	case "signal":
		return "_signal"
	}
	return m
}

// arity checks a call to function name of module m taking n arguments and
// returns its arguments in parameter order.
func arity(v Version, m, name string, n int, args []Value, kw []string) ([]Value, error) {
	if len(kw) == 0 && len(args) == n {
		// The common call: n positional arguments, in parameter order in
		// every convention (each function taking keywords has n
		// parameters).
		return args, nil
	}
	key := m + "." + name
	if params, ok := keywordParams[key]; ok {
		return clinicKeywords(v, name, params, args, kw)
	}
	if params, ok := pythonWrapped[key]; ok {
		return pyFuncArgs(name, args, kw, params...)
	}
	prefixed := name
	if v.AtLeast(3, 9) {
		prefixed = cModule(m) + "." + name
	}
	if len(kw) > 0 {
		return nil, newTypeError("%s() takes no keyword arguments", prefixed)
	}
	if len(args) == n {
		return args, nil
	}
	switch n {
	case 0:
		return nil, newTypeError("%s() takes no arguments (%d given)", prefixed, len(args))
	case 1:
		return nil, newTypeError("%s() takes exactly one argument (%d given)", prefixed, len(args))
	}
	return nil, newTypeError("%s() takes exactly %d arguments (%d given)", name, n, len(args))
}

// clinicKeywords binds a call to a function whose parameters are all
// required and may come by keyword, checking as Argument Clinic's
// _PyArg_UnpackKeywords does: the count first, then each parameter in
// turn, then any keyword left over.
func clinicKeywords(v Version, name string, params []string, args []Value, kw []string) ([]Value, error) {
	npos := len(args) - len(kw)
	if len(args) > len(params) {
		what := "argument"
		if npos == 0 {
			what = "keyword argument"
		}
		return nil, newTypeError("%s() takes at most %d %s%s (%d given)", name, len(params), what, plural(len(params)), len(args))
	}
	out := make([]Value, len(params))
	copy(out, args[:npos])
	used := 0
	for i := npos; i < len(params); i++ {
		for j, k := range kw {
			if k == params[i] {
				out[i] = args[npos+j]
				used++
			}
		}
		if out[i] == nil {
			return nil, newTypeError("%s() missing required argument '%s' (pos %d)", name, params[i], i+1)
		}
	}
	// Every parameter is bound, so a keyword not used names none of the
	// parameters after the positional ones: a parameter given twice is
	// caught by the count above.
	if used < len(kw) {
		for _, k := range kw {
			if contains(params[npos:], k) {
				continue
			}
			if v.AtLeast(3, 13) {
				return nil, newTypeError("%s() got an unexpected keyword argument '%s'", name, k)
			}
			return nil, newTypeError("'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	return out, nil
}
