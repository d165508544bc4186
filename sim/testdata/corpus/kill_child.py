# Kill a sleeping child and decode how it died.
import os
import signal
import time

pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)

time.sleep(0.1)
os.kill(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
print("exited normally:", os.WIFEXITED(status))
print("killed by a signal:", os.WIFSIGNALED(status))
print("signal number:", os.WTERMSIG(status))
print("status word:", status)
