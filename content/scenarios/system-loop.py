# title: os.system() in a loop leaves no zombie
# title.zh: 循环里调用 os.system() 不会留下僵尸
# lesson: os.system(cmd) forks a shell, /bin/sh -c cmd, and waits for it
# lesson: before it returns (SIGINT and SIGQUIT are ignored while it waits),
# lesson: so the shell is reaped at once; the shell in turn waited for its
# lesson: own child. Between two calls the process family is the main
# lesson: process alone: blocking waits leave nothing behind.
# lesson.zh: os.system(cmd) 先 fork 出一个 shell（/bin/sh -c cmd），在返回之前就等它
# lesson.zh: 结束（等待期间忽略 SIGINT 和 SIGQUIT），所以 shell 立刻被回收；shell 自己
# lesson.zh: 也等了它的子进程。两次调用之间，进程家族里只剩主进程：阻塞等待不会留下任何东西。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import time

for i in range(3):
    os.system('sleep 0.2')
    # checkpoint: after-system
    time.sleep(0.3)
print('os.system() waited for every shell it started')
