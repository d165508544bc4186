# Children finishing in order of their sleeps.
import os
import time

for delay in (2.4, 0.4, 1.4):
    if os.fork() == 0:
        time.sleep(delay)
        print("child slept", delay, flush=True)
        os._exit(0)
for _ in range(3):
    os.wait()
print("parent: all done")
