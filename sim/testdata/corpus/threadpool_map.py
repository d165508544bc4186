# multiprocessing.pool.ThreadPool: the Pool API with threads.
from multiprocessing.pool import ThreadPool
import time


def fetch(n):
    time.sleep(0.01)
    return 'page %d' % n


if __name__ == '__main__':
    with ThreadPool(4) as tp:
        print(tp.map(fetch, range(6)))
        print(sorted(tp.imap_unordered(len, ['a', 'bb', 'ccc'])))
