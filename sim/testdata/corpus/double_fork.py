# The classic double fork: the grandchild is never a zombie of ours.
import os
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    if os.fork() > 0:
        os._exit(0)          # the middle child exits at once
    time.sleep(0.2)          # the grandchild, now an orphan
    os.write(w, b"grandchild ok")
    os._exit(0)
os.close(w)
_, status = os.waitpid(pid, 0)
print("middle child exit:", os.WEXITSTATUS(status))
print(os.read(r, 100).decode())
try:
    os.wait()
except ChildProcessError:
    print("no more children to wait for")
