# apply_async with a callback that collects results in the parent (the
# callback runs in the pool's result-handler thread).
from multiprocessing import Pool

results = []


def work(x):
    return x * 10


def collect(result):
    results.append(result)


if __name__ == '__main__':
    pool = Pool(2)
    for i in range(6):
        pool.apply_async(work, args=(i,), callback=collect)
    pool.close()
    pool.join()
    print(sorted(results))
