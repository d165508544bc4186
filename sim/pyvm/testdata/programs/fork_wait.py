# fork, _exit, waitpid with and without WNOHANG, wait-status helpers, ECHILD.
import os
import sys
import time

for i in range(3):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.5)
        print("child", i, "ppid matches:", os.getppid() > 0, flush=True)
        os._exit(10 + i)
    r, status = os.waitpid(pid, os.WNOHANG)
    print("WNOHANG while running:", r, status, flush=True)
    r, status = os.waitpid(pid, 0)
    print("reaped", i, r == pid, os.WIFEXITED(status), os.WEXITSTATUS(status),
          os.waitstatus_to_exitcode(status), flush=True)

try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ECHILD:", e.errno, e.strerror, e, isinstance(e, OSError))

pid = os.fork()
if pid == 0:
    sys.exit(4)
_, status = os.wait()
print("sys.exit in child:", os.WEXITSTATUS(status))
