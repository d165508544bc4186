# title: SIGCHLD blocked: one pending signal for three zombies
# title.zh: 屏蔽 SIGCHLD：三个僵尸，只挂起一个信号
# lesson: A parent that blocks SIGCHLD is not told when its children exit:
# lesson: the signal stays pending and every child stays a zombie. Three exits
# lesson: leave one pending SIGCHLD, not three (a pending standard signal is a
# lesson: single bit), so sigwaitinfo() returns once, naming the first child.
# lesson: Reaping only that one leaves two zombies and nothing pending to say
# lesson: so; a reaper must loop on waitpid(-1, WNOHANG) until no child is left.
# lesson.zh: 父进程屏蔽了 SIGCHLD，子进程退出时它就收不到通知：信号一直挂起，每个子进程
# lesson.zh: 都停在僵尸状态。三个子进程退出只留下一个挂起的 SIGCHLD，而不是三个（标准信号
# lesson.zh: 挂起时只占一位），所以 sigwaitinfo() 只返回一次，报告的是第一个退出的子进程。
# lesson.zh: 只回收这一个，就会剩下两个僵尸，而且已经没有挂起的信号提醒你；回收时必须循环
# lesson.zh: 调用 waitpid(-1, WNOHANG)，直到一个子进程都不剩。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import signal
import time

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
children = []
for delay in (0.2, 0.4, 0.6):
    pid = os.fork()
    if pid == 0:
        time.sleep(delay)
        os._exit(0)
    children.append(pid)
time.sleep(1.0)
# checkpoint: three-zombies
print('pending:', signal.sigpending())
info = signal.sigwaitinfo({signal.SIGCHLD})
print('SIGCHLD names child', children.index(info.si_pid) + 1)
os.waitpid(info.si_pid, 0)
print('pending after one reap:', signal.sigpending())
time.sleep(0.5)
# checkpoint: one-reaped
reaped = 1
while True:
    try:
        pid, status = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        break
    if pid == 0:
        break
    print('reaped child', children.index(pid) + 1)
    reaped += 1
# checkpoint: all-reaped
print('reaped', reaped, 'children')
