# zombielab: method=forkserver
# A forkserver worker forks a grandchild of its own: the worker learns its role
# (p1) from the family log, so the grandchild is p1.1; once the worker ends
# the grandchild is an orphan (ppid init).
import multiprocessing as mp
import os
import time


def work():
    if os.fork() == 0:
        time.sleep(12)
        os._exit(0)
    time.sleep(5)


if __name__ == '__main__':
    p = mp.Process(target=work)
    p.start()
    time.sleep(3.5)
    # checkpoint: nested
    p.join()
    # checkpoint: orphan
    print(p.exitcode)
