# title: A container PID 1 that never reaps
# title.zh: 从不回收的容器 1 号进程
# lesson: Here the main process plays a container's PID 1 that never calls
# lesson: wait(): every child it forks exits at once and stays a zombie. Each
# lesson: zombie keeps its pid, so the pids run out and fork() fails with
# lesson: EAGAIN (BlockingIOError): the container can no longer start
# lesson: anything. This is why containers run tini or docker run --init.
# lesson.zh: 这里的主进程扮演一个从不调用 wait() 的容器 1 号进程：它 fork 出来的子进程
# lesson.zh: 一个个马上退出，全都变成僵尸。每个僵尸都占着自己的 pid，pid 迟早被用光，
# lesson.zh: fork() 就会失败，报 EAGAIN（BlockingIOError），容器里再也启动不了任何进程。
# lesson.zh: 这就是容器里要跑 tini 或者 docker run --init 的原因。
# verify.reason: real CPython cannot show the point here: the probe's
# verify.reason: launcher reaps what it adopts, pid_max is 32768 and, as root,
# verify.reason: RLIMIT_NPROC is not enforced, so a real run would fill the
# verify.reason: machine's pid table. The simulator runs it in a pids cgroup
# verify.reason: limited to 64 processes, as docker run --pids-limit 64 would.
# zombielab: verify=no pids_max=64 init=never versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import time

zombies = []
try:
    for i in range(200):
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        zombies.append(pid)
        time.sleep(0.01)
except BlockingIOError:
    print('fork failed after', len(zombies), 'zombies')
# checkpoint: exhausted
print(len(zombies))
