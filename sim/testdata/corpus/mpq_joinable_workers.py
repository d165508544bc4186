# A pool of daemon workers around a JoinableQueue.
from multiprocessing import Process, JoinableQueue, Queue

def worker(tasks, results):
    while True:
        n = tasks.get()
        results.put((n, n * 10))
        tasks.task_done()

if __name__ == "__main__":
    tasks, results = JoinableQueue(), Queue()
    for _ in range(3):
        Process(target=worker, args=(tasks, results), daemon=True).start()
    for n in range(10):
        tasks.put(n)
    tasks.join()
    print("all tasks done")
    print(sorted(results.get() for _ in range(10)))
