# Flushing before fork prints the line once.
import os
import sys

print("before fork")
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child")
    sys.exit(0)
os.waitpid(pid, 0)
print("parent")
