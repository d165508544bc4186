# Children finishing in order of their sleeps.
import os
import time

for delay in (0.9, 0.3, 0.6):
    if os.fork() == 0:
        time.sleep(delay)
        print("child slept", delay, flush=True)
        os._exit(0)
for _ in range(3):
    os.wait()
print("parent: all done")
