# title: Classic os.fork() and os.waitpid(): WNOHANG, then blocking
# title.zh: 经典的 os.fork() 加 os.waitpid()：先 WNOHANG，再阻塞等待
# lesson: Without multiprocessing the rules are the kernel's own. While the
# lesson: child runs, waitpid(pid, WNOHANG) returns (0, 0) and changes
# lesson: nothing. Once the child exits it is a zombie until the parent waits;
# lesson: waitpid() then returns its pid and exit status, and the zombie is
# lesson: gone. A blocking waitpid(pid, 0) simply sleeps until that moment.
# lesson.zh: 不用 multiprocessing 的时候，规则就是内核本身的规则。子进程还在跑的时候，
# lesson.zh: waitpid(pid, WNOHANG) 返回 (0, 0)，什么都不会改变。子进程退出后会一直是
# lesson.zh: 僵尸，直到父进程去 wait；这时 waitpid() 返回它的 pid 和退出状态，僵尸随即消失。
# lesson.zh: 阻塞的 waitpid(pid, 0) 则是一直睡到子进程退出的那一刻。
# zombielab: versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.8)
    os._exit(3)
# checkpoint: running
r = os.waitpid(pid, os.WNOHANG)
print('WNOHANG while running:', r)
time.sleep(2.0)
# checkpoint: zombie
r = os.waitpid(pid, os.WNOHANG)
print('exit status', os.WEXITSTATUS(r[1]))
# checkpoint: reaped
pid2 = os.fork()
if pid2 == 0:
    time.sleep(0.5)
    os._exit(0)
# checkpoint: second-running
r = os.waitpid(pid2, 0)
# checkpoint: second-reaped
print('blocking wait returned', r[0] == pid2)
