# versions: 3.8 3.11 3.12 3.13
# threading odds and ends: TIMEOUT_MAX, what a lock's with gives, Thread.run
# called directly, a failing excepthook, and an uncaught exception in the
# main thread, after which the non-daemon thread still finishes (exit 1).
import threading, time, sys
def slow():
    time.sleep(0.1)
    print("worker done", flush=True)
print(threading.TIMEOUT_MAX, threading.stack_size())
with threading.Lock() as x:
    print("enter gives", x)
with threading.RLock() as x:
    print("rlock enter gives", x)
t = threading.Thread(target=lambda: print("run directly in", threading.current_thread().name))
t.run()
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(False))
def badhook(args):
    raise RuntimeError("hook failed")
threading.excepthook = badhook
t = threading.Thread(target=lambda: 1/0)
t.start(); t.join()
print("after bad hook", flush=True)
threading.excepthook = threading.__excepthook__ if hasattr(threading, '__excepthook__') else threading.excepthook
threading.Thread(target=slow).start()
raise ValueError("main fails")
