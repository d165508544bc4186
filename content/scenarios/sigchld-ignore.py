# title: SIGCHLD set to SIG_IGN: no zombies, but multiprocessing goes blind
# title.zh: 把 SIGCHLD 设为 SIG_IGN：僵尸没了，multiprocessing 却成了瞎子
# lesson: When a process ignores SIGCHLD explicitly, the kernel reaps its
# lesson: children the moment they exit: no zombie ever appears. But
# lesson: multiprocessing's waitpid() then fails with ECHILD, which poll()
# lesson: reads as "still running": exitcode stays None, is_alive() stays True
# lesson: and _children grows by one Process object per iteration, forever.
# lesson.zh: 进程显式忽略 SIGCHLD 之后，子进程一退出内核就直接把它回收了，根本不会
# lesson.zh: 出现僵尸。可 multiprocessing 调用 waitpid() 时只会拿到 ECHILD，poll()
# lesson.zh: 把它当成“还在运行”：exitcode 一直是 None，is_alive() 一直返回 True，
# lesson.zh: _children 每一轮多一个 Process 对象，永远不会变小。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import signal
import time


def pro():
    pass


if __name__ == '__main__':
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    for i in range(3):
        p = mp.Process(target=pro)
        p.start()
        time.sleep(1.5)
        # checkpoint: after-sleep
        time.sleep(0.3)
    print(p.exitcode, p.is_alive(), len(mp.active_children()))
