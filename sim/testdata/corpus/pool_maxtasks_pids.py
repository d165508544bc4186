# maxtasksperchild=1: every task runs in a fresh worker process.
import os
from multiprocessing import Pool


def whoami(i):
    return os.getpid()


if __name__ == '__main__':
    with Pool(2, maxtasksperchild=1) as pool:
        pids = pool.map(whoami, range(6), chunksize=1)
    print(len(pids), 'tasks ran in', len(set(pids)), 'processes')
    print(os.getpid() in pids)
