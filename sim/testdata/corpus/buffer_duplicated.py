# Why does my line print twice? Buffered stdout is copied by fork.
import os
import sys

print("before fork")
pid = os.fork()
if pid == 0:
    print("child")
    sys.exit(0)
os.waitpid(pid, 0)
print("parent")
