# multiprocessing/context.py: start methods and the default context,
# condensed from CPython's Lib/multiprocessing/context.py (3.8-3.14).
#
# The default context chooses its start method lazily, at the first
# get_context()/get_start_method()/start(); after that set_start_method()
# raises unless force=True (facts §1). The default is fork on Linux up to
# 3.13 and forkserver from 3.14 (gh-84559).

import os
import sys
from multiprocessing import process


class ProcessError(Exception):
    # context.py ProcessError: the base of multiprocessing's own errors.
    pass


class BufferTooShort(ProcessError):
    # context.py BufferTooShort
    pass


class TimeoutError(ProcessError):
    # context.py TimeoutError: AsyncResult.get(timeout) ran out of time.
    pass


class AuthenticationError(ProcessError):
    # context.py AuthenticationError
    pass


class BaseContext(object):
    # context.py BaseContext: the public API of a context (the part modelled).
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def current_process(self):
        return process.current_process()

    def parent_process(self):
        return process.parent_process()

    def active_children(self):
        return process.active_children()

    def cpu_count(self):
        # context.py BaseContext.cpu_count
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        return num

    # context.py BaseContext: each factory imports its module on first use
    # and passes ctx=self.get_context() -- which, on the default context,
    # fixes the start method (a later set_start_method raises).

    def Lock(self):
        from multiprocessing.synchronize import Lock
        return Lock(ctx=self.get_context())

    def RLock(self):
        from multiprocessing.synchronize import RLock
        return RLock(ctx=self.get_context())

    def Condition(self, lock=None):
        from multiprocessing.synchronize import Condition
        return Condition(lock, ctx=self.get_context())

    def Semaphore(self, value=1):
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value, ctx=self.get_context())

    def BoundedSemaphore(self, value=1):
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value, ctx=self.get_context())

    def Event(self):
        from multiprocessing.synchronize import Event
        return Event(ctx=self.get_context())

    def Barrier(self, parties, action=None, timeout=None):
        from multiprocessing.synchronize import Barrier
        return Barrier(parties, action, timeout, ctx=self.get_context())

    def Pipe(self, duplex=True):
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Queue(self, maxsize=0):
        from multiprocessing.queues import Queue
        return Queue(maxsize, ctx=self.get_context())

    def JoinableQueue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize, ctx=self.get_context())

    def Manager(self):
        # context.py BaseContext.Manager: a started SyncManager.
        from multiprocessing.managers import SyncManager
        m = SyncManager(ctx=self.get_context())
        m.start()
        return m

    def SimpleQueue(self):
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue(ctx=self.get_context())

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild,
                    context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        from multiprocessing.sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from multiprocessing.sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from multiprocessing.sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock, ctx=self.get_context())

    def Array(self, typecode_or_type, size_or_initializer, lock=True):
        from multiprocessing.sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock,
                     ctx=self.get_context())

    def get_context(self, method=None):
        # context.py BaseContext.get_context: a concrete context by name.
        if method is None:
            return self
        if method not in _concrete_contexts:
            raise ValueError('cannot find context for %r' % method)
        return _concrete_contexts[method]

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')


class Process(process.BaseProcess):
    # context.py Process: mp.Process asks the default context which Popen
    # to use at start() time, not when the object is made.
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _default_context.get_context().Process._Popen(process_obj)

    @staticmethod
    def _after_fork():
        return _default_context.get_context().Process._after_fork()


class DefaultContext(BaseContext):
    # context.py DefaultContext: the lazily chosen context behind `mp.*`.
    # (CPython also sets `Process = Process` here; __init__.py takes
    # context.Process directly.)

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        # context.py DefaultContext.get_context: the first call fixes the
        # start method to the default.
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return BaseContext.get_context(self, method)

    def set_start_method(self, method, force=False):
        # context.py DefaultContext.set_start_method (facts §1).
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        # context.py DefaultContext.get_start_method: asking also fixes it.
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        # context.py DefaultContext.get_all_start_methods (Linux).
        if sys.version_info >= (3, 14):
            # 3.14: "default first".
            default = self._default_context.get_start_method()
            return [default] + [m for m in ['fork', 'spawn', 'forkserver']
                                if m != default]
        return ['fork', 'spawn', 'forkserver']


class ForkProcess(process.BaseProcess):
    # context.py ForkProcess: started by popen_fork.
    _start_method = 'fork'

    @staticmethod
    def _Popen(process_obj):
        from multiprocessing.popen_fork import Popen
        return Popen(process_obj)


class SpawnProcess(process.BaseProcess):
    # context.py SpawnProcess: started by popen_spawn_posix.
    _start_method = 'spawn'

    @staticmethod
    def _Popen(process_obj):
        from multiprocessing.popen_spawn_posix import Popen
        return Popen(process_obj)

    @staticmethod
    def _after_fork():
        # process is spawned, nothing to do (3.10+)
        pass


class ForkServerProcess(process.BaseProcess):
    # context.py ForkServerProcess: started by popen_forkserver.
    _start_method = 'forkserver'

    @staticmethod
    def _Popen(process_obj):
        from multiprocessing.popen_forkserver import Popen
        return Popen(process_obj)


class ForkContext(BaseContext):
    # context.py ForkContext: get_context('fork').
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    # context.py SpawnContext: get_context('spawn').
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    # context.py ForkServerContext: get_context('forkserver').
    _name = 'forkserver'
    Process = ForkServerProcess


_concrete_contexts = {
    'fork': ForkContext(),
    'spawn': SpawnContext(),
    'forkserver': ForkServerContext(),
}

if sys.platform == 'darwin':
    # bpo-33725: spawn is the macOS default since 3.8.
    _default_context = DefaultContext(_concrete_contexts['spawn'])
elif sys.version_info >= (3, 14):
    # gh-84559: forkserver is the Linux default from 3.14 (facts §1).
    _default_context = DefaultContext(_concrete_contexts['forkserver'])
else:
    _default_context = DefaultContext(_concrete_contexts['fork'])


def _force_start_method(method):
    # context.py _force_start_method: a child keeps its parent's method.
    _default_context._actual_context = _concrete_contexts[method]


#
# Spawning: pickling a lock or a queue is allowed only while a child is being
# started (context.py _tls, get_spawning_popen, set_spawning_popen,
# assert_spawning). CPython keeps the Popen in a thread-local; the model in a
# module global, as only the thread that starts a process sets it.
#

_spawning_popen = None


def get_spawning_popen():
    return _spawning_popen


def set_spawning_popen(popen):
    global _spawning_popen
    _spawning_popen = popen


def assert_spawning(obj):
    # context.py assert_spawning
    if get_spawning_popen() is None:
        raise RuntimeError('%s objects should only be shared between processes'
                           ' through inheritance' % type(obj).__name__)
