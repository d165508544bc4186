# Processes meet at a Barrier before they report.
import multiprocessing as mp

def runner(b, q, i):
    b.wait()
    q.put(i)

if __name__ == "__main__":
    b = mp.Barrier(4)
    q = mp.Queue()
    ps = [mp.Process(target=runner, args=(b, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    print("waiting at the barrier:", b.n_waiting <= 3)
    b.wait()
    print(sorted(q.get() for _ in ps))
    for p in ps:
        p.join()
