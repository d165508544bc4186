# methods: fork spawn
# How a child ends: sys.exit() is 1 on 3.8 and 0 later; a fork child runs
# user atexit handlers only from 3.13 (facts §1, §3).
import atexit
import os
import sys
import multiprocessing as mp


def bye():
    print('child atexit handler ran')
    sys.stdout.flush()


def child(how):
    atexit.register(bye)
    parent = mp.parent_process()
    print('child of', parent.name, parent.pid == os.getppid(), parent.is_alive())
    sys.stdout.flush()
    if how == 'exit()':
        sys.exit()
    if how == 'raise':
        raise KeyError('boom')
    if how == '_exit':
        os._exit(5)


if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    print(mp.parent_process(), mp.current_process().name)
    for how in ['return', 'exit()', 'raise', '_exit']:
        p = mp.Process(target=child, args=(how,))
        p.start()
        p.join()
        print(how, p.exitcode)
        sys.stdout.flush()
