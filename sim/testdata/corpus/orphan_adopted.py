# The parent exits first: the child is adopted by another process.
import os
import time

original = os.getpid()
pid = os.fork()
if pid == 0:
    # Wait (up to 5 s) for the parent to be gone, however busy the
    # machine is, rather than for a fixed time.
    for _ in range(500):
        if os.getppid() != original:
            break
        time.sleep(0.01)
    print("child: still the original parent?", os.getppid() == original, flush=True)
    os._exit(0)
print("parent: leaving without waiting", flush=True)
