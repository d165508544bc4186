# versions: 3.8 3.11 3.12 3.13
# At exit the main thread joins every non-daemon thread
# (threading._shutdown) before the atexit functions run; a daemon thread
# still running dies with the process.
import atexit
import sys
import threading
import time


def slow():
    time.sleep(0.1)
    print('non-daemon thread done', threading.active_count())


def forever():
    threading.Event().wait()
    print('never printed')


atexit.register(lambda: print('atexit runs after the join', threading.active_count()))
threading.Thread(target=slow).start()
threading.Thread(target=forever, daemon=True).start()
print('main ends', threading.active_count(), sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
