# Workers wait on a manager Event, then record results in a manager dict.
import multiprocessing as mp


def worker(ev, results, n):
    ev.wait()
    results[n] = n * 10


if __name__ == '__main__':
    with mp.Manager() as m:
        ev = m.Event()
        results = m.dict()
        ps = [mp.Process(target=worker, args=(ev, results, i)) for i in range(3)]
        for p in ps:
            p.start()
        print('before set:', len(results), ev.is_set())
        ev.set()
        for p in ps:
            p.join()
        print('after set:', sorted(results.items()))
        for key in sorted(results.keys()):
            print(key, results[key])
        print('keys:', sorted(results), 'has 2:', 2 in results)
