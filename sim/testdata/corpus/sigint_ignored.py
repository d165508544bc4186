# Ignore Ctrl-C in a critical section.
import os
import signal

old = signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print("survived SIGINT")
signal.signal(signal.SIGINT, old)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("and now it interrupts again")
