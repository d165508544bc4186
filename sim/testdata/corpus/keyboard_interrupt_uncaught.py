# Nobody catches Ctrl-C: Python dies *by* SIGINT (status -2 for a shell: 130).
import os
import signal

print("working", flush=True)
os.kill(os.getpid(), signal.SIGINT)
print("not reached")
