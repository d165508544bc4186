# An initializer runs once in each worker; here it sets a global the tasks
# read.
from multiprocessing import Pool

offset = None


def init(value):
    global offset
    offset = value


def shift(x):
    return x + offset


if __name__ == '__main__':
    with Pool(2, initializer=init, initargs=(100,)) as pool:
        print(pool.map(shift, [1, 2, 3, 4]))
