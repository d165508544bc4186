# A Semaphore limits how many threads do something at once.
import threading
import time

slots = threading.Semaphore(2)
lock = threading.Lock()
running = 0
peak = 0


def download(i):
    global running, peak
    with slots:
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with lock:
            running -= 1


threads = [threading.Thread(target=download, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("at most", peak, "at once; now", running)
