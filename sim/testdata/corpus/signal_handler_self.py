# Install a handler and send yourself the signal.
import os
import signal

def handler(signum, frame):
    print("caught", signal.Signals(signum).name)

signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after the handler")
old = signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print("the old handler was ours:", old is handler)
