# methods: fork spawn forkserver
# Exit codes, helper processes and terminate() for each start method; the
# top-level print shows where the main file is re-imported.
import os
import re
import sys
import time
import multiprocessing as mp
from multiprocessing import process
from _probe import kids


def f(code):
    sys.exit(code)


def mark_and_sleep(path):
    open(path, 'w').close()
    time.sleep(5)


print('top level runs as', __name__, flush=True)
if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    print(mp.get_start_method(), mp.parent_process())
    for code in [None, 3, 'bye']:
        p = mp.Process(target=f, args=(code,))
        p.start()
        p.join()
        print(code, p.exitcode, len(process._children), kids(os.getpid()))
    marker = '/tmp/zombielab-mp-%d' % os.getpid()
    p = mp.Process(target=mark_and_sleep, args=(marker,), daemon=True)
    p.start()
    while not os.path.exists(marker):  # the child is in its target
        time.sleep(0.005)
    os.unlink(marker)
    print('sleeping', p.is_alive(), [k for k in kids(os.getpid()) if k[0] != 'worker'])
    p.terminate()
    p.join()
    print('terminated', p.exitcode, re.sub(r' pid=\d+ parent=\d+', '', repr(p)))
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print('closed:', e)
