# sys.exit in the main thread still waits for a non-daemon thread to
# finish; the exit status is the one sys.exit gave.
import sys
import threading
import time


def slow():
    time.sleep(0.2)
    print("worker finished after main called sys.exit", flush=True)


threading.Thread(target=slow).start()
print("main calls sys.exit(4)", flush=True)
sys.exit(4)
