# Nobody handles SIGALRM: the default action ends the process.
import signal
import time

print("setting an alarm", flush=True)
signal.alarm(1)
time.sleep(5)
print("never printed")
