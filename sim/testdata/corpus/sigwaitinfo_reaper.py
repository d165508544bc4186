# Reap children synchronously: block SIGCHLD, then wait for it with
# sigwaitinfo and collect every child that has exited (signals merge, so
# one SIGCHLD may stand for several children). The parent lets the
# children exit one at a time (each waits on its own pipe), in the order
# 1, 2, 0, so that each SIGCHLD stands for one child on any machine.
import os
import signal

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
children = {}
release = {}
for i, code in enumerate([3, 1, 2]):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(w)
        os.read(r, 1)
        os._exit(code)
    os.close(r)
    children[pid] = i
    release[i] = w
victim = os.fork()
if victim == 0:
    signal.pause()
    os._exit(0)
children[victim] = 3
os.kill(victim, signal.SIGKILL)
order = [1, 2, 0]

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
    if order:
        os.write(release[order.pop(0)], b"x")
print("pending:", signal.sigpending())
