# versions: 3.8 3.11 3.12 3.13
# A signal handler runs in the main thread, even when another thread sent
# the signal and the main thread is waiting in join() or time.sleep().
import os
import signal
import threading
import time

got = []


def handler(signum, frame):
    got.append(threading.current_thread().name)
    print('handler in', threading.current_thread().name, flush=True)


signal.signal(signal.SIGUSR1, handler)


def sender():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.2)
    print('sender done', flush=True)


t = threading.Thread(target=sender)
t.start()
t.join()
print('joined', got)

t = threading.Thread(target=sender)
t.start()
time.sleep(1)
print('slept', got)
t.join()
