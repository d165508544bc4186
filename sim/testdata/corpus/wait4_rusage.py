# wait4 also returns the child's resource usage.
import os

pid = os.fork()
if pid == 0:
    total = 0
    for i in range(10000):
        total += i
    os._exit(0)
rpid, status, usage = os.wait4(pid, 0)
print(rpid == pid, status)
print(type(usage).__name__)
print(usage.ru_utime >= 0.0, usage.ru_maxrss > 0)
print(isinstance(usage.ru_stime, float), isinstance(usage.ru_minflt, int))
