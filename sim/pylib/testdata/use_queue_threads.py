# versions: 3.8 3.11 3.12 3.13
# queue between threads: a bounded Queue whose put() blocks until a
# consumer gets, task_done()/join(), get(timeout) waiting for a late
# producer, a LifoQueue and a PriorityQueue fed by threads, SimpleQueue,
# and shutdown() (3.13), all ordered so that the output has one order.
import queue
import sys
import threading
import time

q = queue.Queue(maxsize=2)
log = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        log.append(item * 10)
        q.task_done()


c = threading.Thread(target=consumer)
c.start()
for i in range(6):
    q.put(i)
q.put(None)
q.join()
c.join()
print('consumed', log, q.qsize(), q.unfinished_tasks)

late = queue.Queue()
threading.Timer(0.05, late.put, args=('late item',)).start()
print('get(timeout=1) ->', late.get(timeout=1))
try:
    late.get(timeout=0.05)
except queue.Empty:
    print('Empty after 0.05 s')
try:
    late.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

full = queue.Queue(1)
full.put('x')
start = time.monotonic()
try:
    full.put('y', timeout=0.05)
except queue.Full:
    print('Full after timeout', time.monotonic() - start >= 0.05)

results = queue.PriorityQueue()
workers = [threading.Thread(target=results.put, args=((n % 3, n),)) for n in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('priority', [results.get() for _ in range(6)])
stack = queue.LifoQueue()
for n in range(3):
    t = threading.Thread(target=stack.put, args=(n,))
    t.start()
    t.join()
print('lifo', [stack.get_nowait() for _ in range(3)])

sq = queue.SimpleQueue()
threading.Timer(0.02, sq.put, args=('simple',)).start()
print('simple', sq.get(), sq.empty())
try:
    sq.get(block=False, timeout=5)
except queue.Empty:
    print('simple Empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

if sys.version_info >= (3, 13):
    sd = queue.Queue()
    sd.put('left')
    sd.shutdown()
    print('after shutdown get', sd.get())
    try:
        sd.put('more')
    except queue.ShutDown:
        print('put ShutDown')
    try:
        sd.get()
    except queue.ShutDown:
        print('get ShutDown')
    blocked = queue.Queue()
    out = []
    def getter():
        try:
            blocked.get()
        except queue.ShutDown:
            out.append('woken by shutdown')
    g = threading.Thread(target=getter)
    g.start()
    time.sleep(0.02)
    blocked.shutdown(immediate=True)
    g.join()
    print(out)
else:
    print(hasattr(queue, 'ShutDown'), hasattr(queue.Queue(), 'shutdown'))
