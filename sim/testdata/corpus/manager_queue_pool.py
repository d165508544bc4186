# A Manager().Queue() can be passed to Pool workers (a multiprocessing.Queue
# cannot: "Queue objects should only be shared between processes through
# inheritance"); the proxy is pickled with each task and reconnects.
import multiprocessing


def worker(q, n):
    q.put(n * n)
    return n


if __name__ == '__main__':
    manager = multiprocessing.Manager()
    q = manager.Queue()
    with multiprocessing.Pool(2) as pool:
        done = pool.starmap(worker, [(q, i) for i in range(5)])
    print('tasks:', done)
    results = []
    while not q.empty():
        results.append(q.get())
    print('squares:', sorted(results))
    manager.shutdown()
