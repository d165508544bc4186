# The API of multiprocessing's sync objects, errors included (fork).
# Locks, semaphores, conditions, events and barriers across processes.
import sys
import time
import multiprocessing as mp


def hold(lock, ev, done):
    with lock:
        ev.set()
        done.wait()


def waiter(cond, ready, n, q):
    with cond:
        ready.release()
        cond.wait()
        q.put(n)


def party(barrier, q, i):
    q.put((i, barrier.wait() >= 0))


if __name__ == '__main__':
    lock = mp.Lock()
    print(lock, lock.acquire(False), lock)
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)
    ev, done = mp.Event(), mp.Event()
    p = mp.Process(target=hold, args=(lock, ev, done))
    p.start()
    ev.wait()
    print('held elsewhere:', lock, lock.acquire(timeout=0.2))
    done.set()
    p.join()
    print('free again:', lock.acquire(timeout=5), lock)
    lock.release()

    r = mp.RLock()
    r.acquire()
    r.acquire()
    print(r)
    r.release()
    r.release()
    try:
        r.release()
    except AssertionError as e:
        print('AssertionError:', e)

    s = mp.BoundedSemaphore(2)
    print(s, s.acquire(), s.acquire(False), s.acquire(False), s.get_value())
    s.release()
    s.release()
    try:
        s.release()
    except ValueError as e:
        print('ValueError:', e)
    sem = mp.Semaphore(0)
    print(sem, sem.acquire(timeout=0.1))

    cond = mp.Condition()
    ready = mp.Semaphore(0)
    q = mp.Queue()
    ps = [mp.Process(target=waiter, args=(cond, ready, i, q)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        ready.acquire()
    with cond:
        cond.notify_all()
    print('woken:', sorted(q.get() for p in ps))
    for p in ps:
        p.join()
    with cond:
        print('wait timeout:', cond.wait(0.1), cond.wait_for(lambda: 7, 0.1))

    b = mp.Barrier(3)
    ps = [mp.Process(target=party, args=(b, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    print('barrier:', sorted(q.get() for p in ps), b.parties, b.n_waiting, b.broken)
    for p in ps:
        p.join()
    e = mp.Event()
    print(e.is_set(), e.wait(0.05))
    e.set()
    print(e.is_set(), e.wait())
    e.clear()
    print(e.is_set())
