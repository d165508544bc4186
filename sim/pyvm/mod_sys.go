// This file implements the sys module for the modelled CPython version.

package pyvm

import "fmt"

// micro is the patch release modelled for each minor version (the ones the
// facts in docs/facts/cpython.md were measured on).
func micro(v Version) int {
	switch v.Minor {
	case 8:
		return 18
	case 9:
		return 18
	case 10:
		return 13
	case 11:
		return 7
	case 12:
		return 1
	}
	return 0
}

func newSysModule(in *Interp) *Module {
	m := newNativeModule("sys")
	v := in.cfg.Version
	argv := make([]Value, len(in.cfg.Argv))
	for i, a := range in.cfg.Argv {
		argv[i] = Str(a)
	}
	m.dict.setStr("argv", newList(argv))
	m.dict.setStr("orig_argv", newList(copyVals(argv)))
	m.dict.setStr("version_info", &Tuple{
		items: []Value{mkInt(int64(v.Major)), mkInt(int64(v.Minor)), mkInt(int64(micro(v))), Str("final"), mkInt(0)},
		seq:   versionInfoSeq})
	m.dict.setStr("version", Str(fmt.Sprintf("%d.%d.%d (zombielab simulation)", v.Major, v.Minor, micro(v))))
	m.dict.setStr("hexversion", mkInt(int64(v.Major<<24|v.Minor<<16|micro(v)<<8|0xf0)))
	m.dict.setStr("platform", Str("linux"))
	m.dict.setStr("byteorder", Str("little"))
	m.dict.setStr("maxsize", mkInt(1<<63-1))
	m.dict.setStr("executable", Str(in.cfg.Executable))
	m.dict.setStr("stdout", in.stdout)
	m.dict.setStr("stderr", in.stderr)
	m.dict.setStr("__stdout__", in.stdout)
	m.dict.setStr("__stderr__", in.stderr)
	// sys.stdin reads descriptor 0: a pipe a parent gave (subprocess's
	// stdin=PIPE), else the terminal, which has no input (EOF, as a
	// program run with stdin from /dev/null sees).
	stdin, _ := builtinOpen(in, []Value{mkInt(0), Str("r")}, nil)
	stdin.(*Instance).dict.setStr("name", Str("<stdin>"))
	stdin.(*Instance).dict.setStr(fClose, falseV)
	m.dict.setStr("stdin", stdin)
	m.dict.setStr("__stdin__", stdin)
	m.dict.setStr("modules", in.modules)
	m.dict.setStr("path", newList(nil))
	m.dict.setStr("flags", None)
	m.fn("exit", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("exit", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return nil, &PyError{newExc(systemExitClass, copyVals(args)...)}
	})
	m.fn("exc_info", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(in.t.handled) == 0 {
			return newTuple([]Value{None, None, None}), nil
		}
		e := in.t.handled[len(in.t.handled)-1]
		return newTuple([]Value{typeOf(e), e, None}), nil
	})
	m.fn("exception", func(in *Interp, args []Value, kw []string) (Value, error) {
		if len(in.t.handled) == 0 {
			return None, nil
		}
		return in.t.handled[len(in.t.handled)-1], nil
	})
	m.fn("getrecursionlimit", func(in *Interp, args []Value, kw []string) (Value, error) { return mkInt(maxDepth), nil })
	m.fn("setrecursionlimit", func(in *Interp, args []Value, kw []string) (Value, error) { return None, nil })
	m.fn("getswitchinterval", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("getswitchinterval", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return Float(in.switchIntervalS()), nil
	})
	m.fn("setswitchinterval", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("setswitchinterval", args, kw, 1, 1); err != nil {
			return nil, err
		}
		f, ok := asFloat(args[0])
		if !ok {
			return nil, newTypeError("must be real number, not %s", typeName(args[0]))
		}
		if f <= 0 {
			return nil, newValueError("switch interval must be strictly positive")
		}
		in.interval = f
		return None, nil
	})
	m.fn("intern", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return args[0], nil
	})
	return m
}
