# starmap unpacks each tuple into the function's arguments.
from multiprocessing import Pool


def power(base, exp):
    return base ** exp


if __name__ == '__main__':
    pairs = list(zip([2, 3, 4, 5], [5, 4, 3, 2]))
    with Pool(processes=2) as pool:
        print(pool.starmap(power, pairs))
        print(pool.starmap(max, [(1, 9), (8, 2)]))
