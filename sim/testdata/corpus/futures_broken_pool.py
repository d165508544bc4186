# A worker that dies abruptly breaks the whole ProcessPoolExecutor.
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash(x):
    os._exit(1)


if __name__ == '__main__':
    ex = ProcessPoolExecutor(max_workers=2)
    fut = ex.submit(crash, 1)
    try:
        fut.result()
    except BrokenProcessPool as e:
        print('BrokenProcessPool:', e)
    try:
        ex.submit(abs, -1)
    except BrokenProcessPool as e:
        print('submit after:', e)
    ex.shutdown()
