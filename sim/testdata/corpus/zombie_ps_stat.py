import os, time
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep
os.system('ps -o stat= -p %d' % pid)
os.waitpid(pid, 0)
os.system('ps -p %d > /dev/null || echo gone' % pid)
