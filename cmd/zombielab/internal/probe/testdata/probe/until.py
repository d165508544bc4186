# zombielab: until=8s
# Never ends by itself: a child sleeps for ever, a grandchild is orphaned and
# sleeps for ever, main loops. At until the whole family is SIGKILLed: the
# first tick is long before it, the second long after it, so a loaded
# machine sees the same stream.
import multiprocessing as mp
import os
import time


def forever(ready):
    if os.fork() == 0:
        time.sleep(1000)
    os.write(ready, b'x')
    time.sleep(1000)


if __name__ == '__main__':
    mp.set_start_method('fork')
    ready_r, ready_w = os.pipe()
    p = mp.Process(target=forever, args=(ready_w,))
    p.start()
    pid = os.fork()
    if pid == 0:
        if os.fork() == 0:
            time.sleep(1000)
        os._exit(0)
    # The family is complete before the first tick, however busy the
    # machine: p1 has forked (its word on the pipe) and p2 has exited,
    # orphaning its child, and is not reaped (a 1 s sleep lost this race).
    os.read(ready_r, 1)
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
    while True:
        # checkpoint: tick
        os.getpid()
        time.sleep(30.0)
