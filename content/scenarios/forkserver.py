# title: forkserver: no lingering zombie, two helper processes
# title.zh: forkserver：没有滞留的僵尸，多了两个辅助进程
# lesson: With forkserver (the Linux default from 3.14) the workers are forked
# lesson: by the forkserver process, not by the parent. The forkserver reaps
# lesson: each worker within milliseconds of its exit and reports the status
# lesson: over a pipe, so no zombie lingers under the parent. Only the Python
# lesson: bookkeeping stays lazy: the finished Process object stays in
# lesson: _children until the next start() reads its status.
# lesson.zh: 用 forkserver（3.14 起 Linux 上的默认方式）时，工作进程是 forkserver 进程
# lesson.zh: fork 出来的，不是父进程。forkserver 在工作进程退出后几毫秒内就把它回收，
# lesson.zh: 再通过管道把退出状态告诉父进程，所以父进程底下不会留僵尸。只有 Python
# lesson.zh: 这边的记账还是延迟的：已结束的 Process 对象会留在 _children 里，
# lesson.zh: 直到下一次 start() 读取它的状态。
# zombielab: method=forkserver versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import time


def pro():
    pass


if __name__ == '__main__':
    for i in range(3):
        p = mp.Process(target=pro)
        # checkpoint: before-start
        p.start()
        time.sleep(1.5)
    # checkpoint: end
    print('done')
