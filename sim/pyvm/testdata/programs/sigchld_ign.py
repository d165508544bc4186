# With SIGCHLD ignored the kernel reaps children at once: waitpid gives ECHILD.
import os
import signal
import time

signal.signal(signal.SIGCHLD, signal.SIG_IGN)
pid = os.fork()
if pid == 0:
    os._exit(0)
time.sleep(0.5)
try:
    os.waitpid(pid, os.WNOHANG)
    print("no error")
except ChildProcessError as e:
    print("ChildProcessError:", e)
print(signal.getsignal(signal.SIGCHLD) == signal.SIG_IGN)
