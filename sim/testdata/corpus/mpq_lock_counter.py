# A counter in shared memory, protected by a Lock.
from multiprocessing import Process, Value, Lock

def bump(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1

if __name__ == "__main__":
    counter = Value("i", 0)
    lock = Lock()
    procs = [Process(target=bump, args=(counter, lock, 200)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter =", counter.value)
