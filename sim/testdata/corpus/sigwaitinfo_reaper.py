# Reap children synchronously: block SIGCHLD, then wait for it with
# sigwaitinfo and collect every child that has exited (signals merge, so
# one SIGCHLD may stand for several children).
import os
import signal
import time

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
children = {}
for i, (delay, code) in enumerate([(0.3, 3), (0.1, 1), (0.2, 2)]):
    pid = os.fork()
    if pid == 0:
        time.sleep(delay)
        os._exit(code)
    children[pid] = i
victim = os.fork()
if victim == 0:
    time.sleep(10)
    os._exit(0)
children[victim] = 3
os.kill(victim, signal.SIGKILL)

codes = {os.CLD_EXITED: "exited", getattr(os, "CLD_KILLED", 2): "killed"}
while children:
    info = signal.sigwaitinfo({signal.SIGCHLD})
    print("SIGCHLD:", codes.get(info.si_code, info.si_code), info.si_status,
          "from child", children.get(info.si_pid, "?"))
    while children:
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            break
        how = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
        print("  reaped child", children.pop(pid), "status", how)
print("pending:", signal.sigpending())
