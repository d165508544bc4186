# A counter shared through a manager: Value and Lock proxies, incremented
# by four processes under the lock.
from multiprocessing import Manager, Process


def add(counter, lock, times):
    for _ in range(times):
        with lock:
            counter.value += 1


if __name__ == '__main__':
    with Manager() as manager:
        counter = manager.Value('i', 0)
        lock = manager.Lock()
        procs = [Process(target=add, args=(counter, lock, 10)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print('counter:', counter.value)
        print(counter)
