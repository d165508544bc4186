# multiprocessing/queues.py: Queue, JoinableQueue and SimpleQueue, condensed
# from CPython's Lib/multiprocessing/queues.py (3.8-3.14).
#
# A Queue is a one-way pipe plus, in each process that puts, a buffer and a
# feeder thread that moves the buffer into the pipe. put() returns at once;
# the feeder writes, and blocks when the pipe (64 KiB) is full. At exit the
# Finalize objects made by _start_thread run from util._exit_function:
# _finalize_close (priority 10) tells the feeder to stop after what is
# buffered, and _finalize_join (priority -5) joins it -- so a process that
# put more than the pipe holds does not exit until someone reads: "joining
# processes that use queues" in CPython's programming guidelines.

import os
import sys
import time
import errno
import threading
import collections
import weakref
from queue import Empty, Full
from multiprocessing import connection
from multiprocessing import context
from multiprocessing import reduction
from multiprocessing import util
from multiprocessing.util import Finalize, register_after_fork, is_exiting


class Queue(object):
    # queues.py Queue

    def __init__(self, maxsize=0, ctx=None):
        # queues.py Queue.__init__
        if maxsize <= 0:
            from multiprocessing.synchronize import SEM_VALUE_MAX
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._opid = os.getpid()
        self._wlock = ctx.Lock()
        self._sem = ctx.BoundedSemaphore(maxsize)
        self._ignore_epipe = False
        self._reset()
        register_after_fork(self, Queue._after_fork)

    def __getstate__(self):
        # queues.py Queue.__getstate__: only to a child being started.
        context.assert_spawning(self)
        return (self._ignore_epipe, self._maxsize, self._reader, self._writer,
                self._rlock, self._wlock, self._sem, self._opid)

    def __setstate__(self, state):
        (self._ignore_epipe, self._maxsize, self._reader, self._writer,
         self._rlock, self._wlock, self._sem, self._opid) = state
        self._reset()

    def _after_fork(self):
        # queues.py Queue._after_fork: a forked child starts with an empty
        # buffer and no feeder (3.9+ reinitialises the condition's lock;
        # 3.8 makes a new condition, the same thing).
        self._reset()

    def _reset(self):
        # queues.py Queue._reset (3.9+; 3.8's _after_fork)
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._jointhread = None
        self._joincancelled = False
        self._closed = False
        self._close = None
        self._send_bytes = self._writer.send_bytes
        self._recv_bytes = self._reader.recv_bytes
        self._poll = self._reader.poll

    def put(self, obj, block=True, timeout=None):
        # queues.py Queue.put: take a slot, start the feeder on first use,
        # buffer the object; the feeder pickles and writes it.
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def get(self, block=True, timeout=None):
        # queues.py Queue.get
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if block and timeout is None:
            with self._rlock:
                res = self._recv_bytes()
            self._sem.release()
        else:
            if block:
                deadline = time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    timeout = deadline - time.monotonic()
                    if not self._poll(timeout):
                        raise Empty
                elif not self._poll():
                    raise Empty
                res = self._recv_bytes()
                self._sem.release()
            finally:
                self._rlock.release()
        return reduction.loads(res)

    def qsize(self):
        return self._maxsize - self._sem._semlock._get_value()

    def empty(self):
        return not self._poll()

    def full(self):
        return self._sem._semlock._is_zero()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        # queues.py Queue.close: 3.8 also closes the reader; 3.9+ leave it
        # to the feeder (gh-94777 follow-ups).
        self._closed = True
        try:
            if sys.version_info < (3, 9):
                self._reader.close()
        finally:
            close = self._close
            if close:
                self._close = None
                close()

    def join_thread(self):
        # queues.py Queue.join_thread
        assert self._closed, "Queue {0!r} not closed".format(self)
        if self._jointhread:
            self._jointhread()

    def _terminate_broken(self):
        # queues.py Queue._terminate_broken (3.12+; concurrent.futures calls
        # it when its pool breaks): stop reading, close, join the feeder.
        self._reader.close()
        self.close()
        self.join_thread()

    def cancel_join_thread(self):
        # queues.py Queue.cancel_join_thread: the exit-time join is dropped,
        # so a process exits even with data still buffered (it is lost).
        self._joincancelled = True
        try:
            self._jointhread.cancel()
        except AttributeError:
            pass

    def _start_thread(self):
        # queues.py Queue._start_thread: the feeder thread (a daemon) and
        # the two finalizers that stop and join it at exit.
        self._buffer.clear()
        if sys.version_info >= (3, 9):
            args = (self._buffer, self._notempty, self._send_bytes,
                    self._wlock, self._reader.close, self._writer.close,
                    self._ignore_epipe, self._on_queue_feeder_error, self._sem)
        else:
            args = (self._buffer, self._notempty, self._send_bytes,
                    self._wlock, None, self._writer.close,
                    self._ignore_epipe, self._on_queue_feeder_error, self._sem)
        self._thread = threading.Thread(target=Queue._feed, args=args,
                                        name='QueueFeederThread')
        self._thread.daemon = True
        self._thread.start()
        if not self._joincancelled:
            self._jointhread = Finalize(
                self._thread, Queue._finalize_join,
                [weakref.ref(self._thread)],
                exitpriority=-5)
        self._close = Finalize(
            self, Queue._finalize_close,
            [self._buffer, self._notempty],
            exitpriority=10)

    @staticmethod
    def _finalize_join(twr):
        # queues.py Queue._finalize_join: the exit-time join of the feeder.
        thread = twr()
        if thread is not None:
            thread.join()

    @staticmethod
    def _finalize_close(buffer, notempty):
        # queues.py Queue._finalize_close: the sentinel tells the feeder to
        # stop once everything before it is written.
        with notempty:
            buffer.append(_sentinel)
            notempty.notify()

    @staticmethod
    def _feed(buffer, notempty, send_bytes, writelock, reader_close,
              writer_close, ignore_epipe, onerror, queue_sem):
        # queues.py Queue._feed: the feeder thread's loop. It sleeps on
        # notempty, then writes the buffer out under the write lock; a full
        # pipe blocks it in send_bytes.
        while 1:
            try:
                notempty.acquire()
                try:
                    if not buffer:
                        notempty.wait()
                finally:
                    notempty.release()
                try:
                    while 1:
                        obj = buffer.popleft()
                        if obj is _sentinel:
                            if reader_close is not None:
                                reader_close()
                            writer_close()
                            return
                        obj = reduction.dumps(obj)
                        writelock.acquire()
                        try:
                            send_bytes(obj)
                        finally:
                            writelock.release()
                except IndexError:
                    pass
            except Exception as e:
                if ignore_epipe and getattr(e, 'errno', 0) == errno.EPIPE:
                    return
                if is_exiting():
                    return
                queue_sem.release()
                onerror(e, obj)

    @staticmethod
    def _on_queue_feeder_error(e, obj):
        # queues.py Queue._on_queue_feeder_error: the traceback, on stderr.
        util._print_exc(e)


class _Sentinel(object):
    # queues.py _sentinel = object(): what _finalize_close appends.
    pass


_sentinel = _Sentinel()


class JoinableQueue(Queue):
    # queues.py JoinableQueue: a Queue that counts unfinished tasks.

    def __init__(self, maxsize=0, ctx=None):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = ctx.Semaphore(0)
        self._cond = ctx.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        # queues.py JoinableQueue.put
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._notempty:
            with self._cond:
                if self._thread is None:
                    self._start_thread()
                self._buffer.append(obj)
                self._unfinished_tasks.release()
                self._notempty.notify()

    def task_done(self):
        # queues.py JoinableQueue.task_done
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock._is_zero():
                self._cond.notify_all()

    def join(self):
        # queues.py JoinableQueue.join
        with self._cond:
            if not self._unfinished_tasks._semlock._is_zero():
                self._cond.wait()


class SimpleQueue(object):
    # queues.py SimpleQueue: a pipe and two locks, no buffer, no thread.

    def __init__(self, ctx=None):
        # queues.py SimpleQueue.__init__
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = ctx.Lock()
        self._poll = self._reader.poll
        self._wlock = ctx.Lock()

    def close(self):
        # queues.py SimpleQueue.close, new in 3.9 (bpo-30966).
        if sys.version_info < (3, 9):
            raise AttributeError("'SimpleQueue' object has no attribute 'close'")
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._poll()

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._reader, self._writer, self._rlock, self._wlock)

    def __setstate__(self, state):
        (self._reader, self._writer, self._rlock, self._wlock) = state
        self._poll = self._reader.poll

    def get(self):
        # queues.py SimpleQueue.get: unpickled after the lock is released.
        with self._rlock:
            res = self._reader.recv_bytes()
        return reduction.loads(res)

    def put(self, obj):
        # queues.py SimpleQueue.put: pickled before the lock is taken.
        obj = reduction.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(obj)
