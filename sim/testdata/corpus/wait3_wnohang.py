# wait3 with WNOHANG while the child still runs.
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    os._exit(2)
print(os.wait3(os.WNOHANG)[:2])
time.sleep(0.6)
rpid, status, ru = os.wait3(os.WNOHANG)
print(rpid == pid, os.WEXITSTATUS(status), ru.ru_maxrss > 0)
