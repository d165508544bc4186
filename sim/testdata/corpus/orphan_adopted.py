# The parent exits first: the child is adopted by another process.
import os
import time

original = os.getpid()
pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    print("child: still the original parent?", os.getppid() == original, flush=True)
    os._exit(0)
print("parent: leaving without waiting", flush=True)
