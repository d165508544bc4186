# multiprocessing/synchronize.py: locks, semaphores, conditions, events and
# barriers shared between processes, condensed from CPython's
# Lib/multiprocessing/synchronize.py (3.8-3.14).
#
# Every primitive is made of _multiprocessing.SemLock, a named kernel
# semaphore. Under the fork start method the name is unlinked at once (the
# child inherits the open semaphore through fork); under spawn and
# forkserver it is kept, registered with the resource tracker and unlinked
# at exit, so that a child started later can open it again by name
# (__setstate__ -> SemLock._rebuild).

import os
import sys
import threading
import time
import _multiprocessing
from multiprocessing import context
from multiprocessing import process
from multiprocessing import util

from _multiprocessing import SemLock as _SemLock, sem_unlink

RECURSIVE_MUTEX = 0
SEMAPHORE = 1

SEM_VALUE_MAX = _multiprocessing.SemLock.SEM_VALUE_MAX

_names = process._Counter(0)


def _after_fork_semlock(obj):
    # synchronize.py SemLock.__init__'s _after_fork hook: a forked child
    # holds none of its parent's locks (SemLock._after_fork zeroes count).
    obj._semlock._after_fork()


class SemLock(object):
    # synchronize.py SemLock: the base of every primitive here.

    def __init__(self, kind, value, maxvalue, ctx=None):
        # synchronize.py SemLock.__init__ (3.12+ keeps _is_fork_ctx for
        # __getstate__; 3.8-3.11 test the same thing inline).
        if ctx is None:
            ctx = context._default_context.get_context()
        self._is_fork_ctx = ctx.get_start_method() == 'fork'
        unlink_now = self._is_fork_ctx
        for i in range(100):
            try:
                sl = _SemLock(kind, value, maxvalue, self._make_name(), unlink_now)
            except FileExistsError:
                pass
            else:
                break
        else:
            raise FileExistsError('cannot find name for semaphore')
        self._semlock = sl
        self._make_methods()
        util.register_after_fork(self, _after_fork_semlock)
        if self._semlock.name is not None:
            # Not the fork context: the name lives until exit, and the
            # resource tracker unlinks it if this process dies first.
            from multiprocessing import resource_tracker
            resource_tracker.register(self._semlock.name, 'semaphore')
            util.Finalize(self, SemLock._cleanup, (self._semlock.name,),
                          exitpriority=0)

    @staticmethod
    def _cleanup(name):
        # synchronize.py SemLock._cleanup
        from multiprocessing import resource_tracker
        sem_unlink(name)
        resource_tracker.unregister(name, 'semaphore')

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *args):
        return self._semlock.__exit__(*args)

    def __getstate__(self):
        # synchronize.py SemLock.__getstate__: only while spawning a child;
        # 3.12+ refuses a fork-context lock (its name is already unlinked).
        context.assert_spawning(self)
        sl = self._semlock
        if sys.version_info >= (3, 12) and self._is_fork_ctx:
            raise RuntimeError('A SemLock created in a fork context is being '
                               'shared with a process in a spawn context. This is '
                               'not supported. Please use the same context to create '
                               'multiprocessing objects and Process.')
        return (sl.handle, sl.kind, sl.maxvalue, sl.name)

    def __setstate__(self, state):
        # synchronize.py SemLock.__setstate__: open the semaphore by name.
        self._semlock = _SemLock._rebuild(*state)
        self._make_methods()
        self._is_fork_ctx = False

    @staticmethod
    def _make_name():
        # synchronize.py SemLock._make_name: CPython appends 8 random
        # letters (tempfile._RandomNameSequence); the model appends the pid
        # and a counter, unique all the same and the same on every run.
        return '%s-%d-%d' % (process.current_process()._config['semprefix'],
                             os.getpid(), _names.next())


class Semaphore(SemLock):
    # synchronize.py Semaphore

    def __init__(self, value=1, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        # synchronize.py Semaphore.__repr__
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):
    # synchronize.py BoundedSemaphore: maxvalue = the initial value.

    def __init__(self, value=1, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        # synchronize.py BoundedSemaphore.__repr__
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, value,
                                                self._semlock.maxvalue)


def _owner_name():
    # The owner part of Lock/RLock.__repr__ when this thread holds it.
    name = process.current_process().name
    if threading.current_thread().name != 'MainThread':
        name = name + '|' + threading.current_thread().name
    return name


class Lock(SemLock):
    # synchronize.py Lock: a semaphore of value 1, maxvalue 1.

    def __init__(self, ctx=None):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        # synchronize.py Lock.__repr__
        try:
            if self._semlock._is_mine():
                name = _owner_name()
            elif self._semlock._get_value() == 1:
                name = 'None'
            elif self._semlock._count() > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):
    # synchronize.py RLock: a recursive mutex.

    def __init__(self, ctx=None):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        # synchronize.py RLock.__repr__
        try:
            if self._semlock._is_mine():
                name = _owner_name()
                count = self._semlock._count()
            elif self._semlock._get_value() == 1:
                name, count = 'None', 0
            elif self._semlock._count() > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition(object):
    # synchronize.py Condition: a lock and three semaphores counting the
    # sleepers, the woken and the wake-ups.

    def __init__(self, lock=None, ctx=None):
        # synchronize.py Condition.__init__: an RLock unless given a lock.
        self._lock = lock or ctx.RLock()
        self._sleeping_count = ctx.Semaphore(0)
        self._woken_count = ctx.Semaphore(0)
        self._wait_semaphore = ctx.Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._lock, self._sleeping_count,
                self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count,
         self._woken_count, self._wait_semaphore) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        # synchronize.py Condition.__repr__
        try:
            num_waiters = (self._sleeping_count._semlock._get_value() -
                           self._woken_count._semlock._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        # synchronize.py Condition.wait: release the lock however deep it is
        # held, sleep on the wait semaphore, say so, take the lock back.
        assert self._lock._semlock._is_mine(), \
            'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._semlock._count()
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        # synchronize.py Condition.notify: first forget the sleepers that
        # timed out since the last notify, then wake up to n and wait until
        # each has woken.
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False), \
            'notify: Should not have been able to acquire _wait_semaphore'
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        # synchronize.py Condition.wait_for
        result = predicate()
        if result:
            return result
        endtime = None
        waittime = None
        if timeout is not None:
            endtime = time.monotonic() + timeout
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event(object):
    # synchronize.py Event: a flag semaphore guarded by a condition.

    def __init__(self, ctx=None):
        self._cond = ctx.Condition(ctx.Lock())
        self._flag = ctx.Semaphore(0)

    def is_set(self):
        # synchronize.py Event.is_set
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        # synchronize.py Event.set
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        # synchronize.py Event.wait
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        # synchronize.py Event.__repr__ (3.13+; object's before)
        if sys.version_info >= (3, 13):
            set_status = 'set' if self.is_set() else 'unset'
            return '<%s at %#x %s>' % (type(self).__qualname__, id(self), set_status)
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__qualname__, id(self))


class Barrier(threading.Barrier):
    # synchronize.py Barrier: threading.Barrier whose state and count live
    # in shared memory (two C ints; CPython uses heap.BufferWrapper and a
    # memoryview, the model a RawArray) and whose condition is a
    # multiprocessing Condition.

    def __init__(self, parties, action=None, timeout=None, ctx=None):
        # synchronize.py Barrier.__init__
        from multiprocessing.sharedctypes import RawArray
        wrapper = RawArray('i', 2)
        cond = ctx.Condition()
        self.__setstate__((parties, action, timeout, cond, wrapper))
        self._state = 0
        self._count = 0

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout,
         self._cond, self._wrapper) = state
        self._array = self._wrapper

    def __getstate__(self):
        return (self._parties, self._action, self._timeout,
                self._cond, self._wrapper)

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value
