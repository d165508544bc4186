# An exception raised in a worker is raised again by map() in the parent.
from multiprocessing import Pool


def check(x):
    if x == 3:
        raise ValueError('bad input %d' % x)
    return x


if __name__ == '__main__':
    with Pool(2) as pool:
        try:
            pool.map(check, range(5))
        except ValueError as e:
            print('caught:', e)
        print(pool.map(check, [4, 5]))
        pool.map(check, [3])
