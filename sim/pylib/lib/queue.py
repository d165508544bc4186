# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue and the Empty and
# Full exceptions, condensed from CPython's Lib/queue.py (3.8-3.14).
# The simulator runs one thread per process, so nothing can fill or drain
# a queue while a call waits: a get() on an empty queue (or a put() on a
# full one) that would block for ever raises RuntimeError naming the
# deadlock instead of hanging, and one with a timeout waits that long on
# the simulated clock before raising Empty or Full, as CPython does.
# Left out: task_done/join's waiting (join returns at once when no task
# is pending, else raises the same RuntimeError), shutdown (3.13).

import time
import heapq
from collections import deque


class Empty(Exception):
    # queue.Empty: get_nowait() on an empty queue.
    pass


class Full(Exception):
    # queue.Full: put_nowait() on a full queue.
    pass


def _would_block(what):
    raise RuntimeError('%s would wait for ever: no other thread can run in the simulator' % what)


class Queue(object):
    # queue.Queue: first in, first out, with an optional maxsize.

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        # Queue.put: Full at once without block, after timeout with one.
        if self.full():
            if not block:
                raise Full
            if timeout is None:
                _would_block('put() on a full queue')
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            time.sleep(timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        # Queue.get: Empty at once without block, after timeout with one.
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _would_block('get() on an empty queue')
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            time.sleep(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            _would_block('join() with unfinished tasks')


class LifoQueue(Queue):
    # queue.LifoQueue: last in, first out.

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    # queue.PriorityQueue: the smallest item first (a heap).

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue(object):
    # queue.SimpleQueue: an unbounded FIFO queue.

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            if timeout is None:
                _would_block('get() on an empty SimpleQueue')
            time.sleep(timeout)
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)
