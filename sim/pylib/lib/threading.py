# threading: Thread, Lock, RLock, Condition, Semaphore, BoundedSemaphore,
# Event, Barrier, Timer, local and the module functions, condensed from
# CPython's Lib/threading.py (3.8-3.13) over the simulator's _thread.
# Threads are kernel tasks scheduled in logical time with CPython's GIL
# rules (sim/pyvm/thread.go). Version differences kept: thread names get
# " (target)" from 3.10; the camelCase aliases warn from 3.10;
# __excepthook__ from 3.10; Semaphore.release(n) from 3.9; 3.13 forgets a
# dummy thread when its thread ends. What 3.13 moved to
# C (_ThreadHandle, start_joinable_thread) behaves as the 3.12 code below.
# Left out: settrace/setprofile hooks (refused: the VM has no tracing),
# settrace_all_threads/setprofile_all_threads (3.12).

import os as _os
import sys as _sys
import _thread
from _zombielab import warn_deprecated as _warn_deprecated
from time import monotonic as _time


__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock
del _thread

_profile_hook = None
_trace_hook = None


def setprofile(func):
    # A hook would run sys.setprofile in each new thread: the simulator
    # has no profiling, so only None (no hook) is accepted.
    global _profile_hook
    if func is not None:
        raise RuntimeError("threading.setprofile() with a function is not supported by the simulator (it has no sys.setprofile)")
    _profile_hook = func


def settrace(func):
    # Likewise sys.settrace in each new thread.
    global _trace_hook
    if func is not None:
        raise RuntimeError("threading.settrace() with a function is not supported by the simulator (it has no sys.settrace)")
    _trace_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


def RLock(*args, **kwargs):
    # threading.RLock: the C _thread.RLock in CPython, the Python
    # _PyRLock here (same behaviour, different repr module name).
    return _RLock(*args, **kwargs)


class _RLock:
    # threading._RLock (Lib/threading.py's Python RLock, 3.8-3.13): a lock
    # its owning thread may take again; released when the count drops to 0.

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__,
            self.__class__.__qualname__,
            owner,
            self._count,
            hex(id(self)))

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = _RLock


class Condition:
    # threading.Condition (Lib/threading.py): wait() parks a fresh lock in
    # _waiters and releases the underlying lock; notify() releases waiters.

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._has_own = hasattr(lock, '_release_save')
        self._waiters = []

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if self._has_own:
            return self._lock._release_save()
        self._lock.release()

    def _acquire_restore(self, x):
        if self._has_own:
            self._lock._acquire_restore(x)
            return
        self._lock.acquire()

    def _is_owned(self):
        if self._has_own:
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        if _sys.version_info >= (3, 10):
            _warn_deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    # threading.Semaphore (Lib/threading.py): a counter over a Condition.

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    if _sys.version_info >= (3, 9):
        def release(self, n=1):
            if n < 1:
                raise ValueError('n must be one or more')
            with self._cond:
                self._value += n
                self._cond.notify(n)
    else:
        def release(self):
            with self._cond:
                self._value += 1
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    # threading.BoundedSemaphore (Lib/threading.py): release past the
    # initial value raises ValueError.

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    if _sys.version_info >= (3, 9):
        def release(self, n=1):
            if n < 1:
                raise ValueError('n must be one or more')
            with self._cond:
                if self._value + n > self._initial_value:
                    raise ValueError("Semaphore released too many times")
                self._value += n
                self._cond.notify(n)
    else:
        def release(self):
            with self._cond:
                if self._value >= self._initial_value:
                    raise ValueError("Semaphore released too many times")
                self._value += 1
                self._cond.notify()


class Event:
    # threading.Event (Lib/threading.py): a flag over a Condition.

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        if _sys.version_info >= (3, 10):
            _warn_deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class Barrier:
    # threading.Barrier (Lib/threading.py 3.8-3.13): parties meet; states
    # 0 filling, 1 draining, -1 resetting, -2 broken.

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class BrokenBarrierError(RuntimeError):
    # threading.BrokenBarrierError (Lib/threading.py).
    pass


_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()
# The pid _active describes: a fork child notices it is another process
# (os.register_at_fork(after_in_child=_after_fork) in CPython).
_pid = _os.getpid()


def _maintain_shutdown_locks():
    to_remove = [lock for lock in _shutdown_locks if not lock.locked()]
    for lock in to_remove:
        _shutdown_locks.discard(lock)


class Thread:
    # threading.Thread (Lib/threading.py 3.8-3.12; 3.13's _ThreadHandle
    # behaves the same here): start() waits for _started, the tstate lock
    # from _set_sentinel() is what join() and _shutdown() wait on.

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None and _sys.version_info >= (3, 10):
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _check_fork()
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            try:
                self.run()
            except BaseException as e:
                _invoke_excepthook(self, e)
        finally:
            self._delete()

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()

    def _delete(self):
        with _active_limbo_lock:
            if _active.get(get_ident()) is self:
                del _active[get_ident()]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        _check_fork()
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            assert self._is_stopped
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        _check_fork()
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        if _sys.version_info >= (3, 10):
            _warn_deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        if _sys.version_info >= (3, 10):
            _warn_deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        if _sys.version_info >= (3, 10):
            _warn_deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        if _sys.version_info >= (3, 10):
            _warn_deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class ExceptHookArgs:
    # threading.ExceptHookArgs: a struct sequence of four fields in CPython
    # (_thread._ExceptHookArgs); here the fields by name and by index.

    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[i]

    def __len__(self):
        return 4


def excepthook(args):
    # threading.excepthook, _thread._excepthook in CPython
    # (Modules/_threadmodule.c thread_excepthook_file): SystemExit is
    # silent; anything else is "Exception in thread NAME:" and the
    # traceback, on sys.stderr (the thread's saved stderr if that is None).
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        stderr = args.thread._stderr if args.thread is not None else None
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    if _sys.exc_info()[1] is args.exc_value:
        # The exception being handled (the thread's, in _bootstrap_inner):
        # its traceback, chained exceptions included.
        stderr.write(traceback.format_exc())
    else:
        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


if _sys.version_info >= (3, 10):
    __excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # Thread._invoke_excepthook (threading._make_invoke_excepthook): the
    # module's excepthook as it is now; an exception in the hook is
    # reported with "Exception in threading.excepthook:" and
    # sys.excepthook.
    try:
        hook = excepthook
        args = ExceptHookArgs((type(exc), exc, exc.__traceback__, thread))
        hook(args)
    except Exception as e:
        # CPython sets __suppress_context__; the VM's exceptions take
        # only __context__, and without it the report reads the same.
        e.__context__ = None
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        import traceback
        stderr.write(traceback.format_exc())
        stderr.flush()


class Timer(Thread):
    # threading.Timer (Lib/threading.py): run() waits on an Event for the
    # interval, then calls the function unless cancel() set it.

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # threading._MainThread (Lib/threading.py): the Thread object of the
    # thread that imported threading, started and active from the start.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # threading._DummyThread (Lib/threading.py): stands for a thread that
    # threading did not start (a _thread.start_new_thread one).

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self
        if _sys.version_info >= (3, 13):
            # 3.13's _DeleteDummyThreadOnDel: the entry goes when its
            # thread ends. Here the thread's sentinel lock, released at
            # its end, tells; _purge_dummies drops it before _active is
            # read.
            self._done = _set_sentinel()
            self._done.acquire()

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    _check_fork()
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    if _sys.version_info >= (3, 10):
        _warn_deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def _purge_dummies():
    # 3.13+: forget the dummy threads whose thread has ended.
    if _sys.version_info >= (3, 13):
        for ident, t in list(_active.items()):
            if isinstance(t, _DummyThread) and not t._done.locked():
                del _active[ident]


def active_count():
    _check_fork()
    _purge_dummies()
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    if _sys.version_info >= (3, 10):
        _warn_deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    _check_fork()
    _purge_dummies()
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    _check_fork()
    return _main_thread


# threading.local is _thread._local, as in CPython (Lib/threading.py imports
# it from the C module): per-thread attribute dictionaries kept by the VM
# (sim/pyvm/thread.go).
from _thread import _local as local


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    # threading._register_atexit (3.9+; concurrent.futures uses it): func
    # runs in _shutdown, before the non-daemon threads are joined.
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    # threading._shutdown, called by Py_FinalizeEx before the atexit
    # functions: the main thread is done, then every non-daemon thread
    # is joined through its tstate lock.
    global _SHUTTING_DOWN
    _check_fork()
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    # 3.9+: the _register_atexit calls, newest first, before the main
    # thread is marked stopped.
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


def _check_fork():
    # CPython runs _after_fork in the child through os.register_at_fork;
    # here the first threading call in the child notices the new pid
    # (current_thread, enumerate, active_count, main_thread, is_alive,
    # join, start and _shutdown ask).
    if _os.getpid() != _pid:
        _after_fork()


def _after_fork():
    # threading._after_fork in the child of a fork: only the thread that
    # forked survives and becomes the main thread; the others are
    # stopped; the module's locks are new.
    global _active_limbo_lock, _main_thread, _shutdown_locks_lock, _shutdown_locks, _pid, _active, _limbo
    _pid = _os.getpid()
    _active_limbo_lock = RLock()
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_locks = set()
    me = get_ident()
    current = _active.get(me)
    if current is None:
        current = _limbo.get(me)
    new_active = {}
    for thread in list(_active.values()) + list(_limbo.values()):
        if thread is current:
            thread._tstate_lock = None
            thread._native_id = get_native_id()
            thread._set_tstate_lock()
            new_active[me] = thread
        else:
            thread._is_stopped = True
            thread._tstate_lock = None
    _active = new_active
    _limbo = {}
    if current is None:
        _active = {}
        current = _DummyThread()
    _main_thread = current


_main_thread = _MainThread()
