# title: spawn: a fresh interpreter per child, and a resource tracker
# title.zh: spawn：每个子进程都是全新的解释器，外加一个 resource tracker
# lesson: With spawn the child is still a direct child of the parent, so the
# lesson: lazy reaping is the same as with fork: the finished child stays a
# lesson: zombie until the next start(). What changes is the cost: a fresh
# lesson: interpreter needs a few hundred milliseconds to start and re-imports
# lesson: the main file, and the first start() also launches the resource
# lesson: tracker, a second child that lives as long as the parent.
# lesson.zh: 用 spawn 启动时，子进程依然是父进程的直接子进程，所以延迟回收的行为和
# lesson.zh: fork 一样：结束了的子进程会一直是僵尸，直到下一次 start()。变的是开销：
# lesson.zh: 全新的解释器要花几百毫秒才能起来，还要重新 import 主模块；而且第一次
# lesson.zh: start() 还会顺带拉起 resource tracker，这是第二个子进程，和父进程活得一样久。
# zombielab: method=spawn versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import time


def pro():
    pass


if __name__ == '__main__':
    for i in range(3):
        p = mp.Process(target=pro)
        # checkpoint: before-start
        p.start()
        time.sleep(3)
    # checkpoint: end
    print('done')
