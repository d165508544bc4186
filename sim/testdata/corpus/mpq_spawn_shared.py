# Under spawn, locks, queues, pipes and shared values are pickled for the
# new interpreter: the child re-opens the semaphores by name and maps the
# shared memory from a passed file descriptor.
import multiprocessing as mp


def work(lock, counter, q, conn, arr, i):
    with lock:
        counter.value += 10
    arr[i] = i + 0.5
    q.put(('worker', i))
    conn.send(i * i)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    lock = mp.Lock()
    counter = mp.Value("i", 0)
    arr = mp.Array("d", 3)
    q = mp.Queue()
    a, b = mp.Pipe()
    ps = [mp.Process(target=work, args=(lock, counter, q, b, arr, i)) for i in range(3)]
    for p in ps:
        p.start()
    got = sorted(q.get() for _ in ps)
    squares = sorted(a.recv() for _ in ps)
    for p in ps:
        p.join()
    print(counter.value, arr[:], got, squares, [p.exitcode for p in ps])
