# The classic producer/consumer with a Queue and a sentinel.
from multiprocessing import Process, Queue

def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)

def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(total)

if __name__ == "__main__":
    q, out = Queue(), Queue()
    p = Process(target=producer, args=(q, 100))
    c = Process(target=consumer, args=(q, out))
    p.start()
    c.start()
    print("sum:", out.get())
    p.join()
    c.join()
    print("exit codes:", p.exitcode, c.exitcode)
