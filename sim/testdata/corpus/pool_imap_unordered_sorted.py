# imap_unordered hands back results as workers finish them; sort them to
# print a stable answer.
import multiprocessing
import time


def slow_cube(n):
    time.sleep(0.01 * (n % 3))
    return n, n ** 3


if __name__ == '__main__':
    with multiprocessing.Pool(processes=3) as pool:
        results = list(pool.imap_unordered(slow_cube, range(8)))
    print(len(results), 'results')
    for n, cube in sorted(results):
        print(n, cube)
