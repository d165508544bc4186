# The scenario SIGKILLs its parent, the probe's launcher, and goes on: main
# and a child sleep. The guard above the launcher adopts them, kills them
# and reports that the launcher was killed.
import os
import time

if os.fork() == 0:
    time.sleep(1000)
os.write(1, b'main %d\ndir %s\n' % (os.getpid(), os.environ['ZL_DIR'].encode()))
os.kill(os.getppid(), 9)
time.sleep(1000)
