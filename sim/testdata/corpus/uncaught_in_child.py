# An exception in the child: its traceback, exit code 1, parent carries on.
import os

pid = os.fork()
if pid == 0:
    {}["missing"]
_, status = os.waitpid(pid, 0)
print("child exit code:", os.WEXITSTATUS(status))
