# zombielab: until=8s
# Never ends by itself: a child sleeps for ever, a grandchild is orphaned and
# sleeps for ever, main loops. At until the whole family is SIGKILLed: the
# first tick is long before it, the second long after it, so a loaded
# machine sees the same stream.
import multiprocessing as mp
import os
import time


def forever():
    if os.fork() == 0:
        time.sleep(1000)
    time.sleep(1000)


if __name__ == '__main__':
    mp.set_start_method('fork')
    p = mp.Process(target=forever)
    p.start()
    if os.fork() == 0:
        if os.fork() == 0:
            time.sleep(1000)
        os._exit(0)
    time.sleep(1.0)
    while True:
        # checkpoint: tick
        os.getpid()
        time.sleep(30.0)
