# close() then join(): the results are all there; a closed pool refuses work.
from multiprocessing import Pool


def add(a, b):
    return a + b


if __name__ == '__main__':
    pool = Pool(2)
    handles = [pool.apply_async(add, (i, i)) for i in range(4)]
    pool.close()
    pool.join()
    print([h.get() for h in handles])
    print(all(h.ready() and h.successful() for h in handles))
    try:
        pool.apply_async(add, (1, 2))
    except ValueError as e:
        print('ValueError:', e)
    print(pool.apply(add, (1, 2)))
