// This file gives the os module its program-running half: execv and
// execve (Modules/posixmodule.c os_execv_impl, os_execve_impl), the exec*p
// and exec*l family, spawn*, popen and _wrap_close (Lib/os.py, 3.8–3.13,
// condensed), system (posixmodule.c os_system_impl over glibc's
// sysdeps/posix/system.c), posix_spawn/posix_spawnp, the descriptor
// calls exec needs (dup, dup2, set_inheritable, get_inheritable; PEP 446:
// every fd Python creates is non-inheritable, dup2's target is
// inheritable), and _fork_exec, which stands for _posixsubprocess.fork_exec
// (the C child of subprocess.Popen: dup2 the standard fds, close the rest,
// chdir, setsid, exec, and report a failed exec's errno on a pipe).
//
// The Python half runs hidden (no line events, no traceback entries), as
// the C parts of CPython do; os.py's own frames, which CPython would show
// in a traceback, are not shown either.

package pyvm

import "strings"

// ExecHost is what a Host offers beyond Host for exec and the userland.
// The simulator's host implements it; an interpreter whose host does not
// gets ENOSYS-like OSErrors from these calls.
type ExecHost interface {
	// Execve replaces the process's program with path run as argv in the
	// environment env ("NAME=value"). On success the calling interpreter
	// never runs again.
	Execve(path string, argv, env []string) error
	Dup(fd int) (int, error)
	Dup2(fd, fd2 int, inheritable bool) (int, error)
	SetInheritable(fd int, on bool) error
	Inheritable(fd int) (bool, error)
	// Open is open(2) with flags (O_WRONLY, O_CREAT, O_TRUNC, O_APPEND
	// ...): /dev/null or a regular file; the fd is non-inheritable.
	Open(path string, flags int) (int, error)
	// ProcTable is the process table as ps(1) reads it from /proc.
	ProcTable() []ProcRow
	// ForkExec is _posixsubprocess.fork_exec: a child with stdio[i]
	// (when >= 0) as fd i, in a new session if asked, running path (looked
	// up in env's PATH with search) in the environment env. An exec
	// failure is the call's error, and no child is left.
	ForkExec(path string, argv, env []string, search bool, stdio [3]int, newSession bool) (int, error)
}

// ProcRow is one process as ps(1) shows it.
type ProcRow struct {
	PID, PPID, PGID int
	Stat            string // R, S, T, Z and procps's s, l, + after it
	Comm, Cmdline   string
	CPU             float64 // seconds
	SID, TPGID      int     // the session; the terminal's foreground group, -1 without one
	TTY             string  // "pts/0", or "?" without a controlling terminal
	Flags           int     // ps's F: 1 forked but not exec'd
	Wchan           string  // the kernel function a sleep waits in, "-" else
	Threads         int
	Start, Now      float64 // start time and the table's time, in seconds of the wall clock
	TIDs            []int   // the threads but the main one
}

// errENOSYS is returned when the host has no exec support.
const errENOSYS Errno = 38

func init() {
	for _, e := range []struct {
		n          Errno
		name, text string
	}{{8, "ENOEXEC", "Exec format error"}, {13, "EACCES", "Permission denied"},
		{20, "ENOTDIR", "Not a directory"}, {21, "EISDIR", "Is a directory"}, {38, "ENOSYS", "Function not implemented"}} {
		if _, ok := errnoNames[e.n]; !ok {
			errnoNames[e.n] = [2]string{e.name, e.text}
		}
	}
}

func execHost(in *Interp) (ExecHost, error) {
	if h, ok := in.host.(ExecHost); ok {
		return h, nil
	}
	return nil, execError(errENOSYS, nil)
}

// execError is the OSError subclass CPython raises for e (Objects/
// exceptions.c errnomap), with the file name when the call reports one.
func execError(e Errno, filename Value) error {
	cls := errnoClass(e)
	switch e {
	case 13:
		cls = permissionErrorClass
	case 20:
		cls = notADirectoryClass
	case 21:
		cls = isADirectoryClass
	}
	if filename != nil {
		return &PyError{newExc(cls, mkInt(int64(e)), Str(e.Error()), filename)}
	}
	return &PyError{newExc(cls, mkInt(int64(e)), Str(e.Error()))}
}

var (
	notADirectoryClass = newExcClass("NotADirectoryError", osErrorClass)
	isADirectoryClass  = newExcClass("IsADirectoryError", osErrorClass)
)

// registerExec adds this file's functions to a new os module.
func registerExec(in *Interp, m *Module) {
	m.fn("_execve", osExecve)
	m.fn("_sigign_system", osSigignSystem)
	m.fn("_sigrestore_system", osSigrestoreSystem)
	m.fn("_proc_table", osProcTable)
	m.fn("_fork_exec_native", osForkExecNative)
	m.intArgsFn("dup", 1, func(in *Interp, a []int64) (Value, error) {
		h, err := execHost(in)
		if err != nil {
			return nil, err
		}
		fd, err := h.Dup(int(a[0]))
		return mkInt(int64(fd)), osError(err)
	})
	m.fn("dup2", osDup2)
	m.intArgsFn("set_inheritable", 2, func(in *Interp, a []int64) (Value, error) {
		h, err := execHost(in)
		if err != nil {
			return nil, err
		}
		return None, osError(h.SetInheritable(int(a[0]), a[1] != 0))
	})
	m.intArgsFn("get_inheritable", 1, func(in *Interp, a []int64) (Value, error) {
		h, err := execHost(in)
		if err != nil {
			return nil, err
		}
		on, err := h.Inheritable(int(a[0]))
		return mkBool(on), osError(err)
	})
	if _, ok := m.dict.getStr("open"); !ok {
		m.fn("open", osOpen)
	}
	for _, c := range []struct {
		n string
		v int64
	}{{"P_WAIT", 0}, {"P_NOWAIT", 1}, {"P_NOWAITO", 1}, {"O_CREAT", 0o100}, {"O_TRUNC", 0o1000},
		{"O_APPEND", 0o2000}, {"O_CLOEXEC", 0o2000000}} {
		if _, ok := m.dict.getStr(c.n); !ok {
			m.dict.setStr(c.n, mkInt(c.v))
		}
	}
	for _, c := range []struct{ n, v string }{{"pathsep", ":"}, {"defpath", "/bin:/usr/bin"}} {
		if _, ok := m.dict.getStr(c.n); !ok {
			m.dict.setStr(c.n, Str(c.v))
		}
	}
	in.execHidden(osExecCode, m)
}

// execArgs converts exec's path, argv and env (None: the process's
// os.environ) to the host's strings.
func execArgs(in *Interp, pathV, argvV, envV Value) (path string, argv, env []string, err error) {
	if path, err = fsPath(pathV); err != nil {
		return "", nil, nil, err
	}
	vs, err := in.iterate(argvV)
	if err != nil {
		return "", nil, nil, err
	}
	argv = make([]string, len(vs))
	for i, v := range vs {
		if argv[i], err = fsPath(v); err != nil {
			return "", nil, nil, err
		}
	}
	if envV == None {
		envV = osEnviron(in)
	}
	env, err = environList(in, envV)
	return path, argv, env, err
}

// osExecve is _execve(path, argv, with_filename, env): the system call
// behind execv and execve, once os.py-level checks have passed. env None
// is the process's os.environ (CPython keeps the C environ in step with
// it through putenv).
func osExecve(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("_execve", args, kw, 4, 4); err != nil {
		return nil, err
	}
	path, argv, env, err := execArgs(in, args[0], args[1], args[3])
	if err != nil {
		return nil, err
	}
	h, err := execHost(in)
	if err != nil {
		return nil, err
	}
	if err := h.Execve(path, argv, env); err != nil {
		e, ok := err.(Errno)
		if !ok {
			return nil, osError(err)
		}
		if truth(args[2]) {
			return nil, execError(e, args[0])
		}
		return nil, execError(e, nil)
	}
	// The new program runs in a new interpreter: this one is gone, with
	// its unflushed stdio buffers (execve does not flush them).
	in.phase = phaseExited
	in.t.frames = nil
	return nil, errExited
}

// osForkExecNative is _fork_exec_native(path, argv, env, p2cread,
// c2pwrite, errwrite, start_new_session, search) -> pid.
func osForkExecNative(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("_fork_exec_native", args, kw, 8, 8); err != nil {
		return nil, err
	}
	path, argv, env, err := execArgs(in, args[0], args[1], args[2])
	if err != nil {
		return nil, err
	}
	var stdio [3]int
	for i := range stdio {
		n, ok := asInt(args[3+i])
		if !ok {
			return nil, newTypeError("an integer is required")
		}
		stdio[i] = int(n)
	}
	h, err := execHost(in)
	if err != nil {
		return nil, err
	}
	pid, err := h.ForkExec(path, argv, env, truth(args[7]), stdio, truth(args[6]))
	if err != nil {
		if e, ok := err.(ChildSetupError); ok {
			// Before the exec: no file name (_posixsubprocess's
			// "noexec" report).
			return nil, osError(e.Errno)
		}
		if e, ok := err.(Errno); ok {
			return nil, execError(e, args[0])
		}
		return nil, osError(err)
	}
	return mkInt(int64(pid)), nil
}

// ChildSetupError is ForkExec's error when the child failed before its
// exec (a dup2 of a bad descriptor): Popen raises it without the program's
// name, which only an exec failure carries.
type ChildSetupError struct{ Errno Errno }

func (e ChildSetupError) Error() string { return e.Errno.Error() }

// environList is a mapping as execve's envp: "KEY=value" in the
// mapping's order (os.py's environ is a dict here).
func environList(in *Interp, m Value) ([]string, error) {
	keys, err := in.iterate(m)
	if err != nil {
		return nil, err
	}
	env := make([]string, 0, len(keys))
	for _, k := range keys {
		v, err := in.getItem(m, k)
		if err != nil {
			return nil, err
		}
		ks, err := fsPath(k)
		if err != nil {
			return nil, err
		}
		vs, err := fsPath(v)
		if err != nil {
			return nil, err
		}
		if ks == "" || strings.Contains(ks, "=") {
			return nil, newValueError("illegal environment variable name")
		}
		env = append(env, ks+"="+vs)
	}
	return env, nil
}

// fsPath is os.fspath for str and bytes (PyUnicode_FSConverter).
func fsPath(v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Bytes:
		return string(x), nil
	}
	return "", newTypeError("expected str, bytes or os.PathLike object, not %s", typeName(v))
}

// osDup2 is os.dup2(fd, fd2, inheritable=True).
func osDup2(in *Interp, args []Value, kw []string) (Value, error) {
	inheritable := true
	if len(kw) == 1 && kw[0] == "inheritable" {
		inheritable = truth(args[len(args)-1])
		args, kw = args[:len(args)-1], nil
	}
	if len(args) == 3 {
		inheritable = truth(args[2])
		args = args[:2]
	}
	if err := checkArgs("dup2", args, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, ok1 := asInt(args[0])
	fd2, ok2 := asInt(args[1])
	if !ok1 || !ok2 {
		return nil, newTypeError("an integer is required")
	}
	h, err := execHost(in)
	if err != nil {
		return nil, err
	}
	n, err := h.Dup2(int(fd), int(fd2), inheritable)
	return mkInt(int64(n)), osError(err)
}

// osOpen is os.open(path, flags, mode=0o777) (the mode is not modelled).
func osOpen(in *Interp, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		args = args[:len(args)-len(kw)]
	}
	if err := checkArgs("open", args, nil, 2, 3); err != nil {
		return nil, err
	}
	path, err := fsPath(args[0])
	if err != nil {
		return nil, err
	}
	flags, ok := asInt(args[1])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[1]))
	}
	h, err := execHost(in)
	if err != nil {
		return nil, err
	}
	fd, err := h.Open(path, int(flags))
	if err != nil {
		if e, ok := err.(Errno); ok {
			return nil, execError(e, args[0])
		}
		return nil, osError(err)
	}
	return mkInt(int64(fd)), nil
}

// osSigignSystem and osSigrestoreSystem are glibc system()'s
// sigaction(SIGINT/SIGQUIT, SIG_IGN) around the wait: kernel dispositions
// only, Python's own handler table is untouched (as in C).
func osSigignSystem(in *Interp, args []Value, kw []string) (Value, error) {
	oi, err := in.host.Signal(2, 1)
	if err != nil {
		return nil, osError(err)
	}
	oq, err := in.host.Signal(3, 1)
	if err != nil {
		return nil, osError(err)
	}
	return newTuple([]Value{mkInt(int64(oi)), mkInt(int64(oq))}), nil
}

func osSigrestoreSystem(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("_sigrestore_system", args, kw, 2, 2); err != nil {
		return nil, err
	}
	oi, _ := asInt(args[0])
	oq, _ := asInt(args[1])
	if _, err := in.host.Signal(2, int(oi)); err != nil {
		return nil, osError(err)
	}
	_, err := in.host.Signal(3, int(oq))
	return None, osError(err)
}

// osProcTable is the process table as a list of tuples (pid, ppid, pgid,
// stat, comm, cmdline, cpu_seconds), for the userland's ps.
func osProcTable(in *Interp, args []Value, kw []string) (Value, error) {
	h, err := execHost(in)
	if err != nil {
		return nil, err
	}
	var rows []Value
	for _, r := range h.ProcTable() {
		tids := make([]Value, len(r.TIDs))
		for i, t := range r.TIDs {
			tids[i] = mkInt(int64(t))
		}
		rows = append(rows, newTuple([]Value{mkInt(int64(r.PID)), mkInt(int64(r.PPID)), mkInt(int64(r.PGID)),
			Str(r.Stat), Str(r.Comm), Str(r.Cmdline), Float(r.CPU), mkInt(int64(r.SID)), mkInt(int64(r.TPGID)),
			Str(r.TTY), mkInt(int64(r.Flags)), Str(r.Wchan), mkInt(int64(r.Threads)), Float(r.Start), Float(r.Now), newTuple(tids)}))
	}
	return newList(rows), nil
}

// RunHidden prepares to run a file as __main__ with no line events and no
// traceback entries: the userland's programs, which stand for C programs.
func (in *Interp) RunHidden(filename string, src []byte) error {
	code, err := in.compileSource(filename, src, true)
	if err != nil {
		return err
	}
	mod := in.newModule("__main__", filename)
	in.modules.setStr("__main__", mod)
	f := in.moduleFrame(code, mod)
	f.ret = retMain
	in.t.frames = append(in.t.frames[:0], f)
	in.phase = phaseRunning
	return nil
}

var osExecCode = func() *Code {
	m, err := parseHidden("<os>", osExecSource)
	if err != nil {
		panic("pyvm: os exec code does not compile: " + err.Error())
	}
	return markGlobal(m)
}()

func parseHidden(file, src string) (*Code, error) {
	in := &Interp{cfg: Config{Version: Py311}}
	in.cfg.Loader = func(string) (string, []byte, bool) { return "", nil, true }
	return in.compileSource(file, []byte(src), true)
}

// osExecSource is the Python half. Names follow Lib/os.py; _fork_exec
// follows Modules/_posixsubprocess.c child_exec (3.8–3.13).
const osExecSource = `
def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise

def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)

def _exec_check(argv, e_type, e_empty, e_first):
    if not isinstance(argv, (tuple, list)):
        raise TypeError(e_type)
    if not argv:
        raise ValueError(e_empty)
    if not argv[0]:
        raise ValueError(e_first)

def execv(path, argv):
    _exec_check(argv, 'execv() arg 2 must be a tuple or list', 'execv() arg 2 must not be empty',
                'execv() arg 2 first element cannot be empty')
    _execve(path, argv, False, None)

def execve(path, argv, env):
    _exec_check(argv, 'execve: argv must be a tuple or list', 'execve: argv must not be empty',
                'execve: argv first element cannot be empty')
    if not hasattr(env, 'keys'):
        raise TypeError('execve: environment must be a mapping object')
    _execve(path, argv, True, env)

def execl(file, *args):
    execv(file, args)

def execle(file, *args):
    env = args[-1]
    execve(file, args[:-1], env)

def execlp(file, *args):
    execvp(file, args)

def execlpe(file, *args):
    env = args[-1]
    execvpe(file, args[:-1], env)

def execvp(file, args):
    _execvpe(file, args)

def execvpe(file, args, env):
    _execvpe(file, args, env)

def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)

def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if '/' in file:
        exec_func(file, *argrest)
        return
    saved_exc = None
    last_exc = None
    for dir in get_exec_path(env):
        fullname = file
        if dir:
            fullname = dir.rstrip('/') + '/' + file
        try:
            exec_func(fullname, *argrest)
        except OSError as e:
            last_exc = e
            if e.errno not in (2, 20) and saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc

def _fork_exec(path, argv, env, p2cread, c2pwrite, errwrite, cwd, start_new_session, search):
    return _fork_exec_native(path, argv, env, p2cread, c2pwrite, errwrite, start_new_session, search)

def system(command):
    old = _sigign_system()
    try:
        try:
            pid = _fork_exec('/bin/sh', ['sh', '-c', command], None, -1, -1, -1, None, False, False)
        except OSError:
            return 127 << 8
        while True:
            try:
                wpid, status = waitpid(pid, 0)
                return status
            except InterruptedError:
                pass
    finally:
        _sigrestore_system(old[0], old[1])

def posix_spawn(path, argv, env, *, setpgroup=None, setsid=False, file_actions=None):
    return _fork_exec(path, argv, env, -1, -1, -1, None, setsid, False)

def posix_spawnp(path, argv, env, *, setpgroup=None, setsid=False, file_actions=None):
    return _fork_exec(path, argv, env, -1, -1, -1, None, setsid, True)

def _spawnvef(mode, file, args, env, func):
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list')
    if not args or not args[0]:
        raise ValueError('argv first element cannot be empty')
    pid = fork()
    if not pid:
        try:
            if env is None:
                func(file, args)
            else:
                func(file, args, env)
        except:
            _exit(127)
    else:
        if mode == P_NOWAIT:
            return pid
        while 1:
            wpid, sts = waitpid(pid, 0)
            if WIFSTOPPED(sts):
                continue
            if WIFSIGNALED(sts):
                return -WTERMSIG(sts)
            return WEXITSTATUS(sts)

def spawnv(mode, file, args):
    return _spawnvef(mode, file, args, None, execv)

def spawnve(mode, file, args, env):
    return _spawnvef(mode, file, args, env, execve)

def spawnvp(mode, file, args):
    return _spawnvef(mode, file, args, None, execvp)

def spawnvpe(mode, file, args, env):
    return _spawnvef(mode, file, args, env, execvpe)

def spawnl(mode, file, *args):
    return spawnv(mode, file, args)

def spawnle(mode, file, *args):
    env = args[-1]
    return spawnve(mode, file, args[:-1], env)

def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)

def spawnlpe(mode, file, *args):
    env = args[-1]
    return spawnvpe(mode, file, args[:-1], env)

def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)

class _wrap_close:
    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc
    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()
    def read(self, *args):
        return self._stream.read(*args)
    def readline(self, *args):
        return self._stream.readline(*args)
    def readlines(self):
        return self._stream.readlines()
    def write(self, s):
        return self._stream.write(s)
    def flush(self):
        return self._stream.flush()
    def fileno(self):
        return self._stream.fileno()
    def __iter__(self):
        return self._stream.__iter__()
`

// Finalizers: CPython calls Popen.__del__ the moment the last reference to
// a Popen goes (reference counting); __del__ then reaps an exited child or
// puts a running one on subprocess._active for the next Popen's _cleanup.
// This VM has no reference counts. For Popen alone, subprocess.py lists
// every Popen with a child in _zl_tracked, and RunFinalizers, called by
// the simulator at each line boundary, finds the tracked objects nothing
// else reaches (a reachability walk from the interpreter's roots, the one
// Clone makes, with _zl_tracked itself left out) and runs their __del__
// before that line, as hidden code. The difference from CPython: __del__
// runs at the next line boundary rather than inside the statement that
// dropped the last reference, and reference cycles are collected at once
// (CPython waits for the cyclic GC).

var finalizerCode = func() *Code {
	code, err := parseHidden("<finalizer>", "try:\n    _zl_obj.__del__()\nexcept BaseException:\n    pass\n")
	if err != nil {
		panic("pyvm: finalizer code does not compile: " + err.Error())
	}
	return markGlobal(code)
}()

// RunFinalizers arranges for the __del__ of every tracked Popen that has
// become unreachable to run before the next instruction; it reports
// whether it did.
func (in *Interp) RunFinalizers() bool {
	if in.noSubprocess.mods == in.modules && in.noSubprocess.version == in.modules.t.version {
		return false // asked at every line: inlined, no map lookup
	}
	return in.runFinalizers()
}

func (in *Interp) runFinalizers() bool {
	if in.phase != phaseRunning || in.syncDepth > 0 || len(in.t.frames) == 0 {
		return false
	}
	mv, ok := in.modules.getStr("subprocess")
	if !ok {
		// Only adding a key can bring it, and that changes the version.
		in.noSubprocess.mods, in.noSubprocess.version = in.modules, in.modules.t.version
		return false
	}
	mod, ok := mv.(*Module)
	if !ok {
		return false
	}
	lv, ok := mod.dict.getStr("_zl_tracked")
	if !ok {
		return false
	}
	tracked, ok := lv.(*List)
	if !ok || len(tracked.items) == 0 {
		return false
	}
	reached := in.reachable(tracked)
	var dead []Value
	tracked.own()
	keep := tracked.items[:0]
	for _, v := range tracked.items {
		if _, ok := reached[v]; ok {
			keep = append(keep, v)
		} else {
			dead = append(dead, v)
		}
	}
	tracked.items = keep
	// Pushed last first, so that the first to die runs first.
	for i := len(dead) - 1; i >= 0; i-- {
		m := in.newModule("_zl_finalizer", "<finalizer>")
		m.dict.setStr("_zl_obj", dead[i])
		f := in.moduleFrame(finalizerCode, m)
		f.ret = retDiscard
		in.t.frames = append(in.t.frames, f)
	}
	return len(dead) > 0
}

// reachable returns every object reachable from the interpreter's roots
// (Clone's), not looking inside skip.
func (in *Interp) reachable(skip Value) map[any]any {
	c := &cloner{memo: newCloneMemo(0), src: in, walk: true}
	c.memo.put(skip, skip)
	c.stream(in.stdout)
	c.stream(in.stderr)
	c.dict(in.modules)
	c.value(in.builtins)
	c.value(in.prelude)
	for _, f := range in.t.frames {
		c.frame(f)
	}
	c.values(in.t.handled)
	for _, e := range in.atexit {
		c.value(e.fn)
		c.value(e.args)
		c.dict(e.kw)
	}
	for _, h := range in.sigs {
		if h != nil {
			c.value(h)
		}
	}
	if in.t.hasPending {
		c.value(in.t.pending)
	}
	all := c.memo.all()
	c.memo.clear()
	return all
}
