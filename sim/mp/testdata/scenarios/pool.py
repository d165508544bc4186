# methods: fork spawn forkserver
# multiprocessing.pool: Pool and ThreadPool, their results, errors,
# maxtasksperchild replacement and who reaps the workers.
import os
import sys
import time
import multiprocessing as mp
from multiprocessing.pool import ThreadPool


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    if x == 2:
        raise KeyError('no %d' % x)
    return x


def pid_of(x):
    time.sleep(0.01)
    return os.getpid()


_base = None


def init(base):
    global _base
    _base = base


def plus_base(x):
    return _base + x


if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    with mp.Pool(3) as pool:
        print('map', pool.map(square, range(8)))
        print('map chunks', pool.map(square, range(5), chunksize=2))
        print('starmap', pool.starmap(add, [(1, 2), (3, 4)]))
        print('imap', list(pool.imap(square, range(6), chunksize=4)))
        print('unordered', sorted(pool.imap_unordered(square, range(6))))
        print('apply', pool.apply(add, (5, 6)))
        r = pool.apply_async(square, (9,))
        print('async', r.get(timeout=5), r.ready(), r.successful())
        got = []
        m = pool.map_async(square, [1, 2], callback=got.append)
        m.wait()
        print('callback', got)
        try:
            pool.map(fail, range(4))
        except KeyError as e:
            print('map raised', repr(e))
        errs = []
        r = pool.apply_async(fail, (2,), error_callback=errs.append)
        r.wait()
        print('error_callback', [repr(e) for e in errs], r.successful())
        print('empty', pool.map(square, []))
        print('repr', repr(pool).split(' ')[1:])
    print('after with', mp.active_children())

    pool = mp.Pool(2, initializer=init, initargs=(100,))
    print('initializer', pool.map(plus_base, [1, 2, 3]))
    pool.close()
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print('closed:', e)
    pool.join()
    print('joined', mp.active_children())

    pool = mp.Pool(2, maxtasksperchild=1)
    pids = pool.map(pid_of, range(6), chunksize=1)
    print('maxtasks: tasks', len(pids), 'processes', len(set(pids)))
    pool.close()
    pool.join()
    print('maxtasks joined', mp.active_children())

    try:
        mp.Pool(0)
    except ValueError as e:
        print('Pool(0):', e)

    with ThreadPool(2) as tp:
        print('threadpool', tp.map(square, range(5)))
        print('threadpool unordered', sorted(tp.imap_unordered(square, range(4))))
    print('done')
