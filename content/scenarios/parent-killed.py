# title: The parent is killed: its children go to init
# title.zh: 父进程被杀：子进程都过继给 init
# lesson: A parent killed by SIGKILL runs no exit handler: nobody joins or
# lesson: terminates its children. The kernel reparents them, the zombie
# lesson: included, to the nearest child subreaper or else to PID 1, which
# lesson: reaps the zombie (at once under tini or systemd, later under a lazy
# lesson: PID 1, never under one that does not wait). The running child keeps
# lesson: running as an orphan. Here a child kills its own parent.
# lesson.zh: 被 SIGKILL 杀掉的父进程不会执行任何退出处理，没人会去 join 或终止它的
# lesson.zh: 子进程。内核会把这些子进程（包括僵尸）过继给最近的 child subreaper，
# lesson.zh: 没有的话就交给 1 号进程，由它来回收僵尸：tini 或 systemd 会马上回收，
# lesson.zh: 懒一点的 1 号进程会晚一些，从来不 wait 的 1 号进程则永远不会回收。
# lesson.zh: 还在运行的子进程变成孤儿，继续运行。这里是子进程亲手杀掉了自己的父进程。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import os
import signal
import time


def killer():
    time.sleep(2.0)
    os.kill(os.getppid(), signal.SIGKILL)
    time.sleep(1.0)


if __name__ == '__main__':
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    k = mp.Process(target=killer)
    k.start()
    time.sleep(1.0)
    # checkpoint: before-kill
    time.sleep(10)
    print('never printed')
