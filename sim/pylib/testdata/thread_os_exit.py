# versions: 3.8 3.11 3.12 3.13
# os._exit in a thread ends the whole process at once: the main thread
# waiting in join() never prints again, atexit functions do not run.
import atexit
import os
import threading
import time

atexit.register(print, 'atexit never runs')


def leave():
    time.sleep(0.05)
    print('thread calls os._exit(3)', flush=True)
    os._exit(3)


t = threading.Thread(target=leave)
t.start()
print('main joins', flush=True)
t.join()
print('never printed')
