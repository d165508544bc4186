# Sizing a pool from the CPUs the process may run on, as tutorials advise
# over cpu_count(): os.sched_getaffinity(0) is a set of CPU numbers; it
# answers for a child, also once it is a zombie, and refuses a pid that
# does not exist.
import multiprocessing as mp
import os
import time


def square(n):
    return n * n


if __name__ == "__main__":
    cpus = os.sched_getaffinity(0)
    workers = len(cpus)
    print(type(cpus).__name__, cpus == set(range(workers)), workers >= 1, workers <= os.cpu_count())
    with mp.Pool(workers) as pool:
        print(pool.map(square, range(6)))
    pid = os.fork()
    if pid == 0:
        os._exit(3)
    time.sleep(0.3)
    print(os.sched_getaffinity(pid) == cpus)
    _, status = os.waitpid(pid, 0)
    print(os.WEXITSTATUS(status))
    for bad in (pid, 99999999, 2 ** 40, "0"):
        try:
            os.sched_getaffinity(bad)
        except Exception as e:
            print(type(e).__name__, e)
