# sys.exit in a child: the code reaches the parent.
import os
import sys

pid = os.fork()
if pid == 0:
    sys.exit(42)
_, status = os.waitpid(pid, 0)
print("exit status", os.WEXITSTATUS(status))
pid = os.fork()
if pid == 0:
    sys.exit("fatal: bad config")
_, status = os.waitpid(pid, 0)
print("exit status", os.WEXITSTATUS(status))
