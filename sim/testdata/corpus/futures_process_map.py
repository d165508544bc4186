# ProcessPoolExecutor.map keeps the input order; chunksize batches calls.
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(10))))
        print(list(ex.map(pow, [2, 3, 4], [3, 2, 1], chunksize=2)))
