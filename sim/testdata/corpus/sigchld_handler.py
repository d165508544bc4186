# Reap children from a SIGCHLD handler, looping because signals merge.
import os
import signal
import time

reaped = []

def on_child(signum, frame):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        reaped.append(os.WEXITSTATUS(status))

signal.signal(signal.SIGCHLD, on_child)
for code in range(3):
    if os.fork() == 0:
        time.sleep(0.1)
        os._exit(code)

deadline = time.time() + 5
while len(reaped) < 3 and time.time() < deadline:
    time.sleep(0.05)
print("reaped codes:", sorted(reaped))
