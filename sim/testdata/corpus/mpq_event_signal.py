# Workers wait for an Event before they start.
import multiprocessing as mp
import time

def worker(ev, q, i):
    ev.wait()
    q.put(i)

if __name__ == "__main__":
    ev = mp.Event()
    q = mp.Queue()
    ps = [mp.Process(target=worker, args=(ev, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    time.sleep(0.3)
    print("before set, queue empty:", q.empty())
    ev.set()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
