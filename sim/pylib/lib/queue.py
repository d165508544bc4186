# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue and the Empty, Full
# and ShutDown exceptions, condensed from CPython's Lib/queue.py (3.8-3.14)
# and Modules/_queuemodule.c (SimpleQueue, Empty). Threads are real in the
# simulator, so a get() on an empty queue sleeps until another thread puts
# (or for ever, as CPython hangs); a timeout waits on the simulated clock.
# Version differences kept: shutdown() and ShutDown from 3.13. Left out:
# __class_getitem__ (3.9+; the VM has no types.GenericAlias, so Queue[int]
# raises TypeError as on 3.8). SimpleQueue is the C one's behaviour (a
# non-blocking get ignores its timeout) over a threading.Semaphore, as
# Lib/queue.py's _PySimpleQueue is built.

import threading
import sys as _sys
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']
if _sys.version_info >= (3, 13):
    __all__.insert(2, 'ShutDown')


class Empty(Exception):
    # _queue.Empty (the C module's, which Lib/queue.py imports).
    __module__ = '_queue'


class Full(Exception):
    # queue.Full: put(block=False) or put(timeout=...) on a full queue.
    pass


if _sys.version_info >= (3, 13):
    class ShutDown(Exception):
        # queue.ShutDown (3.13): put/get on a queue that was shut down.
        pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    # queue.Queue: first in, first out, bounded by maxsize when > 0. One
    # mutex under three conditions, as Lib/queue.py has it.

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        if _sys.version_info >= (3, 13):
            self.is_shutdown = False

    def _shut(self):
        return _sys.version_info >= (3, 13) and self.is_shutdown

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self._shut():
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                        if self._shut():
                            raise ShutDown
                else:
                    _check_timeout(timeout)
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
                        if self._shut():
                            raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if self._shut() and not self._qsize():
                raise ShutDown
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
                    if self._shut() and not self._qsize():
                        raise ShutDown
            else:
                _check_timeout(timeout)
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
                    if self._shut() and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    if _sys.version_info >= (3, 13):
        def shutdown(self, immediate=False):
            # Queue.shutdown (3.13): puts raise ShutDown from now on, gets
            # once the queue is empty; immediate empties it and counts
            # each dropped item as done.
            with self.mutex:
                self.is_shutdown = True
                if immediate:
                    while self._qsize():
                        self._get()
                        if self.unfinished_tasks > 0:
                            self.unfinished_tasks -= 1
                    self.all_tasks_done.notify_all()
                self.not_empty.notify_all()
                self.not_full.notify_all()

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    # queue.PriorityQueue: the smallest item first (a heap).

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    # queue.LifoQueue: last in, first out.

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    # _queue.SimpleQueue: unbounded, so put never blocks; get waits on a
    # count of the items (Lib/queue.py _PySimpleQueue's Semaphore).
    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        # simplequeue_get: without block the timeout is ignored; with it,
        # a negative one is refused.
        if not block:
            timeout = None
        elif timeout is not None:
            _check_timeout(timeout)
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

