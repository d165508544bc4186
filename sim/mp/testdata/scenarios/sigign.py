# methods: fork spawn forkserver
# SIGCHLD set to SIG_IGN: no zombies, but fork and spawn lose the exit codes
# and _children grows; forkserver is unaffected (facts §8d).
import signal
import sys
import multiprocessing as mp
from multiprocessing import process


def f(code):
    sys.exit(code)


if __name__ == '__main__':
    mp.set_start_method(sys.argv[1])
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    ps = []
    for i in range(3):
        p = mp.Process(target=f, args=(i,))
        p.start()
        ps.append(p)
        if sys.argv[1] != 'forkserver':  # there it races with the workers' exits
            print(i, len(process._children))
    for p in ps:
        p.join()  # fork, spawn: waitpid(pid, 0) waits for the exit, then ECHILD
    print([p.exitcode for p in ps], [p.is_alive() for p in ps])
    print(len(mp.active_children()), len(process._children))
    try:
        ps[1].close()
        print('closed')
    except ValueError as e:
        print('ValueError:', e)
