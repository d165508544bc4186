# title: The double fork: an orphan grandchild
# title.zh: 两次 fork：成了孤儿的孙进程
# lesson: The child forks a grandchild and exits at once; the parent reaps the
# lesson: child. The grandchild has lost its parent, so the kernel hands it to
# lesson: the nearest subreaper or to init, and its ppid changes. From then on
# lesson: only init can reap it, and the original parent can neither wait for
# lesson: it nor see it as a child. Daemons use this trick on purpose.
# lesson.zh: 子进程 fork 出一个孙进程后马上退出，父进程把子进程回收掉。孙进程没了父进程，
# lesson.zh: 内核就把它交给最近的 subreaper 或 init，它的 ppid 也跟着变了。从这以后只有
# lesson.zh: init 能回收它，原来的父进程既不能 wait 它，也不再把它当成自己的子进程。
# lesson.zh: 守护进程正是故意用这一招脱离父进程的。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import time

pid = os.fork()
if pid == 0:
    if os.fork() == 0:
        time.sleep(2.0)
        os._exit(0)
    os._exit(0)
time.sleep(1.0)
# checkpoint: child-zombie
os.waitpid(pid, 0)
# checkpoint: orphaned
time.sleep(2.5)
# checkpoint: grandchild-done
print('done')
