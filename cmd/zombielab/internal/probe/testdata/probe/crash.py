# Main dies of an exception while a daemon-less child still runs: the run
# must still end and leave nothing behind.
import os
import time

if os.fork() == 0:
    time.sleep(1000)
    os._exit(0)
time.sleep(0.3)
# checkpoint: before-crash
x = 1 / 0
