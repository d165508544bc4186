# Signal handlers always run in the main thread, whichever thread is busy.
import os
import signal
import threading
import time

handled = threading.Event()


def on_usr1(signum, frame):
    print("handler in", threading.current_thread().name, flush=True)
    handled.set()


signal.signal(signal.SIGUSR1, on_usr1)


def worker():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    handled.wait()
    print("worker saw the handler run", flush=True)


t = threading.Thread(target=worker)
t.start()
t.join()
print("done")
