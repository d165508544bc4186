# The fork-with-threads trap: a lock held by another thread at fork time is
# held for ever in the child, since the thread that would release it was
# not copied. The child gives up after a timeout instead of hanging.
import os
import threading
import time

log_lock = threading.Lock()
holding = threading.Event()


def logger():
    with log_lock:
        holding.set()
        time.sleep(0.3)


t = threading.Thread(target=logger)
t.start()
holding.wait()
pid = os.fork()
if pid == 0:
    got = log_lock.acquire(timeout=0.5)
    print("child got the lock:", got, flush=True)
    os._exit(0 if got else 1)
_, status = os.waitpid(pid, 0)
t.join()
print("child exit status:", os.WEXITSTATUS(status))
print("parent can take the lock:", log_lock.acquire(timeout=0.5))
