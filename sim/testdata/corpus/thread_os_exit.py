# os._exit in a worker thread ends the whole process at once, with that
# status; the main thread never gets past join().
import os
import threading
import time


def fatal():
    time.sleep(0.05)
    print("worker: fatal error, exiting", flush=True)
    os._exit(2)


threading.Thread(target=fatal).start()
print("main: waiting", flush=True)
for t in threading.enumerate():
    if t is not threading.main_thread():
        t.join()
print("never printed")
