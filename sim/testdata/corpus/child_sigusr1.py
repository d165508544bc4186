# The child tells the parent it has finished its setup with SIGUSR1.
import os
import signal
import time

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
pid = os.fork()
if pid == 0:
    time.sleep(0.1)
    os.kill(os.getppid(), signal.SIGUSR1)
    os._exit(0)
while not got:
    signal.pause()
os.waitpid(pid, 0)
print("parent: child signalled", signal.Signals(got[0]).name)
