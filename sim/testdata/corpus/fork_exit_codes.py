# Each child exits with its own code; the parent collects them in order.
import os

pids = []
for code in (3, 0, 7):
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    pids.append(pid)

for pid in pids:
    _, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status):
        print("child exited with", os.WEXITSTATUS(status))
