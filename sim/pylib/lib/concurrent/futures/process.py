# concurrent.futures.process: ProcessPoolExecutor, condensed from CPython's
# Lib/concurrent/futures/process.py (3.8-3.14).
#
# The data flow: submit() puts a _WorkItem in pending_work_items and its id
# in work_ids (a queue.Queue), and wakes the executor manager thread; that
# thread moves calls into call_queue (a multiprocessing Queue, max_workers +
# 1 long), which the worker processes read; each worker puts a _ResultItem
# on result_queue (a SimpleQueue); the manager thread completes the future.
# The manager thread waits on the result pipe, its wake-up pipe and every
# worker's sentinel: a sentinel that becomes readable with no result means
# a worker died, and the pool is broken: every pending future fails with
# BrokenProcessPool, the other workers are terminated and joined.
#
# Version differences kept: under the fork start method every worker is
# started at the first submit(), before the manager thread (3.8-3.14; with
# spawn and forkserver from 3.9 one worker per submit() unless one is
# idle); 3.8's manager is a daemon thread named QueueManagerThread started
# before the workers are, and its exit hook an atexit handler; from 3.9 an
# ordinary thread started after them, with threading._register_atexit;
# max_tasks_per_child from 3.11; shutdown(cancel_futures) from 3.9;
# itertools.batched chunks from 3.12 (the same chunks). 3.8's
# queue-management function is modelled by the 3.9+ thread class, which
# does the same steps.
#
# Where the model departs: no weak reference to the executor (the subset
# has no garbage collection); the remote traceback of a worker's exception
# (_ExceptionWithTraceback) is not attached as __cause__; the
# _check_system_limits semaphore count is not asked.

import os
import sys
import queue
import atexit
import itertools
import threading
import functools

import multiprocessing as mp
import multiprocessing.connection
from multiprocessing.queues import Queue

from concurrent.futures import _base

_threads_wakeups = {}
_global_shutdown = False


class _ThreadWakeup:
    # process.py _ThreadWakeup: a pipe that wakes the manager thread.
    def __init__(self):
        self._closed = False
        self._reader, self._writer = mp.Pipe(duplex=False)

    def close(self):
        # process.py _ThreadWakeup.close
        if not self._closed:
            self._closed = True
            self._writer.close()
            self._reader.close()

    def wakeup(self):
        if not self._closed:
            self._writer.send_bytes(b"")

    def clear(self):
        if not self._closed:
            while self._reader.poll():
                self._reader.recv_bytes()


def _python_exit():
    # process.py _python_exit: at exit, wake every manager thread and join
    # it (it shuts its pool down).
    global _global_shutdown
    _global_shutdown = True
    items = list(_threads_wakeups.items())
    for _, thread_wakeup in items:
        thread_wakeup.wakeup()
    for t, _ in items:
        t.join()


if sys.version_info >= (3, 9):
    threading._register_atexit(_python_exit)
else:
    atexit.register(_python_exit)

EXTRA_QUEUED_CALLS = 1


class _WorkItem(object):
    # process.py _WorkItem: a submitted call and its future (parent side).
    def __init__(self, future, fn, args, kwargs):
        # process.py _WorkItem.__init__
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem(object):
    # process.py _ResultItem: what a worker sends back (exit_pid 3.11+).
    def __init__(self, work_id, exception=None, result=None, exit_pid=None):
        # process.py _ResultItem.__init__
        self.work_id = work_id
        self.exception = exception
        self.result = result
        self.exit_pid = exit_pid


class _CallItem(object):
    # process.py _CallItem: what a worker receives.
    def __init__(self, work_id, fn, args, kwargs):
        # process.py _CallItem.__init__
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _SafeQueue(Queue):
    # process.py _SafeQueue: a call that cannot be pickled fails its future
    # instead of the feeder thread.
    def __init__(self, max_size=0, *, ctx, pending_work_items, shutdown_lock,
                 thread_wakeup):
        # process.py _SafeQueue.__init__
        self.pending_work_items = pending_work_items
        self.shutdown_lock = shutdown_lock
        self.thread_wakeup = thread_wakeup
        super().__init__(max_size, ctx=ctx)

    def _on_queue_feeder_error(self, e, obj):
        # process.py _SafeQueue._on_queue_feeder_error
        if isinstance(obj, _CallItem):
            work_item = self.pending_work_items.pop(obj.work_id, None)
            with self.shutdown_lock:
                self.thread_wakeup.wakeup()
            if work_item is not None:
                work_item.future.set_exception(e)
        else:
            super()._on_queue_feeder_error(e, obj)


def _process_chunk(fn, chunk):
    # process.py _process_chunk: one chunk of map(), in a worker.
    return [fn(*args) for args in chunk]


def _sendback_result(result_queue, work_id, result=None, exception=None,
                     exit_pid=None):
    # process.py _sendback_result: a result that cannot be pickled is sent
    # back as the exception that pickling raised.
    try:
        result_queue.put(_ResultItem(work_id, result=result,
                                     exception=exception, exit_pid=exit_pid))
    except BaseException as e:
        result_queue.put(_ResultItem(work_id, exception=e,
                                     exit_pid=exit_pid))


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    # process.py _process_worker: the target of every worker process. At
    # the None sentinel it sends its pid back and returns; with max_tasks
    # (3.11+) it returns after that many calls, its pid in the last result.
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            return
    num_tasks = 0
    exit_pid = None
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            result_queue.put(os.getpid())
            return

        if max_tasks is not None:
            num_tasks += 1
            if num_tasks >= max_tasks:
                exit_pid = os.getpid()

        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)
        except BaseException as e:
            _sendback_result(result_queue, call_item.work_id, exception=e,
                             exit_pid=exit_pid)
        else:
            _sendback_result(result_queue, call_item.work_id, result=r,
                             exit_pid=exit_pid)
            r = None

        call_item = None

        if exit_pid is not None:
            return


class _ExecutorManagerThread(threading.Thread):
    # process.py _ExecutorManagerThread (3.9+; 3.8's
    # _queue_management_worker function): feeds the call queue, completes
    # futures, replaces workers, detects a broken pool, and shuts the pool
    # down.

    def __init__(self, executor):
        # process.py _ExecutorManagerThread.__init__: what the thread reads
        # of its executor (3.8 passes the same as arguments)
        self.thread_wakeup = executor._executor_manager_thread_wakeup
        self.shutdown_lock = executor._shutdown_lock
        self.executor = executor
        self.processes = executor._processes
        self.call_queue = executor._call_queue
        self.result_queue = executor._result_queue
        self.work_ids_queue = executor._work_ids
        self.max_tasks_per_child = executor._max_tasks_per_child
        self.pending_work_items = executor._pending_work_items
        if sys.version_info >= (3, 9):
            super().__init__()
        else:
            super().__init__(name="QueueManagerThread")
            self.daemon = True

    def run(self):
        # process.py _ExecutorManagerThread.run: the main loop.
        while True:
            self.add_call_item_to_queue()

            result_item, is_broken, cause = self.wait_result_broken_or_wakeup()

            if is_broken:
                self.terminate_broken(cause)
                return
            if result_item is not None:
                if sys.version_info < (3, 9) and isinstance(result_item, int):
                    # 3.8: a worker's pid, sent when it saw the sentinel
                    p = self.processes.pop(result_item)
                    p.join()
                    if not self.processes:
                        self.join_executor_internals()
                        return
                    continue
                self.process_result_item(result_item)

                process_exited = getattr(result_item, 'exit_pid', None) is not None
                if process_exited:
                    p = self.processes.pop(result_item.exit_pid)
                    p.join()

                result_item = None

                executor = self.executor
                if sys.version_info >= (3, 9):
                    if process_exited:
                        with self.shutdown_lock:
                            executor._adjust_process_count()
                    else:
                        executor._idle_worker_semaphore.release()

            if self.is_shutting_down():
                self.flag_executor_shutting_down()
                self.add_call_item_to_queue()
                if not self.pending_work_items:
                    self.join_executor_internals()
                    return

    def add_call_item_to_queue(self):
        # process.py add_call_item_to_queue: fill the call queue; never
        # blocks.
        while True:
            if self.call_queue.full():
                return
            try:
                work_id = self.work_ids_queue.get(block=False)
            except queue.Empty:
                return
            work_item = self.pending_work_items[work_id]

            if work_item.future.set_running_or_notify_cancel():
                self.call_queue.put(_CallItem(work_id,
                                              work_item.fn,
                                              work_item.args,
                                              work_item.kwargs),
                                    block=True)
            else:
                del self.pending_work_items[work_id]

    def wait_result_broken_or_wakeup(self):
        # process.py wait_result_broken_or_wakeup: wait for a result, a
        # wake-up, or a worker's sentinel (a dead worker: broken).
        result_reader = self.result_queue._reader
        wakeup_reader = self.thread_wakeup._reader
        readers = [result_reader, wakeup_reader]
        worker_sentinels = [p.sentinel for p in list(self.processes.values())]
        ready = mp.connection.wait(readers + worker_sentinels)

        cause = None
        is_broken = True
        result_item = None
        if result_reader in ready:
            try:
                result_item = result_reader.recv()
                is_broken = False
            except BaseException as exc:
                cause = exc

        elif wakeup_reader in ready:
            is_broken = False

        self.thread_wakeup.clear()

        return result_item, is_broken, cause

    def process_result_item(self, result_item):
        # process.py process_result_item: complete the future.
        work_item = self.pending_work_items.pop(result_item.work_id, None)
        if work_item is not None:
            if result_item.exception:
                work_item.future.set_exception(result_item.exception)
            else:
                work_item.future.set_result(result_item.result)

    def is_shutting_down(self):
        return _global_shutdown or self.executor._shutdown_thread

    def _terminate_broken(self, cause):
        # process.py _terminate_broken: mark the pool broken, fail every
        # pending future with BrokenProcessPool, terminate and join every
        # worker.
        executor = self.executor
        executor._broken = ('A child process terminated '
                            'abruptly, the process pool is not '
                            'usable anymore')
        executor._shutdown_thread = True

        bpe = BrokenProcessPool("A process in the process pool was "
                                "terminated abruptly while the future was "
                                "running or pending.")
        if cause is not None:
            bpe.__cause__ = cause

        for work_id, work_item in self.pending_work_items.items():
            try:
                work_item.future.set_exception(bpe)
            except _base.InvalidStateError:
                pass
        self.pending_work_items.clear()

        for p in self.processes.values():
            p.terminate()

        if sys.version_info >= (3, 12):
            self.call_queue._terminate_broken()

        self._join_executor_internals(broken=True)

    def terminate_broken(self, cause):
        # process.py terminate_broken (3.12+ takes the shutdown lock)
        if sys.version_info >= (3, 12):
            with self.shutdown_lock:
                self._terminate_broken(cause)
        else:
            self._terminate_broken(cause)

    def flag_executor_shutting_down(self):
        # process.py flag_executor_shutting_down: cancel what has not
        # started if shutdown(cancel_futures=True) asked for it.
        executor = self.executor
        executor._shutdown_thread = True
        if executor._cancel_pending_futures:
            new_pending_work_items = {}
            for work_id, work_item in self.pending_work_items.items():
                if not work_item.future.cancel():
                    new_pending_work_items[work_id] = work_item
            self.pending_work_items = new_pending_work_items
            while True:
                try:
                    self.work_ids_queue.get_nowait()
                except queue.Empty:
                    break
            executor._cancel_pending_futures = False

    def shutdown_workers(self):
        # process.py shutdown_workers: one None sentinel per live worker.
        n_children_to_stop = self.get_n_children_alive()
        n_sentinels_sent = 0
        while (n_sentinels_sent < n_children_to_stop
                and self.get_n_children_alive() > 0):
            for i in range(n_children_to_stop - n_sentinels_sent):
                try:
                    self.call_queue.put_nowait(None)
                    n_sentinels_sent += 1
                except queue.Full:
                    break

    def join_executor_internals(self):
        with self.shutdown_lock:
            self._join_executor_internals()

    def _join_executor_internals(self, broken=False):
        # process.py _join_executor_internals: sentinels, close the call
        # queue and join its feeder, then join (reap) every worker.
        if not broken:
            self.shutdown_workers()
        self.call_queue.close()
        self.call_queue.join_thread()
        self.thread_wakeup.close()
        for p in self.processes.values():
            if broken:
                p.terminate()
            p.join()

    def get_n_children_alive(self):
        return sum(p.is_alive() for p in self.processes.values())


def _chain_from_iterable_of_lists(iterable):
    # process.py _chain_from_iterable_of_lists
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


def _get_chunks(iterables, chunksize):
    # process.py _get_chunks (up to 3.11; itertools.batched from 3.12)
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


class BrokenProcessPool(_base.BrokenExecutor):
    # process.py BrokenProcessPool: a worker process terminated abruptly
    # while a future was running or pending.
    pass


class ProcessPoolExecutor(_base.Executor):
    # process.py ProcessPoolExecutor

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        # process.py ProcessPoolExecutor.__init__: no process yet; the
        # call queue, the result queue and the wake-up pipe.
        if max_tasks_per_child is not None and sys.version_info < (3, 11):
            raise TypeError("__init__() got an unexpected keyword argument "
                            "'max_tasks_per_child'")
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if mp_context is None:
            if max_tasks_per_child is not None:
                mp_context = mp.get_context("spawn")
            else:
                mp_context = mp.get_context()
        self._mp_context = mp_context

        self._safe_to_dynamically_spawn_children = (
            sys.version_info >= (3, 9) and
            self._mp_context.get_start_method(allow_none=False) != "fork")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if self._mp_context.get_start_method(allow_none=False) == "fork":
                raise ValueError("max_tasks_per_child is incompatible with"
                                 " the 'fork' multiprocessing start method;"
                                 " supply a different mp_context.")
        self._max_tasks_per_child = max_tasks_per_child

        self._executor_manager_thread = None
        self._processes = {}
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._idle_worker_semaphore = threading.Semaphore(0)
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._cancel_pending_futures = False

        self._executor_manager_thread_wakeup = _ThreadWakeup()

        queue_size = self._max_workers + EXTRA_QUEUED_CALLS
        self._call_queue = _SafeQueue(
            max_size=queue_size, ctx=self._mp_context,
            pending_work_items=self._pending_work_items,
            shutdown_lock=self._shutdown_lock,
            thread_wakeup=self._executor_manager_thread_wakeup)
        self._call_queue._ignore_epipe = True
        self._result_queue = mp_context.SimpleQueue()
        self._work_ids = queue.Queue()

    def _start_executor_manager_thread(self):
        # process.py _start_executor_manager_thread (3.8:
        # _start_queue_management_thread): the workers first under fork,
        # so that their sentinels are known and no thread runs while
        # forking.
        if self._executor_manager_thread is None:
            if not self._safe_to_dynamically_spawn_children:
                self._launch_processes()
            self._executor_manager_thread = _ExecutorManagerThread(self)
            self._executor_manager_thread.start()
            _threads_wakeups[self._executor_manager_thread] = \
                self._executor_manager_thread_wakeup

    def _adjust_process_count(self):
        # process.py _adjust_process_count (3.9+): an idle worker takes the
        # call; otherwise one more worker, up to max_workers.
        if self._idle_worker_semaphore.acquire(blocking=False):
            return
        process_count = len(self._processes)
        if process_count < self._max_workers:
            self._spawn_process()

    def _launch_processes(self):
        # process.py _launch_processes: every worker at once.
        for _ in range(len(self._processes), self._max_workers):
            self._spawn_process()

    def _spawn_process(self):
        # process.py _spawn_process: a worker is a ctx.Process (not daemon).
        args = (self._call_queue, self._result_queue, self._initializer,
                self._initargs)
        if sys.version_info >= (3, 11):
            args = args + (self._max_tasks_per_child,)
        p = self._mp_context.Process(target=_process_worker, args=args)
        p.start()
        self._processes[p.pid] = p

    def submit(self, fn, *args, **kwargs):
        # process.py ProcessPoolExecutor.submit
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._pending_work_items[self._queue_count] = w
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._executor_manager_thread_wakeup.wakeup()

            if self._safe_to_dynamically_spawn_children:
                self._adjust_process_count()
            self._start_executor_manager_thread()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        # process.py ProcessPoolExecutor.map: chunks of calls, each chunk
        # one submit().
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")

        results = super().map(functools.partial(_process_chunk, fn),
                              _get_chunks(iterables, chunksize),
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        # process.py ProcessPoolExecutor.shutdown: wake the manager thread,
        # which sends the sentinels and joins the workers; wait for it.
        if cancel_futures and sys.version_info < (3, 9):
            raise TypeError("shutdown() got an unexpected keyword argument 'cancel_futures'")
        with self._shutdown_lock:
            self._cancel_pending_futures = cancel_futures
            self._shutdown_thread = True
            if self._executor_manager_thread_wakeup is not None:
                self._executor_manager_thread_wakeup.wakeup()

        if self._executor_manager_thread is not None and wait:
            self._executor_manager_thread.join()
        self._executor_manager_thread = None
        self._call_queue = None
        if self._result_queue is not None and wait and sys.version_info >= (3, 9):
            # 3.8's SimpleQueue has no close(); its shutdown only drops it.
            self._result_queue.close()
        self._result_queue = None
        self._processes = None
        self._executor_manager_thread_wakeup = None
