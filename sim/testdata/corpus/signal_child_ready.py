# Tell a child to stop with SIGTERM; it cleans up in its handler.
import os
import signal
import sys
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    def stop(signum, frame):
        print("child: got SIGTERM, cleaning up", flush=True)
        sys.exit(0)
    signal.signal(signal.SIGTERM, stop)
    os.write(w, b"ready")
    while True:
        time.sleep(1)
os.read(r, 5)
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print("parent: child exited with", os.WEXITSTATUS(status))
