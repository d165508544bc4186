# os.abort() kills the process with SIGABRT.
import os
import signal

pid = os.fork()
if pid == 0:
    os.abort()
_, status = os.waitpid(pid, 0)
print("signalled:", os.WIFSIGNALED(status))
print("by SIGABRT:", os.WTERMSIG(status) == signal.SIGABRT)
