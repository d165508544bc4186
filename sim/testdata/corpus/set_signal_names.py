# Kill workers with different signals and report how each one died, by
# name: signal.Signals turns a number back into its name.
import os
import signal
import time

sigs = [signal.SIGTERM, signal.SIGKILL, signal.SIGHUP, signal.SIGUSR1, signal.SIGALRM]
children = {}
for sig in sigs:
    pid = os.fork()
    if pid == 0:
        time.sleep(5)
        os._exit(0)
    children[pid] = sig

for pid, sig in children.items():
    os.kill(pid, sig)
deaths = set()
for pid in children:
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        num = os.WTERMSIG(status)
        name = signal.Signals(num)
        deaths.add(num)
        print(f"child killed by {name.name} ({num}), str: {name}, repr: {name!r}")
print("signals seen:", deaths)
print("names:", sorted(signal.Signals(n).name for n in deaths))
print(signal.SIGTERM in deaths, signal.SIGTERM == 15, int(signal.SIGKILL))
print("handler:", signal.getsignal(signal.SIGTERM), repr(signal.SIG_IGN))
