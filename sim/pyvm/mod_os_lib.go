// This file adds to the os module what everyday programs use beyond fork
// and waitpid (issue 14): sessions, waitid/wait3/wait4, abort, the
// environment, times, urandom, and the file functions that go with open()
// (remove, listdir, fdopen, os.path). CPython's behaviour is
// Modules/posixmodule.c (3.8-3.13 alike for these) and Lib/posixpath.py.

package pyvm

import (
	"sort"
	"strings"
)

// DefaultEnviron is the environment every simulated run starts with (the
// corpus runs CPython with exactly this environment, sim/corpus_test.go).
var DefaultEnviron = []string{"HOME=/root", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "PYTHONHASHSEED=0", "TZ=UTC"}

// Option and idtype values of waitid (include/uapi/linux/wait.h).
const (
	osWEXITED  = 4
	osWSTOPPED = 2
	osWNOWAIT  = 0x01000000
	osPAll     = 0
	osPPID     = 1
	osPPGID    = 2
	osPPIDFD   = 3
)

func osLibFns(m *Module, in *Interp) {
	v := in.cfg.Version
	for _, c := range []struct {
		n string
		v int64
	}{{"WEXITED", osWEXITED}, {"WSTOPPED", osWSTOPPED}, {"WNOWAIT", osWNOWAIT},
		{"P_ALL", osPAll}, {"P_PID", osPPID}, {"P_PGID", osPPGID},
		{"CLD_EXITED", CLDExited}, {"CLD_DUMPED", CLDDumped},
		{"CLD_TRAPPED", CLDTrapped}, {"CLD_CONTINUED", CLDContinued},
		{"O_CREAT", 0o100}, {"O_TRUNC", 0o1000}, {"O_APPEND", 0o2000}, {"O_EXCL", 0o200},
		{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
		{"EX_USAGE", 64}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_TEMPFAIL", 75}} {
		m.dict.setStr(c.n, mkInt(c.v))
	}
	if v.AtLeast(3, 9) {
		// New in 3.9 (Modules/posixmodule.c all_ins).
		m.dict.setStr("P_PIDFD", mkInt(osPPIDFD))
		m.dict.setStr("CLD_KILLED", mkInt(CLDKilled))
		m.dict.setStr("CLD_STOPPED", mkInt(CLDStopped))
	}
	m.dict.setStr("curdir", Str("."))
	m.dict.setStr("pardir", Str(".."))
	m.dict.setStr("extsep", Str("."))
	m.dict.setStr("altsep", None)
	m.dict.setStr("pathsep", Str(":"))
	m.dict.setStr("environ", newEnviron())
	m.intArgsFn("getsid", 1, func(in *Interp, a []int64) (Value, error) {
		s, err := in.host.Getsid(int(a[0]))
		return mkInt(int64(s)), osError(err)
	})
	m.intArgsFn("setsid", 0, func(in *Interp, a []int64) (Value, error) {
		_, err := in.host.Setsid()
		return None, osError(err)
	})
	m.intArgsFn("wait3", 1, func(in *Interp, a []int64) (Value, error) { return osWait4(in, -1, int(a[0]), false) })
	m.intArgsFn("wait4", 2, func(in *Interp, a []int64) (Value, error) { return osWait4(in, int(a[0]), int(a[1]), true) })
	m.intArgsFn("waitid", 3, osWaitid)
	osPidfdFns(m, in)
	m.intArgsFn("abort", 0, osAbort)
	m.intArgsFn("times", 0, func(in *Interp, a []int64) (Value, error) {
		t := in.host.Times()
		return &Tuple{items: []Value{Float(t.User), Float(t.System), Float(t.ChildrenUser), Float(t.ChildrenSystem), Float(t.Elapsed)},
			seq: timesResultSeq}, nil
	})
	m.intArgsFn("urandom", 1, func(in *Interp, a []int64) (Value, error) {
		if a[0] < 0 {
			return nil, newValueError("negative argument not allowed")
		}
		return Bytes(in.host.Urandom(int(a[0]))), nil
	})
	m.fn("getenv", osGetenv)
	m.fn("putenv", func(in *Interp, args []Value, kw []string) (Value, error) {
		// os.putenv changes the C environment, not os.environ (posixmodule.c).
		return None, checkArgs("putenv", args, kw, 2, 2)
	})
	m.fn("unsetenv", func(in *Interp, args []Value, kw []string) (Value, error) {
		return None, checkArgs("unsetenv", args, kw, 1, 1)
	})
	m.fn("remove", osRemove)
	osDirFns(m)
	m.fn("unlink", osRemove)
	m.fn("listdir", osListdir)
	m.fn("fdopen", builtinOpen)
	m.fn("getcwd", func(in *Interp, args []Value, kw []string) (Value, error) { return Str(cwdOf(in)), nil })
	m.fn("chdir", osChdir)
	osModeFns(m)
	m.intArgsFn("umask", 1, func(in *Interp, a []int64) (Value, error) {
		old := umaskOf(in)
		if mv, ok := in.modules.getStr("os"); ok {
			mv.(*Module).dict.setStr(osUmaskKey, mkInt(a[0]&0o777))
		}
		return mkInt(old), nil
	})
	pm := in.gate(newOSPathModule())
	in.modules.setStr("os.path", pm)
	m.dict.setStr("path", pm)
}

const osUmaskKey = "_zl_umask"

// osChdir is os.chdir: the new directory must exist and be a directory.
func osChdir(in *Interp, args []Value, kw []string) (Value, error) {
	p, err := pathArg("chdir", args, kw)
	if err != nil {
		return nil, err
	}
	abs := absPath(in, p)
	info, err := in.host.Stat(abs)
	switch {
	case err != nil:
		return nil, fileError(err, p)
	case !info.Dir:
		return nil, fileError(ENOTDIR, p)
	}
	if mv, ok := in.modules.getStr("os"); ok {
		mv.(*Module).dict.setStr(osCwdKey, Str(abs))
	}
	return None, nil
}

func newEnviron() *Dict {
	d := newDict()
	for _, kv := range DefaultEnviron {
		k, v, _ := strings.Cut(kv, "=")
		d.setStr(k, Str(v))
	}
	return d
}

// osEnviron is the program's os.environ (it may have replaced it).
func osEnviron(in *Interp) *Dict {
	if mv, ok := in.modules.getStr("os"); ok {
		if d, ok := mv.(*Module).dict.getStr("environ"); ok {
			if e, ok := d.(*Dict); ok {
				return e
			}
		}
	}
	return newEnviron()
}

func osGetenv(in *Interp, args []Value, kw []string) (Value, error) {
	pos, kws, err := splitKw("getenv", args, kw, "key", "default")
	if err != nil {
		return nil, err
	}
	key, dflt := Value(nil), Value(None)
	if len(pos) > 0 {
		key = pos[0]
	} else {
		key = kws["key"]
	}
	if len(pos) > 1 {
		dflt = pos[1]
	} else if d, ok := kws["default"]; ok {
		dflt = d
	}
	k, ok := key.(Str)
	if !ok {
		return nil, newTypeError("str expected, not %s", typeName(key))
	}
	if v, ok := osEnviron(in).getStr(string(k)); ok {
		return v, nil
	}
	return dflt, nil
}

// osWait4 is wait4(pid, options) and wait3(options): the wait result and a
// resource.struct_rusage.
func osWait4(in *Interp, pid, options int, withPid bool) (Value, error) {
	rpid, status, ru, err := in.host.Wait4(pid, options)
	if err != nil {
		return nil, osError(err)
	}
	items := make([]Value, len(rusageSeq.fields))
	for i := range items {
		items[i] = mkInt(0)
	}
	items[0], items[1], items[2] = Float(ru.UTime), Float(ru.STime), mkInt(int64(ru.MaxRSS))
	usage := &Tuple{items: items, seq: rusageSeq}
	return newTuple([]Value{mkInt(int64(rpid)), mkInt(int64(status)), usage}), nil
}

// osWaitid is os.waitid: None when WNOHANG finds nothing to report, else a
// posix.waitid_result.
func osWaitid(in *Interp, a []int64) (Value, error) {
	info, err := in.host.Waitid(int(a[0]), int(a[1]), int(a[2]))
	if err != nil {
		return nil, osError(err)
	}
	if info.PID == 0 {
		return None, nil
	}
	return &Tuple{items: []Value{mkInt(int64(info.PID)), mkInt(int64(info.UID)), mkInt(int64(info.Signo)),
		mkInt(int64(info.Status)), mkInt(int64(info.Code))},
		seq: waitidSeq}, nil
}

// osAbort is os.abort: abort(3) raises SIGABRT with the default action
// restored, so a Python handler never runs (its C handler only sets a
// flag) and the process dies without flushing stdio.
func osAbort(in *Interp, a []int64) (Value, error) {
	const sigabrt = 6
	_, _ = in.host.Signal(sigabrt, DispDefault)
	_ = in.host.Kill(in.host.Getpid(), sigabrt)
	in.phase = phaseExited
	in.t.frames = nil
	return nil, errExited
}

func pathArg(name string, args []Value, kw []string) (string, error) {
	if err := checkArgs(name, args, kw, 1, 1); err != nil {
		return "", err
	}
	switch p := args[0].(type) {
	case Str:
		return string(p), nil
	case Bytes:
		return string(p), nil
	}
	return "", newTypeError("%s: path should be string, bytes or os.PathLike, not %s", name, typeName(args[0]))
}

func osRemove(in *Interp, args []Value, kw []string) (Value, error) {
	p, err := pathArg("remove", args, kw)
	if err != nil {
		return nil, err
	}
	return None, fileError(in.host.Remove(absPath(in, p)), p)
}

func osListdir(in *Interp, args []Value, kw []string) (Value, error) {
	p := "."
	if len(args) > 0 {
		s, err := pathArg("listdir", args, kw)
		if err != nil {
			return nil, err
		}
		p = s
	}
	names, err := in.host.ListDir(absPath(in, p))
	if err != nil {
		return nil, fileError(err, p)
	}
	sort.Strings(names)
	return strList(names), nil
}

// fileError is an OSError with the filename, as CPython's
// path_error/PyErr_SetFromErrnoWithFilenameObject raise it.
func fileError(err error, path string) error {
	e, ok := err.(Errno)
	if !ok {
		return osError(err)
	}
	return &PyError{newExc(fileErrorClass(e), mkInt(int64(e)), Str(e.Error()), Str(path))}
}

// fileErrorClass completes errnoClass with the file errors
// (Objects/exceptions.c errnomap).
func fileErrorClass(e Errno) *Class {
	switch e {
	case EISDIR:
		return isADirectoryClass
	case ENOTDIR:
		return notADirectoryClass
	case EACCES:
		return permissionErrorClass
	}
	return errnoClass(e)
}

// unsupportedOperationClass is io.UnsupportedOperation, both an OSError
// and a ValueError.
var unsupportedOperationClass = func() *Class {
	c := &Class{name: "UnsupportedOperation", module: "io", bases: []*Class{osErrorClass, valueErrorClass}, dict: newDict(), builtin: true}
	c.mro = computeMRO(c)
	return c
}()

func init() {
	// The file errors are builtins (the exec support defines the classes).
	universe.setStr("IsADirectoryError", isADirectoryClass)
	universe.setStr("NotADirectoryError", notADirectoryClass)
}
