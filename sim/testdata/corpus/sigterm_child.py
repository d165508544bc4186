# SIGTERM's default action ends the child.
import os
import signal
import time

pid = os.fork()
if pid == 0:
    while True:
        time.sleep(0.1)

time.sleep(0.2)
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print("WTERMSIG:", os.WTERMSIG(status), "is SIGTERM:", os.WTERMSIG(status) == signal.SIGTERM)
if hasattr(os, "waitstatus_to_exitcode"):
    print("exit code:", os.waitstatus_to_exitcode(status))
