# title: os.fork() without wait: zombies pile up
# title.zh: 只 fork 不 wait：僵尸越积越多
# lesson: A parent that forks with os.fork() and never waits keeps every child
# lesson: as a zombie, one more each iteration. Unlike multiprocessing, nothing
# lesson: in the os module reaps behind the scenes, so the count only grows
# lesson: until the parent waits or exits.
# lesson.zh: 父进程用 os.fork() 创建子进程却从不 wait，每个子进程都会变成僵尸，每循环一次
# lesson.zh: 就多一个。和 multiprocessing 不同，os 模块不会在背后替你回收，所以僵尸只增不减，
# lesson.zh: 直到父进程去 wait 或者自己退出。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import time

for i in range(3):
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    time.sleep(1.0)
    # checkpoint: after-sleep
    time.sleep(0.2)
# checkpoint: before-exit
print('leaving', 3, 'zombies')
