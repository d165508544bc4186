// This file holds the runtime code written in Python itself, compiled once
// and run hidden (no line events, no traceback entries): the exit-function
// runner, so that atexit handlers are ordinary frames that may block, and
// the loops through which builtins consume generators (gen_builtins.go).

package pyvm

const preludeSource = `
def _run_exitfuncs():
    threading = _loaded_module('threading')
    if threading is not None:
        try:
            threading._shutdown()
        except BaseException as e:
            _atexit_report(threading._shutdown, e)
    while True:
        h = _atexit_pop()
        if h is None:
            break
        try:
            h[0](*h[1], **h[2])
        except BaseException as e:
            _atexit_report(h[0], e)


def _setstates(obj, pending):
    for setstate, state in pending:
        setstate(state)
    return obj


def _percent(fmt, args, jobs):
    texts = [str(v) if kind == 's' else repr(v) for v, kind in jobs]
    return _percent_rendered(fmt, args, texts)


def _format(fmt, jobs, *args, **kw):
    texts = [str(v) if kind == 's' else repr(v) for v, kind in jobs]
    return _format_rendered(fmt, texts, *args, **kw)


def _print(*args, **kw):
    print(*[str(a) for a in args], **kw)


def _input(stdin, stdout, *prompt):
    # input() when stdin and stdout are not both terminals
    # (Python/bltinmodule.c, builtin_input_impl): the prompt written and
    # flushed, then one line of sys.stdin, EOFError at its end.
    if stdin is None:
        raise RuntimeError('input(): lost sys.stdin')
    if stdout is None:
        raise RuntimeError('input(): lost sys.stdout')
    stdout.flush()
    if prompt:
        stdout.write(str(prompt[0]))
        stdout.flush()
    line = stdin.readline()
    if not line:
        raise EOFError('EOF when reading a line')
    if line[-1] == '\n':
        return line[:-1]
    return line


def _drain(iterable):
    items = []
    for x in iterable:
        items.append(x)
    return items


def _contains(iterable, item):
    for x in iterable:
        if x is item or x == item:
            return True
    return False


def _not_contains(iterable, item):
    return not _contains(iterable, item)


def _drain_call(f, i, args, kw):
    items = []
    for x in args[i]:
        items.append(x)
    args[i] = items
    return f(*args, **kw)


def _drain_mapping_call(f, i, args, kw):
    # dict(m) of a mapping: keys(), then m[k] for each (PyDict_Merge).
    m = args[i]
    items = []
    for k in m.keys():
        items.append((k, m[k]))
    args[i] = items
    return f(*args, **kw)


def _fork_at_forkers():
    # os.fork() with os.register_at_fork handlers (mod_os_atfork.go).
    _run_at_forkers(0)
    try:
        pid = _fork_now()
    except OSError:
        _run_at_forkers(2)
        raise
    _run_at_forkers(1 if pid == 0 else 2)
    return pid


def _run_at_forkers(which):
    for f in _at_forkers(which):
        try:
            f()
        except BaseException as e:
            _unraisable(f, e)


def _any(iterable):
    for x in iterable:
        if x:
            return True
    return False


def _all(iterable):
    for x in iterable:
        if not x:
            return False
    return True


def _enumerate(iterable, start=0):
    for x in iterable:
        yield start, x
        start += 1


_missing = object()


def _zip(*iterables):
    its = [iter(i) for i in iterables]
    while its:
        row = []
        for it in its:
            x = next(it, _missing)
            if x is _missing:
                return
            row.append(x)
        yield tuple(row)


def _map(function, *iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield function(x)
        return
    for row in _zip(*iterables):
        yield function(*row)


def _next_default(it, default):
    try:
        return it.__next__()
    except StopIteration:
        return default


def _filter(function, iterable):
    for x in iterable:
        if (x if function is None else function(x)):
            yield x
`

var preludeCode = func() *Code {
	in := &Interp{}
	code, err := in.compileSource("<zombielab>", []byte(preludeSource), true)
	if err != nil {
		panic("pyvm: prelude does not compile: " + err.Error())
	}
	return markGlobal(code)
}()

// preludeNatives are the Go helpers the prelude calls, set in its globals.
var preludeNatives = []*Builtin{
	{name: "_atexit_pop", fn: atexitPop},
	{name: "_atexit_report", fn: atexitReport},
	{name: "_loaded_module", fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		if m, ok := in.modules.getStr(string(args[0].(Str))); ok {
			return m, nil
		}
		return None, nil
	}},
	{name: "_percent_rendered", fn: percentRendered},
	{name: "_at_forkers", fn: atForkers},
	{name: "_unraisable", fn: atForkReport},
	{name: "_fork_now", fn: func(in *Interp, args []Value, kw []string) (Value, error) { return osFork(in, nil) }},
	{name: "_format_rendered", fn: formatRendered},
}
