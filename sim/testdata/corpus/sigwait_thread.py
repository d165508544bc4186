# A dedicated signal thread: block the signals in the main thread before
# starting any thread (threads inherit the mask), then let one thread take
# them synchronously with sigwait instead of running handlers.
import os
import signal
import threading

handled = []


def signal_thread():
    while True:
        sig = signal.sigwait({signal.SIGUSR1, signal.SIGTERM})
        handled.append(sig.name)
        if sig == signal.SIGTERM:
            return


signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1, signal.SIGTERM})
t = threading.Thread(target=signal_thread)
t.start()
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGTERM)
t.join()
print("the signal thread took:", handled)
print("main thread still blocks:", sorted(s.name for s in signal.pthread_sigmask(signal.SIG_BLOCK, [])))
