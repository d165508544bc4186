# multiprocessing/pool.py: Pool and ThreadPool, condensed from CPython's
# Lib/multiprocessing/pool.py (3.8-3.14; the file barely changed: 3.13 checks
# maxtasksperchild in __init__ and counts processes with
# os.process_cpu_count()).
#
# A Pool is the main process plus `processes` daemon workers started with
# Process.start() and three daemon threads in the main process:
#   _handle_workers  keeps the pool full: _maintain_pool() reaps the workers
#                    that exited (a worker with maxtasksperchild ends after
#                    that many tasks) and starts replacements; it wakes when a
#                    worker's sentinel, the result pipe or the change notifier
#                    becomes readable;
#   _handle_tasks    feeds the tasks of each submitted job to the workers
#                    through the inqueue (a SimpleQueue: a pipe and a lock);
#   _handle_results  reads (job, i, (success, value)) from the outqueue and
#                    completes the job's ApplyResult/MapResult/IMapIterator.
# `with Pool() as p:` terminates the pool at the end of the block
# (__exit__ = terminate); a pool still running at exit is terminated by its
# Finalize (exitpriority 15) from util._exit_function.
#
# Where the model departs: the remote traceback of an exception raised in a
# worker (ExceptionWithTraceback, RemoteTraceback as __cause__) is not
# attached, so only the exception itself is re-raised; Pool.__del__ (the
# ResourceWarning of an unclosed pool, and the wake-up it sends) is not
# modelled, as the subset has no garbage collection; _PoolCache wraps a dict
# instead of subclassing it.

import os
import sys
import time
import queue
import itertools
import threading
import collections

from multiprocessing import util
from multiprocessing import context
from multiprocessing.connection import wait

__all__ = ['Pool', 'ThreadPool']

# The states of a pool and of its handler threads.
INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    # pool.py RemoteTraceback (kept for the name; the model does not attach it)
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    # pool.py MaybeEncodingError: a result (or exception) that could not be
    # pickled back to the parent.

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    # pool.py worker (3.8-3.14): the target of every pool process. It closes
    # the ends it does not use, runs the initializer, then takes tasks until
    # the None sentinel, EOF, or maxtasks tasks, whereupon it returns and the
    # process exits (and waits as a zombie for _maintain_pool to reap it).
    if (maxtasks is not None) and not (isinstance(maxtasks, int)
                                       and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    put = outqueue.put
    get = inqueue.get
    if hasattr(inqueue, '_writer'):
        inqueue._writer.close()
        outqueue._reader.close()

    if initializer is not None:
        initializer(*initargs)

    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        try:
            task = get()
        except (EOFError, OSError):
            break

        if task is None:
            break

        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            put((job, i, (False, wrapped)))

        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    # pool.py _helper_reraises_exception: a picklable way to raise, in a
    # worker, the exception that iterating the user's iterable raised.
    raise ex


class _PoolCache(object):
    # pool.py _PoolCache (a dict subclass in CPython): the pool's jobs by
    # number; emptying it wakes the worker handler through the notifier, so a
    # closed pool notices that the last job finished.

    def __init__(self, notifier=None):
        self.notifier = notifier
        self._jobs = {}

    def __setitem__(self, job, result):
        self._jobs[job] = result

    def __getitem__(self, job):
        return self._jobs[job]

    def __delitem__(self, job):
        del self._jobs[job]
        if not self._jobs:
            self.notifier.put(None)

    def __len__(self):
        return len(self._jobs)

    def __bool__(self):
        return len(self._jobs) > 0

    def __contains__(self, job):
        return job in self._jobs


class Pool(object):
    # pool.py Pool (3.8-3.14): the process pool; see the module comment.
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        # pool.py Pool.__init__: queues, workers, then the three handler
        # threads, then the Finalize that terminates the pool at exit.
        self._pool = []
        self._state = INIT

        self._ctx = context or _get_context()
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._change_notifier = self._ctx.SimpleQueue()
        self._cache = _PoolCache(notifier=self._change_notifier)
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs

        if processes is None:
            processes = _cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if sys.version_info >= (3, 13) and maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")

        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._processes = processes
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise

        sentinels = self._get_sentinels()

        # Pool._handle_workers, not cls's: a ThreadPool's worker handler
        # also waits with connection.wait (its _wait_for_updates override
        # is never called).
        self._worker_handler = threading.Thread(
            target=Pool._handle_workers,
            args=(self._cache, self._taskqueue, self._ctx, self.Process,
                  self._processes, self._pool, self._inqueue, self._outqueue,
                  self._initializer, self._initargs, self._maxtasksperchild,
                  self._wrap_exception, sentinels, self._change_notifier)
            )
        self._worker_handler.daemon = True
        self._worker_handler._state = RUN
        self._worker_handler.start()

        self._task_handler = threading.Thread(
            target=Pool._handle_tasks,
            args=(self._taskqueue, self._quick_put, self._outqueue,
                  self._pool, self._cache)
            )
        self._task_handler.daemon = True
        self._task_handler._state = RUN
        self._task_handler.start()

        self._result_handler = threading.Thread(
            target=Pool._handle_results,
            args=(self._outqueue, self._quick_get, self._cache)
            )
        self._result_handler.daemon = True
        self._result_handler._state = RUN
        self._result_handler.start()

        self._terminate = util.Finalize(
            self, self._terminate_pool,
            args=(self._taskqueue, self._inqueue, self._outqueue, self._pool,
                  self._change_notifier, self._worker_handler, self._task_handler,
                  self._result_handler, self._cache),
            exitpriority=15
            )
        self._state = RUN

    def __repr__(self):
        cls = self.__class__
        return '<%s.%s state=%s pool_size=%d>' % (
            cls.__module__, cls.__qualname__, self._state, len(self._pool))

    def _get_sentinels(self):
        return [self._outqueue._reader, self._change_notifier._reader]

    @staticmethod
    def _get_worker_sentinels(workers):
        return [worker.sentinel for worker in
                workers if hasattr(worker, "sentinel")]

    @staticmethod
    def _join_exited_workers(pool):
        # pool.py Pool._join_exited_workers: who reaps a pool's workers.
        # worker.exitcode polls (waitpid WNOHANG reaps a zombie worker) and
        # join() drops it from _children; newest first, as CPython does.
        cleaned = False
        for i in reversed(range(len(pool))):
            worker = pool[i]
            if worker.exitcode is not None:
                worker.join()
                cleaned = True
                del pool[i]
        return cleaned

    def _repopulate_pool(self):
        # pool.py Pool._repopulate_pool
        return self._repopulate_pool_static(self._ctx, self.Process,
                                            self._processes,
                                            self._pool, self._inqueue,
                                            self._outqueue, self._initializer,
                                            self._initargs,
                                            self._maxtasksperchild,
                                            self._wrap_exception)

    @staticmethod
    def _repopulate_pool_static(ctx, Process, processes, pool, inqueue,
                                outqueue, initializer, initargs,
                                maxtasksperchild, wrap_exception):
        # pool.py Pool._repopulate_pool_static: start daemon workers named
        # ForkPoolWorker-N (SpawnPoolWorker-N, ...) until there are
        # `processes` of them.
        for i in range(processes - len(pool)):
            w = Process(ctx, target=worker,
                        args=(inqueue, outqueue,
                              initializer,
                              initargs, maxtasksperchild,
                              wrap_exception))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            pool.append(w)

    @staticmethod
    def _maintain_pool(ctx, Process, processes, pool, inqueue, outqueue,
                       initializer, initargs, maxtasksperchild,
                       wrap_exception):
        # pool.py Pool._maintain_pool: reap the exited workers, replace them.
        if Pool._join_exited_workers(pool):
            Pool._repopulate_pool_static(ctx, Process, processes, pool,
                                         inqueue, outqueue, initializer,
                                         initargs, maxtasksperchild,
                                         wrap_exception)

    def _setup_queues(self):
        # pool.py Pool._setup_queues: tasks and results go over two
        # SimpleQueues (a pipe and a lock each).
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()
        self._quick_put = self._inqueue._writer.send
        self._quick_get = self._outqueue._reader.recv

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        # pool.py Pool._guarded_task_generation: the tasks of an imap job; an
        # exception from the user's iterable becomes a task that raises it.
        try:
            i = -1
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        # pool.py Pool.imap: results in order, as they arrive.
        self._check_running()
        if chunksize == 1:
            result = IMapIterator(self)
            self._taskqueue.put(
                (self._guarded_task_generation(result._job, func, iterable),
                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0:n}".format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = IMapIterator(self)
        self._taskqueue.put(
            (self._guarded_task_generation(result._job, mapstar, task_batches),
             result._set_length))
        return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        # pool.py Pool.imap_unordered: results in the order they complete.
        self._check_running()
        if chunksize == 1:
            result = IMapUnorderedIterator(self)
            self._taskqueue.put(
                (self._guarded_task_generation(result._job, func, iterable),
                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0!r}".format(chunksize))
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = IMapUnorderedIterator(self)
        self._taskqueue.put(
            (self._guarded_task_generation(result._job, mapstar, task_batches),
             result._set_length))
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        # pool.py Pool.apply_async: one task, job number from job_counter.
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        # pool.py Pool._map_async: the iterable cut into chunks of
        # ceil(len / (4 * workers)) items unless chunksize is given.
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put(
            (self._guarded_task_generation(result._job, mapper, task_batches),
             None))
        return result

    @staticmethod
    def _wait_for_updates(sentinels, change_notifier, timeout=None):
        # pool.py Pool._wait_for_updates: sleep until a worker exits, a
        # result arrives or the notifier is written; then drain the notifier.
        wait(sentinels, timeout=timeout)
        while not change_notifier.empty():
            change_notifier.get()

    @staticmethod
    def _handle_workers(cache, taskqueue, ctx, Process, processes,
                        pool, inqueue, outqueue, initializer, initargs,
                        maxtasksperchild, wrap_exception, sentinels,
                        change_notifier):
        # pool.py Pool._handle_workers (a classmethod there; cls is always
        # Pool): the worker-handler thread. While the pool runs, or is closed
        # with jobs left, it keeps the pool maintained; then it tells the
        # task handler to finish.
        thread = threading.current_thread()
        while thread._state == RUN or (cache and thread._state != TERMINATE):
            Pool._maintain_pool(ctx, Process, processes, pool, inqueue,
                                outqueue, initializer, initargs,
                                maxtasksperchild, wrap_exception)
            current_sentinels = Pool._get_worker_sentinels(pool) + sentinels
            Pool._wait_for_updates(current_sentinels, change_notifier)
        taskqueue.put(None)

    @staticmethod
    def _handle_tasks(taskqueue, put, outqueue, pool, cache):
        # pool.py Pool._handle_tasks: the task-handler thread. For each job
        # (a task sequence and its set_length), send the tasks to the
        # workers; at the None sentinel, tell the result handler and each
        # worker to stop.
        thread = threading.current_thread()
        while True:
            item = taskqueue.get()
            if item is None:
                break
            taskseq, set_length = item
            task = None
            stopped = False
            for task in taskseq:
                if thread._state != RUN:
                    stopped = True
                    break
                try:
                    put(task)
                except Exception as e:
                    job, idx = task[:2]
                    try:
                        cache[job]._set(idx, (False, e))
                    except KeyError:
                        pass
            if stopped:
                break
            if set_length:
                idx = task[1] if task else -1
                set_length(idx + 1)
            task = taskseq = None

        try:
            outqueue.put(None)
            for p in pool:
                put(None)
        except OSError:
            pass

    @staticmethod
    def _handle_results(outqueue, get, cache):
        # pool.py Pool._handle_results: the result-handler thread. Completes
        # jobs until the None sentinel, then, unless terminating, until the
        # cache is empty; finally makes room in the outqueue.
        thread = threading.current_thread()

        while True:
            try:
                task = get()
            except (OSError, EOFError):
                return

            if thread._state != RUN:
                assert thread._state == TERMINATE, "Thread not in TERMINATE"
                break

            if task is None:
                break

            job, i, obj = task
            try:
                cache[job]._set(i, obj)
            except KeyError:
                pass
            task = job = obj = None

        while cache and thread._state != TERMINATE:
            try:
                task = get()
            except (OSError, EOFError):
                return

            if task is None:
                continue
            job, i, obj = task
            try:
                cache[job]._set(i, obj)
            except KeyError:
                pass
            task = job = obj = None

        if hasattr(outqueue, '_reader'):
            try:
                for i in range(10):
                    if not outqueue._reader.poll():
                        break
                    get()
            except (OSError, EOFError):
                pass

    @staticmethod
    def _get_tasks(func, it, size):
        # pool.py Pool._get_tasks: (func, chunk) for each chunk of size items.
        it = iter(it)
        while True:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def close(self):
        # pool.py Pool.close: no new jobs; the workers end once the jobs left
        # are done.
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE
            self._change_notifier.put(None)

    def terminate(self):
        self._state = TERMINATE
        self._terminate()

    def join(self):
        # pool.py Pool.join: after close() or terminate(), join the three
        # threads and then every worker (a blocking waitpid each).
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    @staticmethod
    def _help_stuff_finish(inqueue, task_handler, size):
        # pool.py Pool._help_stuff_finish: empty the inqueue, so that a task
        # handler blocked on a full pipe can go on. The read lock is taken
        # and never released: the workers must not read any more.
        inqueue._rlock.acquire()
        while task_handler.is_alive() and inqueue._reader.poll():
            inqueue._reader.recv()
            time.sleep(0)

    @classmethod
    def _terminate_pool(cls, taskqueue, inqueue, outqueue, pool, change_notifier,
                        worker_handler, task_handler, result_handler, cache):
        # pool.py Pool._terminate_pool (the Finalize callback; runs once):
        # stop the worker handler first, so that no worker is restarted,
        # SIGTERM the workers that have not exited, join the threads, then
        # join (reap) every worker still alive.
        worker_handler._state = TERMINATE
        change_notifier.put(None)

        task_handler._state = TERMINATE

        cls._help_stuff_finish(inqueue, task_handler, len(pool))

        if (not result_handler.is_alive()) and (len(cache) != 0):
            if sys.version_info >= (3, 11):
                raise AssertionError(
                    "Cannot have cache with result_handler not alive")
            raise AssertionError(
                "Cannot have cache with result_hander not alive")

        result_handler._state = TERMINATE
        change_notifier.put(None)
        outqueue.put(None)

        if threading.current_thread() is not worker_handler:
            worker_handler.join()

        if pool and hasattr(pool[0], 'terminate'):
            for p in pool:
                if p.exitcode is None:
                    p.terminate()

        if threading.current_thread() is not task_handler:
            task_handler.join()

        if threading.current_thread() is not result_handler:
            result_handler.join()

        if pool and hasattr(pool[0], 'terminate'):
            for p in pool:
                if p.is_alive():
                    p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):
    # pool.py ApplyResult (alias AsyncResult): one job's result, set by the
    # result-handler thread, which also runs the callbacks.

    def __init__(self, pool, callback, error_callback):
        # pool.py ApplyResult.__init__: the job is registered in the cache.
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        # pool.py ApplyResult.get: the value, or the worker's exception
        # raised again here; TimeoutError if not ready in time.
        self.wait(timeout)
        if not self.ready():
            raise context.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        # pool.py ApplyResult._set (in the result-handler thread)
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    # pool.py MapResult: a map job, complete when every chunk has come back;
    # the first exception wins.

    def __init__(self, pool, chunksize, length, callback, error_callback):
        # pool.py MapResult.__init__: an empty map is ready at once.
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        # pool.py MapResult._set: chunk i lands in its slice of the list.
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator(object):
    # pool.py IMapIterator: the results of imap, in order; results that
    # arrive early wait in _unsorted.

    def __init__(self, pool):
        # pool.py IMapIterator.__init__
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        # pool.py IMapIterator.next: the next result, waiting for it.
        with self._cond:
            if self._items:
                item = self._items.popleft()
            else:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                self._cond.wait(timeout)
                if self._items:
                    item = self._items.popleft()
                else:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration
                    raise context.TimeoutError

        success, value = item
        if success:
            return value
        raise value

    def __next__(self):
        return self.next()

    def _set(self, i, obj):
        # pool.py IMapIterator._set
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj

            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        # pool.py IMapIterator._set_length: called by the task handler once
        # the job's last task was sent.
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    # pool.py IMapUnorderedIterator: results in the order they arrive.

    def _set(self, i, obj):
        # pool.py IMapUnorderedIterator._set
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


class ThreadPool(Pool):
    # pool.py ThreadPool: the same machinery with threads as workers
    # (multiprocessing.dummy.DummyProcess) and queue.SimpleQueue as the
    # in and out queues; exceptions are not wrapped.
    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        return _DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        # pool.py ThreadPool._setup_queues: queue.SimpleQueue, no pipes.
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._quick_put = self._inqueue.put
        self._quick_get = self._outqueue.get

    def _get_sentinels(self):
        return [self._change_notifier._reader]

    @staticmethod
    def _get_worker_sentinels(workers):
        return []

    @staticmethod
    def _help_stuff_finish(inqueue, task_handler, size):
        # pool.py ThreadPool._help_stuff_finish: drain the inqueue and put a
        # sentinel for each worker at its head.
        try:
            while True:
                inqueue.get(block=False)
        except queue.Empty:
            pass
        for i in range(size):
            inqueue.put(None)


class _DummyProcess(threading.Thread):
    # multiprocessing/dummy/__init__.py DummyProcess (3.8-3.14): a thread
    # with Process's exitcode (0 once it has finished).

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._start_called = False

    def start(self):
        self._start_called = True
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


def _get_context():
    # pool.py's `from .context import get_context`: the default context.
    return context._default_context.get_context()


def _cpu_count():
    # os.cpu_count() up to 3.12, os.process_cpu_count() from 3.13 (the
    # same number unless the affinity mask is narrowed).
    return os.cpu_count()
