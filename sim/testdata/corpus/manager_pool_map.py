# A manager dict filled by Pool workers: the proxy travels with each task.
from multiprocessing import Pool, Manager


def square(args):
    shared, n = args
    shared[n] = n * n
    return n


if __name__ == '__main__':
    with Manager() as manager:
        shared = manager.dict()
        with Pool(processes=3) as pool:
            pool.map(square, [(shared, n) for n in range(6)])
        print(dict(sorted(shared.items())))
        print(len(shared), shared.get(5), shared.get(9, 'missing'))
