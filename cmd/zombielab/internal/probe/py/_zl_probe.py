"""zombielab probe: records the process family of a scenario and snapshots
it at the "# checkpoint:" lines of the main process (docs/CHECKPOINTS.md).

Loaded by sitecustomize in every interpreter of the family.  It never waits
for, polls or signals a process: it only wraps the calls that create
children (os.fork, _posixsubprocess.fork_exec, BaseProcess.start) to learn
the pid and role of each new process, appends "pid role starttime" records
to a shared log, and reads /proc.  Roles follow the contract: pN is the N-th
child created by main through Process.start() or os.fork(), whatever the
start method; pN.M the M-th child of pN; forkserver and resource_tracker are
the helpers, known by their command line.
"""
import os
import sys
import time

_DIR = os.environ.get('ZL_DIR', '')
_LOG = os.path.join(_DIR, 'family.log')
_OUT = os.path.join(_DIR, 'snapshots.jsonl')
_CONFIG = os.path.join(_DIR, 'config.txt')
_MAIN_PID = int(os.environ.get('ZL_MAIN_PID') or 0)

_real_fork = os.fork


class _State:
    role = None        # this process's role, None until known
    counter = 0        # children created so far by this process
    pending = None     # role of the child a running Process.start() creates
    in_start = False   # inside BaseProcess.start()
    helper = False     # forkserver or resource tracker: its forks are not counted
    t0 = None          # main only: monotonic time of the scenario's first line


def _child_role(parent, n):
    if parent == 'main':
        return 'p%d' % n
    return '%s.%d' % (parent, n)


def _stat(pid):
    """(state, ppid, starttime) from /proc/<pid>/stat, or None if gone."""
    try:
        fd = os.open('/proc/%d/stat' % pid, os.O_RDONLY)
    except OSError:
        return None
    try:
        data = os.read(fd, 4096)
    except OSError:
        return None
    finally:
        os.close(fd)
    fields = data[data.rindex(b')') + 2:].split()
    # proc(5): field 3 state, field 4 ppid, field 22 starttime.
    return fields[0].decode(), int(fields[1]), int(fields[19])


def _append(path, text):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def _log(pid, role):
    st = _stat(pid)
    # A child already reaped (SIGCHLD ignored) has no start time: -1 marks it
    # gone for good.
    _append(_LOG, '%d %s %d\n' % (pid, role, st[2] if st else -1))


def _records():
    try:
        with open(_LOG) as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out, seen = [], set()
    for line in lines:
        parts = line.split()
        if len(parts) != 3:
            continue
        rec = (int(parts[0]), parts[1], int(parts[2]))
        if (rec[0], rec[2]) not in seen:
            seen.add((rec[0], rec[2]))
            out.append(rec)
    return out


def _my_role():
    """This process's role; a worker whose creator logs it a moment after
    the fork (spawn, forkserver) waits for that record, up to 5 s."""
    if _State.role is None:
        me = os.getpid()
        st = _stat(me)
        deadline = time.monotonic() + 5
        while _State.role is None and time.monotonic() < deadline:
            for pid, role, start in _records():
                if pid == me and st and start == st[2]:
                    _State.role = role
            if _State.role is None:
                time.sleep(0.005)
        if _State.role is None:
            _State.role = 'unknown%d' % me
    return _State.role


def _become_child(role):
    _State.role = role
    _State.counter = 0
    _State.pending = None
    _State.in_start = False
    _State.helper = False
    sys.settrace(None)  # only main reports checkpoints


def _fork():
    if _State.helper:
        pid = _real_fork()
        if pid == 0:
            _become_child(None)  # a forkserver worker: main logs its role
        return pid
    if _State.in_start:
        # The fork inside Process.start(): counted once, by _start.
        role = _State.pending
        pid = _real_fork()
        if pid == 0:
            _become_child(role)
        return pid
    role = _child_role(_my_role(), _State.counter + 1)
    pid = _real_fork()
    if pid == 0:
        _become_child(role)
        return 0
    _State.counter += 1
    _log(pid, role)
    return pid


def _count_child():
    """The role of the next child this process creates, counted now (pN in
    main, pN.M in pN); None in a helper, whose children are not counted."""
    if _State.helper:
        return None
    _State.counter += 1
    return _child_role(_my_role(), _State.counter)


def _wrap_fork_exec(real):
    """subprocess, os.popen and multiprocessing's spawnv_passfds create
    children through _posixsubprocess.fork_exec (args[0] is argv).  A
    multiprocessing helper or worker takes its known role; any other
    child counts in its creator's sequence (docs/CHECKPOINTS.md).  The
    role is counted before the call: a Python child looks its role up in
    the log as soon as it forks, and fork_exec returns a pid even when the
    exec fails (Popen raises afterwards, having reaped the child)."""
    def fork_exec(*args, **kwargs):
        try:
            text = ' '.join(a.decode() if isinstance(a, bytes) else str(a) for a in args[0])
        except Exception:
            text = ''
        if 'multiprocessing.forkserver' in text:
            role = 'forkserver'
        elif 'multiprocessing.resource_tracker' in text:
            role = 'resource_tracker'
        elif _State.in_start and '--multiprocessing-fork' in text:
            role = _State.pending
        else:
            role = _count_child()
        pid = real(*args, **kwargs)
        if role is not None:
            _log(pid, role)
        return pid
    return fork_exec


def _wrap_posix_spawn(real):
    """os.posix_spawn and os.posix_spawnp (subprocess uses posix_spawn on
    3.8+ when _USE_POSIX_SPAWN and the call allows it, Lib/subprocess.py
    Popen._execute_child): the child counts as one more pN.  When the exec
    fails, glibc's posix_spawn has already reaped its child and raises."""
    def posix_spawn(*args, **kwargs):
        role = _count_child()
        pid = real(*args, **kwargs)
        if role is not None:
            _log(pid, role)
        return pid
    posix_spawn.__name__, posix_spawn.__doc__ = real.__name__, real.__doc__
    return posix_spawn


def _wrap_system(real):
    """os.system: libc's system() forks /bin/sh and waits for it, so the
    shell is reaped before the call returns and its pid is never seen; it
    still takes its number in the pN sequence."""
    def system(command):
        _count_child()
        return real(command)
    system.__name__, system.__doc__ = real.__name__, real.__doc__
    return system


def _wrap_start(real):
    def start(self):
        if _State.helper or _State.in_start:
            return real(self)
        role = _child_role(_my_role(), _State.counter + 1)
        _State.in_start, _State.pending = True, role
        try:
            real(self)
        finally:
            _State.in_start, _State.pending = False, None
        _State.counter += 1
        pid = getattr(vars(self).get('_popen'), 'pid', None)
        if pid:
            _log(pid, role)
    start.__name__, start.__doc__, start.__wrapped__ = real.__name__, real.__doc__, real
    return start


class _ProcessModuleFinder:
    """Patches multiprocessing.process.BaseProcess.start when it is first
    imported, so the probe never imports multiprocessing itself."""

    def find_spec(self, name, path=None, target=None):
        if name != 'multiprocessing.process':
            return None
        import importlib.machinery
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        real_exec = spec.loader.exec_module

        def exec_module(module):
            real_exec(module)
            module.BaseProcess.start = _wrap_start(module.BaseProcess.start)
        spec.loader.exec_module = exec_module
        return spec


# ---- checkpoints (main process only) ----

_ORDER = {'main': 0, 'forkserver': 1, 'resource_tracker': 2}


def _role_key(role):
    if role in _ORDER:
        return (_ORDER[role], (), '')
    parts = role[1:].split('.')
    if role.startswith('p') and all(p.isdigit() for p in parts):
        return (3, tuple(int(p) for p in parts), '')
    return (4, (), role)


def _unrecorded(role_of, logged):
    """Children of family members that no probe logged: those of a program
    that is not Python (a shell's `sh -c 'a | b'` children, whose fork
    order the probe cannot see).  They are listed as PARENT.? so that the
    comparison shows them rather than silently leaving them out."""
    out = []
    for name in os.listdir('/proc'):
        if not name.isdigit() or int(name) in logged:
            continue
        st = _stat(int(name))
        if st is None or st[0] in 'Xx' or st[1] not in role_of:
            continue
        out.append((role_of[st[1]] + '.?', role_of[st[1]], 'zombie' if st[0] == 'Z' else 'alive'))
    return out


def _snapshot(label):
    t_ms = int((time.monotonic() - _State.t0) * 1000)
    records = _records()
    live = []      # (role, state letter, ppid)
    role_of = {}   # pid -> role, of processes that exist now
    for pid, role, start in records:
        st = _stat(pid)
        if st is None or start < 0 or st[2] != start or st[0] in 'Xx':
            continue
        live.append((pid, role, st[0], st[1]))
        role_of[pid] = role
    procs = []
    for pid, role, state, ppid in live:
        parent = 'outside' if role == 'main' else role_of.get(ppid, 'init')
        procs.append((role, parent, 'zombie' if state == 'Z' else 'alive'))
    procs.extend(_unrecorded(role_of, set(r[0] for r in records)))
    procs.sort(key=lambda p: _role_key(p[0]))
    children = []
    mp_process = sys.modules.get('multiprocessing.process')
    if mp_process is not None:
        last_role = {}
        for pid, role, start in records:
            last_role[pid] = role
        for p in list(mp_process._children):
            pid = getattr(vars(p).get('_popen'), 'pid', None)
            children.append(last_role.get(pid, 'unknown%s' % pid))
    children.sort(key=_role_key)
    line = '{"label":"%s","t_ms":%d,"procs":[%s],"children":[%s]}\n' % (
        label, t_ms,
        ','.join('{"role":"%s","ppid":"%s","state":"%s"}' % p for p in procs),
        ','.join('"%s"' % c for c in children))
    _append(_OUT, line)


def _read_config():
    scenario, method, checkpoints, until = '', '', {}, ''
    with open(_CONFIG) as f:
        for line in f.read().splitlines():
            parts = line.split(' ', 2)
            if parts[0] == 'scenario':
                scenario = line.split(' ', 1)[1]
            elif parts[0] == 'method':
                method = parts[1]
            elif parts[0] == 'checkpoint':
                checkpoints[int(parts[1])] = parts[2]
            elif parts[0] == 'until':
                until = parts[1]
    return scenario, method, checkpoints, until


def _tell_launcher(text):
    """Writes one line to the launcher's pipe (ZL_CTL_FD): "t0 TIME" when
    the clock starts, "stop" after the snapshot that ends the run."""
    fd = int(os.environ.get('ZL_CTL_FD') or -1)
    if fd >= 0:
        try:
            os.write(fd, (text + '\n').encode())
        except OSError:
            pass


def _start_clock():
    _State.t0 = time.monotonic()
    fd = int(os.environ.get('ZL_CTL_FD') or -1)
    if fd >= 0:
        try:
            os.set_inheritable(fd, False)  # exec'd programs need not hold it
        except OSError:
            pass
    _tell_launcher('t0 %r' % _State.t0)


def _stop_here():
    """until=LABEL#N was reached: the launcher kills the whole family as
    soon as it reads "stop"; main runs no further statement meanwhile."""
    _tell_launcher('stop')
    while True:
        time.sleep(60)


def _install_tracer(scenario, checkpoints, until):
    counts = {}

    def local(frame, event, arg):
        if event == 'line' and os.getpid() == _MAIN_PID:
            if _State.t0 is None:
                _start_clock()
            label = checkpoints.get(frame.f_lineno)
            if label is not None:
                counts[label] = counts.get(label, 0) + 1
                name = '%s#%d' % (label, counts[label])
                _snapshot(name)
                if name == until:
                    _stop_here()
        return local

    def global_trace(frame, event, arg):
        if frame.f_code.co_filename == scenario:
            return local
        return None

    sys.settrace(global_trace)


def _cmdline():
    try:
        with open('/proc/self/cmdline', 'rb') as f:
            return f.read().replace(b'\0', b' ').decode(errors='replace')
    except OSError:
        return ''


def install():
    os.fork = _fork
    os.system = _wrap_system(os.system)
    for name in ('posix_spawn', 'posix_spawnp'):
        if hasattr(os, name):
            setattr(os, name, _wrap_posix_spawn(getattr(os, name)))
    try:
        import _posixsubprocess
        _posixsubprocess.fork_exec = _wrap_fork_exec(_posixsubprocess.fork_exec)
    except ImportError:
        pass
    sys.meta_path.insert(0, _ProcessModuleFinder())
    me = os.getpid()
    if me == _MAIN_PID:
        _State.role = 'main'
        _log(me, 'main')
        scenario, method, checkpoints, until = _read_config()
        if method:
            import multiprocessing
            multiprocessing.set_start_method(method)
        _install_tracer(scenario, checkpoints, until)
        return
    cmd = _cmdline()
    for helper in ('forkserver', 'resource_tracker'):
        if 'multiprocessing.%s import main' % helper in cmd:
            _State.role, _State.helper = helper, True
            _log(me, helper)
