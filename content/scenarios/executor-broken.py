# title: A ProcessPoolExecutor whose worker dies: BrokenProcessPool
# title.zh: ProcessPoolExecutor 的工作进程突然死掉：BrokenProcessPool
# lesson: A ProcessPoolExecutor starts its workers (under fork, all of them at
# lesson: the first submit()) and an executor manager thread in the main
# lesson: process. That thread waits on the result pipe and on every worker's
# lesson: sentinel. Here one worker is killed by SIGKILL in the middle of its
# lesson: task: its sentinel becomes readable with no result, so the thread
# lesson: decides the pool is broken. Every pending future fails with
# lesson: BrokenProcessPool, the surviving worker is terminated, and the
# lesson: thread joins (reaps) both workers before it exits. The executor
# lesson: refuses any later submit().
# lesson.zh: ProcessPoolExecutor 会启动工作进程（fork 方式下，第一次 submit() 时全部
# lesson.zh: 启动）以及主进程里的一个 executor manager 线程。这个线程同时等着结果管道
# lesson.zh: 和每个工作进程的 sentinel。这里有一个工作进程在任务中途被 SIGKILL 杀死：
# lesson.zh: 它的 sentinel 变得可读，却没有结果，于是线程判定进程池已经坏了。所有还没
# lesson.zh: 完成的 future 都以 BrokenProcessPool 失败，还活着的工作进程被 terminate，
# lesson.zh: 线程在退出前 join（回收）两个工作进程。之后 executor 拒绝任何 submit()。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(n):
    if n == 0:
        time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(5)
    return n


if __name__ == '__main__':
    executor = ProcessPoolExecutor(max_workers=2)
    futures = [executor.submit(work, n) for n in range(2)]
    # checkpoint: running
    time.sleep(0.1)
    for f in futures:
        try:
            print('result', f.result())
        except BrokenProcessPool as e:
            print('BrokenProcessPool:', e)
    time.sleep(1)
    # checkpoint: broken
    print('workers reaped by the manager thread:', len(futures), 'futures failed')
    try:
        executor.submit(work, 2)
    except BrokenProcessPool as e:
        print('submit refused:', e)
    executor.shutdown()
