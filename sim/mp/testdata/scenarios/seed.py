# methods: fork
# The seed loop: one zombie at a time, reaped by the next start().
import sys
import multiprocessing as mp
from multiprocessing import process
from _probe import state, wait_zombie


def f():
    pass


if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    pids = []
    for i in range(3):
        p = mp.Process(target=f)
        p.start()
        pids.append(p.pid)
        wait_zombie(p.pid)
        # CPython frees the previous Process in _cleanup(), closing its
        # sentinel pipe, so the fd numbers are reused.
        print(i, p.sentinel, len(process._children), [state(q) for q in pids])
    print('active', len(mp.active_children()), [state(q) for q in pids])
