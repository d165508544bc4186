# A process with a running thread forks workers: each child has one thread,
# and the parent waits for every child with waitpid.
import os
import threading
import time

stop = threading.Event()


def ticker():
    while not stop.wait(0.01):
        pass


t = threading.Thread(target=ticker, daemon=True)
t.start()
pids = []
for i in range(3):
    pid = os.fork()
    if pid == 0:
        print("child", i, "threads:", threading.active_count(), flush=True)
        os._exit(10 + i)
    pid, status = os.waitpid(pid, 0)
    pids.append(os.WEXITSTATUS(status))
print("exit codes:", pids)
stop.set()
t.join()
print("parent threads now:", threading.active_count())
