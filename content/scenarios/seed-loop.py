# title: The seed loop: one zombie, a new pid every second
# title.zh: 种子循环：永远一个僵尸，每秒换一个 pid
# lesson: Each Process.start() first calls multiprocessing's _cleanup(), which
# lesson: polls every finished child with waitpid(WNOHANG) and so reaps it. The
# lesson: child of the previous iteration, which ended a few milliseconds after
# lesson: its start, is reaped only when the next start() runs: almost all the
# lesson: time exactly one zombie waits (never two), a different pid each second. On
# lesson: 3.14 the default start method on Linux becomes forkserver, the
# lesson: forkserver reaps its workers itself, and the zombie is gone.
# lesson.zh: 每次调用 Process.start()，multiprocessing 都会先执行 _cleanup()，
# lesson.zh: 对所有已结束的子进程调用 waitpid(WNOHANG) 把它回收掉。上一轮的子进程
# lesson.zh: 启动后几毫秒就退出了，但要等到下一次 start() 才会被回收，所以几乎任何时刻
# lesson.zh: 都恰好挂着一个僵尸进程（从来不会有两个），而且每秒换一个 pid。到了 3.14，Linux 上的默认
# lesson.zh: 启动方式改成了 forkserver，由 forkserver 自己回收工作进程，这个僵尸也就不见了。
# zombielab: until=before-start#5 versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import time


def pro():
    pass


if __name__ == '__main__':
    while True:
        p = mp.Process(target=pro)
        # The checkpoint is just before start(), a full second after the
        # previous child ended: right after start() it would race the child.
        # checkpoint: before-start
        p.start()
        time.sleep(1)
