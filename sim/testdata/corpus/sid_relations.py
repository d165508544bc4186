# Sessions and groups of a parent and its child.
import os

pid = os.fork()
if pid == 0:
    os._exit(0)
print("child shares my session:", os.getsid(pid) == os.getsid(0))
print("child shares my group:", os.getpgid(pid) == os.getpgrp())
os.waitpid(pid, 0)
try:
    os.getsid(pid)
except ProcessLookupError as e:
    print("after reaping:", e)
