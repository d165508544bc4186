# A daemon thread does not keep the program alive: it is killed when the
# main thread ends, in the middle of its loop.
import threading
import time


def heartbeat():
    n = 0
    while True:
        n += 1
        print("beat", n, flush=True)
        time.sleep(0.2)


t = threading.Thread(target=heartbeat, daemon=True)
t.start()
time.sleep(0.5)
print("main exits; daemon alive:", t.is_alive(), t.daemon)
