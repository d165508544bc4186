# A Python SIGCHLD handler runs between bytecodes and can reap the child.
import os
import signal
import time

reaped = []


def on_child(signum, frame):
    pid, status = os.waitpid(-1, os.WNOHANG)
    reaped.append(os.WEXITSTATUS(status))


signal.signal(signal.SIGCHLD, on_child)
pid = os.fork()
if pid == 0:
    os._exit(7)
time.sleep(1)
print("handler reaped:", reaped)


def on_term(signum, frame):
    raise KeyboardInterrupt("terminated")


signal.signal(signal.SIGTERM, on_term)
try:
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    print("not reached")
except KeyboardInterrupt as e:
    print("interrupted:", e)
try:
    os.kill(999999, signal.SIGTERM)
except ProcessLookupError as e:
    print("ProcessLookupError:", e)
