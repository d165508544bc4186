# PEP 475: a signal handler runs while waitpid blocks, then the call is retried.
import os
import signal
import time

got = []
signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    os.kill(os.getppid(), signal.SIGUSR1)
    time.sleep(0.1)
    os._exit(3)
rpid, status = os.waitpid(pid, 0)
print("handler ran:", got == [signal.SIGUSR1], "then waitpid returned:", rpid == pid, os.WEXITSTATUS(status))


def raising(signum, frame):
    raise RuntimeError("handler raised")


signal.signal(signal.SIGUSR1, raising)
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    os.kill(os.getppid(), signal.SIGUSR1)
    time.sleep(0.3)
    os._exit(0)
try:
    os.waitpid(pid, 0)
except RuntimeError as e:
    print("waitpid interrupted by:", e)
os.waitpid(pid, 0)
print("reaped after all")
