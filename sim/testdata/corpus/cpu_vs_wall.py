# A zombie still answers kill(pid, 0); sleeping costs wall time, not CPU.
import os, time
pid = os.fork()
if pid == 0:
    os._exit(0)
time.sleep(0.2)
os.kill(pid, 0)
print("a zombie still takes signal 0")
os.waitpid(pid, 0)
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print("after reaping:", e)
cpu0, wall0 = time.process_time(), time.perf_counter()
time.sleep(0.5)
print("sleeping costs no CPU:", time.process_time() - cpu0 < 0.1, time.perf_counter() - wall0 >= 0.5)
n = 0
for i in range(200000):
    n += i
print("a loop costs CPU:", time.process_time() - cpu0 > 0.0)
