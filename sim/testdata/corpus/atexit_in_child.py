# atexit handlers run in a child that returns normally, not after os._exit.
import atexit
import os
import sys

atexit.register(lambda: print("atexit in", "child" if os.getpid() != parent else "parent", flush=True))
parent = os.getpid()
pid = os.fork()
if pid == 0:
    sys.exit(0)
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print("parent ends", flush=True)
