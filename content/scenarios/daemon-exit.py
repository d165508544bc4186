# title: Daemon children at exit: SIGTERM for daemons, join() for the rest
# title.zh: 退出时的守护子进程：守护进程挨 SIGTERM，其余的被 join()
# lesson: When the parent ends normally, multiprocessing's exit handler first
# lesson: sends SIGTERM to every daemon child that is still running, then
# lesson: join()s every child that is left, daemon or not, with no timeout. So
# lesson: the daemon dies with exit code -15, the parent waits for the
# lesson: non-daemon child to finish, and nothing is left when it exits. A
# lesson: handler registered before the first start() runs after all this.
# lesson.zh: 父进程正常退出时，multiprocessing 的退出处理函数先给所有还在运行的守护
# lesson.zh: 子进程发 SIGTERM，然后对剩下的每个子进程调用 join()，不管是不是守护进程，
# lesson.zh: 而且不设超时。所以守护进程以退出码 -15 结束，父进程会一直等到非守护
# lesson.zh: 子进程跑完，退出时什么都不会留下。在第一次 start() 之前注册的 atexit
# lesson.zh: 函数，会在这一切之后才执行。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import atexit
import multiprocessing as mp
import time


def quick():
    pass


def forever():
    time.sleep(10)


def short():
    time.sleep(1.0)


procs = []


def report():
    # checkpoint: after-exit-handler
    codes = []
    for p in procs:
        codes.append(p.exitcode)
    print('exit codes', codes)


if __name__ == '__main__':
    atexit.register(report)
    f = mp.Process(target=quick)
    f.start()
    time.sleep(1.0)
    d = mp.Process(target=forever)
    d.daemon = True
    d.start()
    n = mp.Process(target=short)
    n.start()
    procs.append(f)
    procs.append(d)
    procs.append(n)
    time.sleep(0.4)
    # checkpoint: before-exit
    print('main is done')
