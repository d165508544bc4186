# SIG_IGN for SIGCHLD: the kernel reaps, and wait() finds nothing.
import os
import signal
import time

signal.signal(signal.SIGCHLD, signal.SIG_IGN)
pid = os.fork()
if pid == 0:
    os._exit(0)
time.sleep(0.2)
print("a zombie remains:", os.path.exists(f"/proc/{pid}"))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("waitpid:", e)
