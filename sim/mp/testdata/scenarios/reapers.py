# methods: fork
# Which calls reap a zombie child, and which drop it from _children
# (facts §8g).
import time
import sys
import multiprocessing as mp
from multiprocessing import process
from multiprocessing.connection import wait
from _probe import state, wait_zombie


def f():
    pass


CALLS = [
    ('pid', lambda p: p.pid),
    ('wait', lambda p: wait([p.sentinel])),
    ('exitcode', lambda p: p.exitcode),
    ('repr', lambda p: repr(p)),
    ('is_alive', lambda p: p.is_alive()),
    ('join0', lambda p: p.join(0)),
    ('join', lambda p: p.join()),
    ('close', lambda p: p.close()),
    ('active_children', lambda p: mp.active_children()),
]

if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    for name, call in CALLS:
        p = mp.Process(target=f)
        p.start()
        pid = p.pid
        before = wait_zombie(pid)
        call(p)
        print(name, before, state(pid), p in process._children)
        mp.active_children()
    ps = [mp.Process(target=time.sleep, args=(0.2,)) for i in range(3)]
    for p in ps:
        p.start()
    print([wait_zombie(p.pid) for p in ps], len(process._children))
    print(mp.active_children(), [state(p.pid) for p in ps], [p.exitcode for p in ps])
