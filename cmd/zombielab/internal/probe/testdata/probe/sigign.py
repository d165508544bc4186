# With SIGCHLD ignored the kernel reaps at once: no zombie, but the Process
# object stays in _children.
import multiprocessing as mp
import signal
import time


def work():
    pass


if __name__ == '__main__':
    mp.set_start_method('fork')
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    p = mp.Process(target=work)
    p.start()
    time.sleep(1.0)
    # checkpoint: vanished
    q = mp.Process(target=work)
    q.start()
    time.sleep(1.0)
    # checkpoint: both-vanished
    print(len(mp.active_children()))
