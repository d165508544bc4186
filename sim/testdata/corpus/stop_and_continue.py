# Job control by hand: a child stops itself, the parent sees it stopped,
# continues it, and reaps it.
import os
import signal
import time

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGSTOP)
    time.sleep(0.5)
    os._exit(7)
_, status = os.waitpid(pid, os.WUNTRACED)
print("stopped:", os.WIFSTOPPED(status), "by SIGSTOP:", os.WSTOPSIG(status) == signal.SIGSTOP)
with open("/proc/%d/stat" % pid) as f:
    print("state:", f.read().split()[2])
os.kill(pid, signal.SIGCONT)
_, status = os.waitpid(pid, os.WCONTINUED)
print("continued:", os.WIFCONTINUED(status))
_, status = os.waitpid(pid, 0)
print("exited:", os.WIFEXITED(status), os.WEXITSTATUS(status))
