# versions: 3.8 3.11 3.12 3.13
# A signal handler runs in the main thread, even when another thread sent
# the signal and the main thread is waiting in join() or time.sleep(); an
# interval timer's SIGALRM interrupts a lock wait (join, Event.wait,
# acquire with a timeout), runs its handler, and the wait goes on.
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
time.sleep(2)  # the signal comes after 0.05 s; 2 s leaves room on a busy machine
print('slept', got)
t.join()

signal.signal(signal.SIGALRM, handler)
t = threading.Thread(target=lambda: time.sleep(0.3))
t.start()
signal.setitimer(signal.ITIMER_REAL, 0.1)
t.join()
print('alarm while joining', got)
ev = threading.Event()
signal.alarm(1)
print('event wait', ev.wait(1.5), got)
ticks = []


def tick(signum, frame):
    # Four ticks, then the timer stops: the count does not depend on how
    # fast a busy machine runs the handlers.
    ticks.append(signum)
    handler(signum, frame)
    if len(ticks) == 4:
        signal.setitimer(signal.ITIMER_REAL, 0)


signal.signal(signal.SIGALRM, tick)
lock = threading.Lock()
lock.acquire()
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
print('acquire timeout', lock.acquire(timeout=2.0), len(got))


def not_main():
    try:
        signal.signal(signal.SIGUSR2, signal.SIG_IGN)
    except ValueError as e:
        print('ValueError:', e)
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        print('ValueError:', e)


t = threading.Thread(target=not_main)
t.start()
t.join()
print(signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
