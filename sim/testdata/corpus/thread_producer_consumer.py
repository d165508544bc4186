# Producer/consumer with queue.Queue: one producer, two consumers, a None
# per consumer to stop them; the results are sorted before printing.
import queue
import threading
import time

q = queue.Queue(maxsize=3)
done = []
done_lock = threading.Lock()


def producer(n):
    for i in range(n):
        q.put(i)
        time.sleep(0.001)
    for _ in range(2):
        q.put(None)


def consumer(name):
    while True:
        item = q.get()
        if item is None:
            break
        with done_lock:
            done.append(item * item)


threads = [threading.Thread(target=producer, args=(10,))]
threads += [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumed", len(done), "items")
print("squares:", sorted(done))
print("queue empty:", q.empty())
