# multiprocessing/util.py: what runs at interpreter exit (_exit_function),
# finalizers, and small helpers, condensed from CPython's
# Lib/multiprocessing/util.py (3.8-3.14).
#
# Importing this module registers _exit_function with atexit. That happens at
# the first start() (every popen_* module imports util), not at
# `import multiprocessing` (facts §5).

import os
import sys
import atexit
from multiprocessing import process

#
# Finalizers
#

_finalizer_registry = {}
_finalizer_counter = process._Counter(0)


class Finalize(object):
    # util.py Finalize. CPython holds obj by a weakref and also runs the
    # callback when obj is garbage-collected; the subset has no weakref, so
    # here a finalizer runs only when called (Popen.close) or, if it has an
    # exitpriority, from _run_finalizers at exit.

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        # util.py Finalize.__init__: registered under (exitpriority, n).
        if obj is None and exitpriority is None:
            raise ValueError("Without object, exitpriority cannot be None")
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        self._key = (exitpriority, _finalizer_counter.next())
        self._pid = os.getpid()
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        # Run the callback once, and only in the process that registered it.
        if self._key not in _finalizer_registry:
            return None
        _finalizer_registry.pop(self._key)
        res = None
        if self._pid == os.getpid():
            res = self._callback(*self._args, **self._kwargs)
        self._callback = None
        self._args = ()
        self._kwargs = {}
        self._key = None
        return res

    def cancel(self):
        # util.py Finalize.cancel: forget the callback without running it
        # (Queue.cancel_join_thread drops the exit-time join this way).
        if self._key in _finalizer_registry:
            _finalizer_registry.pop(self._key)
            self._callback = None
            self._args = ()
            self._kwargs = {}
            self._key = None

    def still_active(self):
        return self._key in _finalizer_registry


#
# After fork
#

_afterfork_registry = {}
_afterfork_counter = process._Counter(0)


def register_after_fork(obj, func):
    # util.py register_after_fork: func(obj) runs in every child forked
    # after this call (process.py BaseProcess._after_fork ->
    # _run_after_forkers). CPython keeps obj by a weak reference; the subset
    # keeps it alive.
    _afterfork_registry[(_afterfork_counter.next(), id(obj), func)] = obj


def _run_after_forkers():
    # util.py _run_after_forkers: in registration order; an exception is
    # reported and the others still run.
    items = list(_afterfork_registry.items())
    items.sort(key=lambda item: item[0][0])
    for (index, ident, func), obj in items:
        try:
            func(obj)
        except Exception as e:
            _print_exc(e)


def is_exiting():
    # util.py is_exiting: whether _exit_function has started.
    return _exiting or _exiting is None


def debug(msg, *args):
    # util.py debug/info/sub_debug: nothing unless log_to_stderr() was
    # called, which the model does not offer.
    pass


info = debug
sub_debug = debug


def _run_finalizers(minpriority=None):
    # util.py _run_finalizers: finalizers with an exitpriority (>= minpriority),
    # highest priority first, newest first among equals.
    keys = [key for key in list(_finalizer_registry)
            if key[0] is not None and (minpriority is None or key[0] >= minpriority)]
    keys.sort(reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is not None:
            try:
                finalizer()
            except Exception as e:
                _print_exc(e)
    if minpriority is None:
        _finalizer_registry.clear()

#
# Exit
#

_exiting = False


def _exit_function():
    # util.py _exit_function, same text 3.8-3.14 (facts §5): SIGTERM to the
    # running daemons, then a blocking join() of every child, no timeout.
    # Each active_children() call reaps the finished children first.
    global _exiting
    if not _exiting:
        _exiting = True
        _run_finalizers(0)
        if process.current_process() is not None:
            for p in process.active_children():
                if p.daemon:
                    p._popen.terminate()
            for p in process.active_children():
                p.join()
        _run_finalizers()


def _stop_resource_tracker():
    # 3.14 reaps its resource tracker at shutdown: ResourceTracker.__del__ ->
    # _stop() -> waitpid (gh-88887, facts §1). The subset has no __del__;
    # this hook, registered just before _exit_function, runs just after it.
    tracker = sys.modules.get('multiprocessing.resource_tracker')
    if tracker is not None:
        tracker._resource_tracker._stop()


if sys.version_info >= (3, 14):
    atexit.register(_stop_resource_tracker)
atexit.register(_exit_function)

#
# Helpers
#


def _waitstatus_to_exitcode(sts):
    # os.waitstatus_to_exitcode (3.9+); 3.8's popen_fork.poll and forkserver
    # open-code the same rule: -signal if killed, else the exit status.
    if sys.version_info >= (3, 9):
        return os.waitstatus_to_exitcode(sts)
    if os.WIFSIGNALED(sts):
        return -os.WTERMSIG(sts)
    return os.WEXITSTATUS(sts)


def close_fds(*fds):
    # util.py close_fds: the callback of a Popen's finalizer.
    for fd in fds:
        os.close(fd)


def _flush_std_streams():
    # util.py _flush_std_streams: flushed before fork so that a child does
    # not print its parent's buffered output again.
    sys.stdout.flush()
    sys.stderr.flush()


def _args_from_interpreter_flags():
    # subprocess._args_from_interpreter_flags: the modelled interpreter runs
    # with -B, as in the fact sheet's experiments (facts §8b).
    return ['-B']


def spawnv_passfds(path, args, passfds):
    # util.py spawnv_passfds: _posixsubprocess.fork_exec with close_fds=True;
    # the new process is a direct child running a fresh interpreter.
    from multiprocessing import reduction
    return reduction.fork_exec(path, args, sorted(passfds))


def _print_exc(exc):
    # traceback.print_exc() for the exception being handled, through the
    # simulator's natives; without them (they are needed only by spawn and
    # forkserver), the traceback's last line.
    try:
        from multiprocessing import reduction
    except ImportError:
        reduction = None
    if reduction is not None:
        reduction.print_exc()
        return
    msg = str(exc)
    if msg:
        sys.stderr.write('%s: %s\n' % (type(exc).__name__, msg))
    else:
        sys.stderr.write('%s\n' % type(exc).__name__)
