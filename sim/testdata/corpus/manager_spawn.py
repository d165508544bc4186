# Under the spawn start method the manager's server and the workers are
# fresh interpreters: the proxies are pickled to the workers and connect
# to the server by its address.
import multiprocessing as mp


def record(d, l, lock, i):
    with lock:
        d[i] = i * i
        l.append(i)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        lock = m.Lock()
        ps = [mp.Process(target=record, args=(d, l, lock, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l))
        print([p.exitcode for p in ps])
    print(mp.active_children())
