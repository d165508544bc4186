# The documented pitfall: join() before get() with a big item. With a
# timeout the parent notices, then drains the queue and the child exits.
import multiprocessing as mp

def f(q):
    q.put("X" * 1000000)

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=f, args=(q,))
    p.start()
    p.join(timeout=1)
    print("child still alive:", p.is_alive())
    obj = q.get()
    p.join()
    print(len(obj), p.exitcode)
