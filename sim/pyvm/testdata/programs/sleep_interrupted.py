# A handler that raises abandons a blocked sleep; the next sleep starts afresh.
import os
import signal
import time


class Wake(Exception):
    pass


def on_usr1(signum, frame):
    raise Wake()


signal.signal(signal.SIGUSR1, on_usr1)
pid = os.fork()
if pid == 0:
    time.sleep(1)
    os.kill(os.getppid(), signal.SIGUSR1)
    os._exit(0)
start = time.monotonic()
try:
    time.sleep(10)
except Wake:
    print("woken after about", round(time.monotonic() - start), "s")
start = time.monotonic()
time.sleep(2)
print("second sleep took about", round(time.monotonic() - start), "s")
os.waitpid(pid, 0)
