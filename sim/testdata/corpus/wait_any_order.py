# os.wait() returns whichever child finishes; sort the results to print them.
import os
import time

results = {}
for n in range(4):
    pid = os.fork()
    if pid == 0:
        time.sleep(0.05 * (4 - n))
        os._exit(10 + n)
    results[pid] = None

while True:
    try:
        pid, status = os.wait()
    except ChildProcessError:
        break
    results[pid] = os.WEXITSTATUS(status)

print(sorted(results.values()))
print("all reaped:", all(v is not None for v in results.values()))
