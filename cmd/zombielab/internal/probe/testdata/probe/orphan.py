# Double fork with os.fork: p1 forks p1.1 and exits; p1.1 is adopted by the
# launcher (ppid init), which reaps it as soon as it exits.
import os
import time

pid = os.fork()
if pid == 0:
    if os.fork() == 0:
        time.sleep(2.0)
        os._exit(0)
    os._exit(0)
time.sleep(1.0)
# checkpoint: orphaned
os.waitpid(pid, 0)
# checkpoint: reaped
time.sleep(2.5)
# checkpoint: grandchild-done
print('done')
