# SIG_IGN for SIGCHLD: the kernel reaps, and wait() finds nothing.
import os
import signal
import time

signal.signal(signal.SIGCHLD, signal.SIG_IGN)
pid = os.fork()
if pid == 0:
    os._exit(0)


def gone_or_zombie(pid):
    # Wait (at most 10 s) until the child has exited: gone, or a zombie
    # if nobody reaped it.
    for _ in range(1000):
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(") ", 1)[1][0] == "Z":
                    return
        except OSError:  # gone: ENOENT, or ESRCH while it is being reaped
            return
        time.sleep(0.01)


gone_or_zombie(pid)
print("a zombie remains:", os.path.exists(f"/proc/{pid}"))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("waitpid:", e)
