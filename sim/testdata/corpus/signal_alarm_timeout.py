# Turn SIGALRM into an exception to time out a slow loop.
import signal
import time

class Timeout(Exception):
    pass

def raise_timeout(signum, frame):
    raise Timeout("took too long")

signal.signal(signal.SIGALRM, raise_timeout)
signal.alarm(1)
count = 0
try:
    while True:
        time.sleep(0.25)
        count += 1
except Timeout as e:
    print("stopped:", e)
print("slept at least three times:", count >= 3)
