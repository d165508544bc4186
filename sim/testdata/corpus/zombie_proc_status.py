# /proc/PID/status spells the state out.
import os
import time

pid = os.fork()
if pid == 0:
    os._exit(3)

os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep
with open("/proc/%d/status" % pid) as f:
    for line in f:
        if line.startswith(("State:", "PPid:")):
            key, value = line.split(":", 1)
            value = value.strip()
            if key == "PPid":
                value = "me" if int(value) == os.getpid() else "someone else"
            print(key, "=", value)
os.wait()
