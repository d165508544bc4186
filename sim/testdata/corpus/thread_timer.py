# threading.Timer: a function run once after a delay, and a timer
# cancelled before it fires.
import threading
import time

fired = []
start = time.monotonic()
t1 = threading.Timer(0.1, lambda: fired.append("first"))
t2 = threading.Timer(0.3, lambda: fired.append("second"))
t1.start()
t2.start()
time.sleep(0.2)
t2.cancel()
t1.join()
t2.join()
print("fired:", fired)
print("t2 finished flag:", t2.finished.is_set())
print("took at least 0.2 s:", time.monotonic() - start >= 0.2)
print("timer is a Thread:", isinstance(t1, threading.Thread))
