# Workers put (index, result) on a Queue; the parent sorts them.
import multiprocessing as mp

def square(i, q):
    q.put((i, i * i))

if __name__ == "__main__":
    q = mp.Queue()
    procs = [mp.Process(target=square, args=(i, q)) for i in range(8)]
    for p in procs:
        p.start()
    results = [q.get() for _ in procs]
    for p in procs:
        p.join()
    print(sorted(results))
