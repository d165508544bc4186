# multiprocessing/process.py: the Process object, the module-global _children
# set and the child's _bootstrap, condensed from CPython's
# Lib/multiprocessing/process.py (3.8.18, 3.11.7, 3.12.1, 3.13.0, 3.14).
#
# The lazy reaping lives here: start() first calls _cleanup(), which polls
# every child started earlier (poll() is waitpid(pid, WNOHANG) for fork and
# spawn), and only then creates the new child and adds it to _children.
# So the last child stays a zombie until the next start().

import os
import sys
import signal


class _Counter(object):
    # Stands in for itertools.count(start), which the subset lacks.
    def __init__(self, start):
        self._next = start

    def next(self):
        n = self._next
        self._next = n + 1
        return n


def current_process():
    # process.py current_process, 3.8-3.14.
    return _current_process


def parent_process():
    # process.py parent_process, 3.8-3.14: None in the main process.
    return _parent_process


def active_children():
    # process.py active_children, 3.8-3.14: it reaps, like start() (facts §2).
    _cleanup()
    return list(_children)


def _cleanup():
    # process.py _cleanup: poll every child this process started; a finished
    # one is reaped by poll() and dropped from _children (facts §2).
    for p in list(_children):
        if sys.version_info >= (3, 11):
            # 3.11+: `if (child_popen := p._popen) and child_popen.poll() ...`
            child_popen = p._popen
            if child_popen and child_popen.poll() is not None:
                _children.discard(p)
        elif p._popen.poll() is not None:
            _children.discard(p)


class BaseProcess(object):
    # process.py BaseProcess, 3.8-3.14. Subclasses in context.py choose the
    # start method by overriding the static method _Popen.

    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, daemon=None):
        # CPython makes daemon keyword-only and defaults kwargs to {} before
        # 3.14; the subset has neither, the behaviour is the same.
        assert group is None, 'group argument must be None for now'
        count = _process_counter.next()
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._sentinel = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._name = name or (type(self).__name__ + '-' +
                              ':'.join([str(i) for i in self._identity]))
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        # process.py BaseProcess.run: runs in the child.
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        # process.py BaseProcess.start, 3.8-3.14 (facts §2): reap the older
        # children first, create the new one, and only then remember it.
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
            'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # CPython deletes these (bpo-30775); the subset has no `del`.
        self._target = None
        self._args = ()
        self._kwargs = {}
        _children.add(self)

    def interrupt(self):
        # New in 3.14: SIGINT. Older versions have no such method.
        if sys.version_info < (3, 14):
            raise AttributeError("'%s' object has no attribute 'interrupt'"
                                 % type(self).__name__)
        self._check_closed()
        self._popen.interrupt()

    def terminate(self):
        # process.py terminate: SIGTERM, unless already reaped (popen_fork).
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        # process.py kill: SIGKILL, unless already reaped (popen_fork).
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        # process.py join: wait() reaps; a finished child leaves _children.
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        # process.py is_alive: polls, so it reaps, and drops a finished child
        # from _children (bpo-31019).
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._popen is None:
            return False
        returncode = self._popen.poll()
        if returncode is None:
            return True
        _children.discard(self)
        return False

    def close(self):
        # process.py close (3.7+): only a finished child can be closed.
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still "
                                 "running. You should first call join() or "
                                 "terminate().")
            self._popen.close()
            self._popen = None
            self._sentinel = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def authkey(self):
        # process.py BaseProcess.authkey: inherited from the parent
        # (_config is copied), so a manager's server and its clients share it.
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = authkey

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        # process.py exitcode: polls, so it reaps, but does NOT discard from
        # _children (facts §2, experiment g).
        self._check_closed()
        if self._popen is None:
            return None
        return self._popen.poll()

    @property
    def ident(self):
        # process.py ident: no poll.
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        # process.py sentinel: an fd that reads EOF once the child has exited.
        self._check_closed()
        if self._sentinel is None:
            raise ValueError("process not started")
        return self._sentinel

    def __repr__(self):
        # process.py __repr__ (3.8-3.14): it polls, so printing a Process
        # reaps it, without discarding it from _children (facts §2).
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        # process.py BaseProcess._bootstrap: runs in the child for every start
        # method; returns the exit code that popen_fork/forkserver pass to
        # os._exit and spawn passes to sys.exit.
        from multiprocessing import util, context
        global _current_process, _parent_process, _process_counter, _children
        try:
            if self._start_method is not None:
                context._force_start_method(self._start_method)
            _process_counter = _Counter(1)
            _children = set()  # a child does not inherit its siblings
            # util._close_stdin() (stdin to /dev/null) left out: fd 0 here reads EOF too unless stdin is a pipe.
            _current_process = self
            _parent_process = _ParentProcess(
                self._parent_name, self._parent_pid, parent_sentinel)
            if sys.version_info >= (3, 10):
                self._after_fork()  # a no-op for SpawnProcess
            else:
                BaseProcess._after_fork()
            if sys.version_info >= (3, 13):
                # gh-83856: _exit_function now runs from the child's atexit
                # handlers (popen_fork._launch, forkserver), not from here.
                self.run()
                exitcode = 0
            else:
                try:
                    self.run()
                    exitcode = 0
                finally:
                    util._exit_function()
        except SystemExit as e:
            exitcode = _exitcode_of(e)
        except BaseException as e:  # CPython: a bare `except:`
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            util._print_exc(e)
        finally:
            # threading._shutdown(): wait for the non-daemon threads (a
            # process that never imported threading has none).
            if 'threading' in sys.modules:
                sys.modules['threading']._shutdown()
            util._flush_std_streams()
        return exitcode

    @staticmethod
    def _after_fork():
        # process.py BaseProcess._after_fork (3.10+; inline before): a fork
        # child must not run its parent's finalizers.
        from multiprocessing import util
        util._finalizer_registry.clear()
        util._run_after_forkers()


def _exitcode_of(e):
    # process.py _bootstrap, `except SystemExit` (facts §2): 3.9+ reads
    # e.code, so sys.exit() gives 0; 3.8 reads e.args, so it gives 1.
    if sys.version_info >= (3, 9):
        if e.code is None:
            return 0
        code = e.code
    else:
        if not e.args:
            return 1
        code = e.args[0]
    if isinstance(code, int):
        return code
    sys.stderr.write(str(code) + '\n')
    return 1


class _ParentProcess(BaseProcess):
    # process.py _ParentProcess (3.8+): the child's view of its parent. Its
    # sentinel reads EOF once the parent has exited.

    def __init__(self, name, pid, sentinel):
        # process.py _ParentProcess.__init__
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        from multiprocessing.connection import wait
        return not wait([self._sentinel], timeout=0)

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        from multiprocessing.connection import wait
        wait([self._sentinel], timeout=timeout)

    pid = ident


class _MainProcess(BaseProcess):
    # process.py _MainProcess. CPython's authkey is os.urandom(32); the
    # model's is fixed (it is never shown, only compared).

    def __init__(self):
        # process.py _MainProcess.__init__
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._sentinel = None
        self._closed = False
        self._config = {'authkey': b'zombielab-process-authkey-32byte',
                        'semprefix': '/mp'}

    def close(self):
        pass


_parent_process = None
_current_process = _MainProcess()
_process_counter = _Counter(1)
_children = set()

# process.py _exitcode_to_name: -15 prints as -SIGTERM in __repr__.
_exitcode_to_name = {}
for _signame in ['SIGHUP', 'SIGINT', 'SIGKILL', 'SIGTERM', 'SIGCHLD']:
    if hasattr(signal, _signame):
        _exitcode_to_name[-getattr(signal, _signame)] = '-' + _signame
