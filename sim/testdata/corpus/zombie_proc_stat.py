# Catch a zombie in the act: read the child's state from /proc.
import os
import time

pid = os.fork()
if pid == 0:
    os._exit(0)

os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep
with open(f"/proc/{pid}/stat") as f:
    fields = f.read().split()
print("state:", fields[2])
print("comm looks like python:", fields[1].startswith("(python"))
print("ppid is me:", int(fields[3]) == os.getpid())
os.waitpid(pid, 0)
print("gone after reaping:", not os.path.exists(f"/proc/{pid}"))
