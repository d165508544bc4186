# A hand-made thread pool: workers take jobs from a queue until it is
# empty, and store results in a dict keyed by job.
import queue
import threading


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


jobs = queue.Queue()
for n in range(12):
    jobs.put(n)
results = {}
lock = threading.Lock()


def worker():
    while True:
        try:
            n = jobs.get_nowait()
        except queue.Empty:
            return
        value = fib(n)
        with lock:
            results[n] = value
        jobs.task_done()


pool = [threading.Thread(target=worker) for _ in range(4)]
for t in pool:
    t.start()
jobs.join()
for t in pool:
    t.join()
for n in sorted(results):
    print("fib(%d) = %d" % (n, results[n]))
print("threads left:", threading.active_count())
