# A handled SIGALRM in the middle of sleep: the handler runs, and the sleep
# goes on to its end (PEP 475).
import signal
import time

events = []
signal.signal(signal.SIGALRM, lambda s, f: events.append(("alarm", time.monotonic() - start >= 1.0)))
start = time.monotonic()
signal.alarm(1)
time.sleep(2)
events.append(("woke", time.monotonic() - start >= 2.0))
print(events)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(10), signal.alarm(0))
