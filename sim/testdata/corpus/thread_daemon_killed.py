# A daemon thread does not keep the program alive: it is killed when the
# main thread ends, in the middle of its loop.
import threading
import time

beats = threading.Semaphore(0)


def heartbeat():
    n = 0
    while True:
        n += 1
        print("beat", n, flush=True)
        beats.release()
        # After the third beat it sleeps for an hour: the main thread's end
        # kills it there, however busy the machine is.
        time.sleep(0.2 if n < 3 else 3600)


t = threading.Thread(target=heartbeat, daemon=True)
t.start()
for _ in range(3):
    beats.acquire()
print("main exits; daemon alive:", t.is_alive(), t.daemon)
