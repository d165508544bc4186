# concurrent.futures.thread: ThreadPoolExecutor, condensed from CPython's
# Lib/concurrent/futures/thread.py (3.8-3.14). Worker threads are started
# one per submit() until max_workers, unless one is idle; they take work
# items from a queue.SimpleQueue until the None sentinel.
# Version differences kept: 3.8's workers are daemon threads and the exit
# hook is an atexit handler; from 3.9 they are ordinary threads and the
# hook runs from threading._shutdown (threading._register_atexit), before
# the threads are joined. A 3.8 worker counts itself idle after every work
# item, a 3.9+ one only when the queue is empty. shutdown(cancel_futures)
# from 3.9. Left out: the weak reference to the executor (the subset has no
# garbage collection: an executor never collected keeps its threads until
# shutdown() or exit, as one still referenced does in CPython),
# os.register_at_fork of the global lock.

import os
import sys
import queue
import atexit
import itertools
import threading

from concurrent.futures import _base

_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    # thread.py _python_exit: at exit, wake every worker with None and join
    # it.
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


if sys.version_info >= (3, 9):
    threading._register_atexit(_python_exit)
else:
    atexit.register(_python_exit)


class _WorkItem(object):
    # thread.py _WorkItem: one submitted call and its future.
    def __init__(self, future, fn, args, kwargs):
        # thread.py _WorkItem.__init__
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        # thread.py _WorkItem.run
        if not self.future.set_running_or_notify_cancel():
            return

        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    # thread.py _worker: run the initializer, then work items; at None,
    # stop if the executor shuts down (passing the sentinel on).
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            if sys.version_info >= (3, 9):
                try:
                    work_item = work_queue.get_nowait()
                except queue.Empty:
                    executor._idle_semaphore.release()
                    work_item = work_queue.get(block=True)
            else:
                work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                work_item = None
                if sys.version_info < (3, 9):
                    executor._idle_semaphore.release()
                continue

            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    # thread.py BrokenThreadPool: a worker's initializer failed.
    pass


class ThreadPoolExecutor(_base.Executor):
    # thread.py ThreadPoolExecutor

    _counter = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        # thread.py ThreadPoolExecutor.__init__: min(32, cpus + 4) workers
        # by default; threads named ThreadPoolExecutor-N_M.
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % next(ThreadPoolExecutor._counter)))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, *args, **kwargs):
        # thread.py ThreadPoolExecutor.submit
        with self._shutdown_lock:
            with _global_shutdown_lock:
                if self._broken:
                    raise BrokenThreadPool(self._broken)

                if self._shutdown:
                    raise RuntimeError('cannot schedule new futures after shutdown')
                if _shutdown:
                    raise RuntimeError('cannot schedule new futures after '
                                       'interpreter shutdown')

                f = _base.Future()
                w = _WorkItem(f, fn, args, kwargs)

                self._work_queue.put(w)
                self._adjust_thread_count()
                return f

    def _adjust_thread_count(self):
        # thread.py ThreadPoolExecutor._adjust_thread_count: an idle worker
        # takes the item; otherwise a new thread, up to max_workers.
        if self._idle_semaphore.acquire(timeout=0):
            return

        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self,
                                     num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self,
                                       self._work_queue,
                                       self._initializer,
                                       self._initargs))
            if sys.version_info < (3, 9):
                t.daemon = True
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        # thread.py ThreadPoolExecutor._initializer_failed: the pool is
        # broken; every queued future fails.
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        # thread.py ThreadPoolExecutor.shutdown (cancel_futures from 3.9:
        # 3.8's shutdown has no such parameter)
        if cancel_futures and sys.version_info < (3, 9):
            raise TypeError("shutdown() got an unexpected keyword argument 'cancel_futures'")
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
