# WNOWAIT peeks at a zombie without reaping it.
import os

pid = os.fork()
if pid == 0:
    os._exit(7)
peek = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
print("peeked status:", peek.si_status)
print("still there:", os.path.exists("/proc/%d" % pid))
_, status = os.waitpid(pid, 0)
print("reaped status:", os.WEXITSTATUS(status))
