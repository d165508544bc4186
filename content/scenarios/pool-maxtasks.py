# title: A Pool with maxtasksperchild=1: each worker does one task, then a new one replaces it
# title.zh: maxtasksperchild=1 的进程池：每个工作进程只做一个任务，然后换一个新的
# lesson: With maxtasksperchild=1 a pool worker returns after one task and its
# lesson: process exits. Nobody in your code waits for it: it is reaped by the
# lesson: pool's worker-handler thread, a daemon thread in the main process
# lesson: that sleeps in connection.wait() on every worker's sentinel. When a
# lesson: worker exits, its sentinel becomes readable, the thread wakes and
# lesson: runs _maintain_pool() -> _join_exited_workers(), where
# lesson: worker.exitcode calls waitpid (the zombie is reaped) and
# lesson: worker.join() drops it from _children; then _repopulate_pool()
# lesson: starts a replacement with Process.start(). So each apply() here
# lesson: is served by a new child: p1, then p2, then p3. Leaving the with
# lesson: block calls terminate(): SIGTERM to the idle worker, then join().
# lesson.zh: 设置 maxtasksperchild=1 后，池里的工作进程做完一个任务就返回，进程随之退出。
# lesson.zh: 你的代码里没有谁在等它：回收它的是进程池的 worker-handler 线程——主进程里
# lesson.zh: 的一个守护线程，它在 connection.wait() 里等着每个工作进程的 sentinel。
# lesson.zh: 工作进程一退出，sentinel 变得可读，线程醒来执行 _maintain_pool() ->
# lesson.zh: _join_exited_workers()：worker.exitcode 调用 waitpid（僵尸被回收），
# lesson.zh: worker.join() 把它从 _children 里去掉；然后 _repopulate_pool() 用
# lesson.zh: Process.start() 启动一个替补。所以这里每次 apply() 都由一个新的子进程完成：
# lesson.zh: 先是 p1，然后 p2，再是 p3。离开 with 块时调用 terminate()：给空闲的
# lesson.zh: 工作进程发 SIGTERM，再 join()。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import os
import time


def task(n):
    return n * n, os.getpid()


if __name__ == '__main__':
    with mp.Pool(processes=1, maxtasksperchild=1) as pool:
        # checkpoint: pool-ready
        result, pid = pool.apply(task, (2,))
        print('task 1 ran in pid', pid)
        time.sleep(1)
        # checkpoint: first-replaced
        result, pid = pool.apply(task, (3,))
        print('task 2 ran in pid', pid)
        time.sleep(1)
        # checkpoint: second-replaced
        print('leaving the with block: terminate()')
    # checkpoint: terminated
    print('all workers reaped:', mp.active_children())
