# title: Who else reaps: exitcode, is_alive() and active_children()
# title.zh: 还有谁会回收：exitcode、is_alive() 和 active_children()
# lesson: start() is not the only reaper. Reading p.exitcode polls the child
# lesson: and reaps it, but leaves the object in _children. p.is_alive() reaps
# lesson: and also drops the object from _children. mp.active_children() runs
# lesson: _cleanup() and reaps every finished child at once. Here three
# lesson: children end together and wait as zombies until each call reaps them.
# lesson.zh: 回收子进程的不只是 start()。读取 p.exitcode 会 poll 子进程并把它回收，
# lesson.zh: 但对象还留在 _children 里；p.is_alive() 回收之后还会把对象从 _children
# lesson.zh: 里拿掉；mp.active_children() 会执行 _cleanup()，一次性回收所有已结束的子进程。
# lesson.zh: 这里三个子进程差不多同时退出，以僵尸状态等着，直到各自被这些调用回收。
# zombielab: method=fork versions=3.8,3.9,3.10,3.11,3.12,3.13,3.14
import multiprocessing as mp
import time


def nap():
    time.sleep(1.0)


if __name__ == '__main__':
    a = mp.Process(target=nap)
    b = mp.Process(target=nap)
    c = mp.Process(target=nap)
    a.start()
    b.start()
    c.start()
    time.sleep(2.5)
    # checkpoint: three-zombies
    code = a.exitcode
    # checkpoint: after-exitcode
    alive = b.is_alive()
    # checkpoint: after-is-alive
    left = mp.active_children()
    # checkpoint: after-active-children
    print(code, alive, len(left))
