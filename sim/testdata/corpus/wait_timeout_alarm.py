# A timeout on waiting for a child: SIGALRM interrupts waitpid.
import os
import signal
import time

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout()

signal.signal(signal.SIGALRM, on_alarm)
pid = os.fork()
if pid == 0:
    time.sleep(5)
    os._exit(0)
signal.alarm(1)
try:
    os.waitpid(pid, 0)
    print("child finished in time")
except Timeout:
    print("child took too long: killing it")
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    print("killed by signal", os.WTERMSIG(status))
signal.alarm(0)
quick = os.fork()
if quick == 0:
    os._exit(3)
signal.alarm(2)
_, status = os.waitpid(quick, 0)
print("quick child:", os.WEXITSTATUS(status), "alarm left:", signal.alarm(0) > 0)
