# The classic shared counter: four threads each add 2000 under a Lock.
import threading

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected", 4 * 2000, "got", counter)
print("lock free again:", not lock.locked())
