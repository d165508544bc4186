# zombielab: until=2.9s
# Never ends by itself: a child sleeps for ever, a grandchild is orphaned and
# sleeps for ever, main loops. At until the whole family is SIGKILLed.
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
    while True:
        time.sleep(1.0)
        # checkpoint: tick
        os.getpid()
