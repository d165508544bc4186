# Threads are not processes: a process with a worker thread is listed once,
# a child forked by the worker is p1 of main (its ppid is the process), and
# a checkpoint the worker thread reaches is not reported (main's thread only).
import os
import threading
import time


def worker():
    time.sleep(0.1)
    # checkpoint: in-thread
    pid = os.fork()
    if pid == 0:
        time.sleep(0.5)
        os._exit(0)
    time.sleep(1.0)
    os.waitpid(pid, 0)


t = threading.Thread(target=worker)
t.start()
time.sleep(0.4)
# checkpoint: child-from-thread
x = 1
t.join()
# checkpoint: joined
x = 2
