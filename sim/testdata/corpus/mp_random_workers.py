# Random numbers in multiprocessing workers after a seeded parent: the
# module's generator is reseeded in each child, so they differ.
import multiprocessing as mp
import random

def draw(q):
    q.put(random.getrandbits(60))

if __name__ == "__main__":
    random.seed(10)
    parent = random.getrandbits(60)
    r, w = mp.Pipe(duplex=False)
    seen = []
    for n in range(3):
        p = mp.Process(target=lambda: w.send(random.getrandbits(60)))
        p.start()
        p.join()
        seen.append(r.recv())
    print("workers differ:", len(set(seen)) == 3, "and from the parent:", parent not in seen)
