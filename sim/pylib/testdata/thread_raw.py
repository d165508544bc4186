# versions: 3.8 3.11 3.12 3.13
# _thread.start_new_thread: current_thread() there is a dummy thread (which
# 3.13 forgets when the thread ends), an exception is "ignored in thread
# started by"; thread names from targets that are builtins, partials and
# bound methods.
import _thread
import functools
import threading
import time


def f(a, b=0):
    me = threading.current_thread()
    print("in _thread", a, b, me.name, me.daemon, flush=True)


_thread.start_new_thread(f, (1,), {'b': 2})
time.sleep(0.1)
print(threading.active_count())


def g(x):
    print("g", x)


class C:
    def m(self):
        print("method")


for target in (print, functools.partial(g, 5), C().m):
    t = threading.Thread(target=target)
    print(t.name)
    t.start()
    t.join()
# The thread says it is about to fail; the main thread then gives it time
# to print, so that a loaded machine does not end the run first.
started = _thread.allocate_lock()
started.acquire()


def fail():
    started.release()
    1 / 0


_thread.start_new_thread(fail, ())
started.acquire()
time.sleep(0.5)
print("end")
