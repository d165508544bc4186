# atexit handlers run at normal exit of the process that reaches it; a child
# leaving through os._exit skips them, one leaving through sys.exit runs them.
import atexit
import os
import sys

atexit.register(print, "atexit in", "parent-or-child")
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    sys.exit(0)
os.waitpid(pid, 0)
print("main done", flush=True)
