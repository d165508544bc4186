# methods: fork
# At normal exit _exit_function terminates running daemons (-15) and joins
# every other child (facts §5, §8f). The hook below is registered before
# multiprocessing.util is imported, so it runs after _exit_function.
import atexit
import sys
import time
import multiprocessing as mp
from multiprocessing import process
from _probe import wait_zombie

ps = {}


def report():
    print('at exit', sorted((k, p.exitcode) for k, p in ps.items()), len(process._children))


def quick():
    pass


if __name__ == '__main__':
    atexit.register(report)
    mp.set_start_method(sys.argv[1])
    ps['F'] = mp.Process(target=quick)
    ps['D'] = mp.Process(target=time.sleep, args=(10,), daemon=True)
    ps['N'] = mp.Process(target=time.sleep, args=(0.8,))
    ps['F'].start()
    wait_zombie(ps['F'].pid)
    ps['D'].start()  # reaps F
    ps['N'].start()
    print('main returns', len(process._children))
