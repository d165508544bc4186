# A repeating timer made of a thread that waits on an Event with a timeout,
# stopped by setting the Event.
import threading

stop = threading.Event()
ticks = []


def every(interval, n):
    while not stop.wait(interval):
        ticks.append(len(ticks) + 1)
        if len(ticks) == n:
            stop.set()


t = threading.Thread(target=every, args=(0.02, 5))
t.start()
t.join()
print("ticks:", ticks, "stopped:", stop.is_set())
