# versions: 3.8 3.11 3.12 3.13
# threading's synchronisation objects: Lock, RLock, Condition, Event,
# Semaphore, BoundedSemaphore, Barrier and Timer, with threads
# ordered by Events and joins so that the output has one order.
import threading
import time

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('in with', lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print('ValueError:', e)

counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=add, args=(500,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('counter', counter)

r = threading.RLock()
with r:
    with r:
        print('rlock twice', r.acquire(False))
        r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
held = threading.Event()
done = threading.Event()
def hold():
    r.acquire()
    held.set()
    done.wait()
    r.release()
h = threading.Thread(target=hold)
h.start()
held.wait()
print('rlock held elsewhere', r.acquire(blocking=False))
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
done.set()
h.join()

cond = threading.Condition()
items = []
def consume():
    with cond:
        while not items:
            cond.wait()
        print('consumed', items.pop())
c = threading.Thread(target=consume)
c.start()
time.sleep(0.01)
with cond:
    items.append('job')
    cond.notify()
c.join()
with cond:
    print('wait timeout', cond.wait(0.01), cond.wait_for(lambda: True), cond.wait_for(lambda: False, 0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
t = threading.Timer(0.02, ev.set)
t.start()
print('event', ev.wait(), ev.is_set())
t.join()
ev.clear()
print(ev.is_set())
fired = []
t2 = threading.Timer(0.5, fired.append, args=('late',))
t2.start()
t2.cancel()
t2.join()
print('cancelled', fired, t2.finished.is_set())
t3 = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={'x': 3})
t3.start()
t3.join()
print('timer', fired)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release()
try:
    sem.release(1)
    print('release(n) from 3.9')
except TypeError as e:
    print('TypeError:', e)
print(sem.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError:', e)

order = []
turn = [threading.Event() for _ in range(4)]
def limited(i):
    with sem2:
        turn[i].wait()
        order.append(i)
sem2 = threading.Semaphore(2)
ws = [threading.Thread(target=limited, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
for i, e in enumerate(turn):
    e.set()
    while len(order) <= i:  # its append, before the next turn: no race
        time.sleep(0.001)
for w in ws:
    w.join()
print('semaphore order', order)

b = threading.Barrier(3, action=lambda: print('barrier action'))
got = []
def party():
    got.append(b.wait())
ps = [threading.Thread(target=party) for _ in range(2)]
for p in ps:
    p.start()
time.sleep(0.01)
print('waiting', b.n_waiting, b.parties, b.broken)
got.append(b.wait())
for p in ps:
    p.join()
print('barrier', sorted(got))
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken', b2.broken)
b2.reset()
print('reset', b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('abort', type(e).__name__, issubclass(threading.BrokenBarrierError, RuntimeError))

