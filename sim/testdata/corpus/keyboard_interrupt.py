# What Ctrl-C does to a Python program: SIGINT raises KeyboardInterrupt.
import os
import signal

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
print("handler is the default one:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
