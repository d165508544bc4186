# methods:
# (none: CPython 3.14 cannot run here.) Run by TestModel314 only: the 3.14
# branches of the model on CPython 3.13 reporting 3.14 (facts §1, §4).
import atexit
import os
import sys
import time
import multiprocessing as mp
from multiprocessing import process
from _probe import kids, state

print('top level runs as', __name__, flush=True)


def report():
    # Registered before multiprocessing.util is imported: runs after
    # _exit_function and the tracker's shutdown hook.
    from multiprocessing import resource_tracker
    rt = resource_tracker._resource_tracker
    print('at exit: tracker reaped', rt._pid is None, rt._exitcode, flush=True)


def quick():
    pass


def mark_and_sleep(path):
    open(path, 'w').close()
    time.sleep(10)


def ppid_of(pid):
    with open('/proc/%d/stat' % pid) as f:
        return int(f.read().rsplit(') ', 1)[1].split()[1])


if __name__ == '__main__':
    atexit.register(report)
    print(tuple(sys.version_info[:2]), mp.get_start_method(allow_none=True), mp.get_all_start_methods())
    for i in range(3):
        p = mp.Process(target=quick)
        p.start()
        pid = p.pid
        while state(pid) != 'gone':  # the fork server reaps it, not us
            time.sleep(0.005)
        print(i, len(process._children), kids(os.getpid()), flush=True)
    marker = '/tmp/zombielab-mp314-%d' % os.getpid()
    p = mp.Process(target=mark_and_sleep, args=(marker,))
    p.start()
    while not os.path.exists(marker):
        time.sleep(0.005)
    os.unlink(marker)
    from multiprocessing import forkserver
    print('worker parent is the fork server:', ppid_of(p.pid) == forkserver._forkserver._forkserver_pid)
    p.interrupt()
    p.join()
    print('interrupted', p.exitcode, flush=True)
