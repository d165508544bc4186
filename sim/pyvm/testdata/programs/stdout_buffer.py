# cpython: differs (CPython line-buffers stdout only on a terminal; the simulator models a terminal)
# Unflushed text is copied by fork, and lost when the child ends with os._exit.
import os

print("partial line, ", end="")
pid = os.fork()
if pid == 0:
    print("child", end="")
    os._exit(0)
os.waitpid(pid, 0)
print("parent")
pid = os.fork()
if pid == 0:
    print("child ends normally: ", end="")
    raise SystemExit(0)
os.waitpid(pid, 0)
print("done")
