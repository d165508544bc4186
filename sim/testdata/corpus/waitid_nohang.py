# waitid with WNOHANG returns None while the child runs.
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    os._exit(0)
print(os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG))
info = os.waitid(os.P_PID, pid, os.WEXITED)
print("killed?", info.si_code == os.CLD_KILLED, "exited?", info.si_code == os.CLD_EXITED)
try:
    os.waitid(os.P_ALL, 0, os.WEXITED)
except ChildProcessError as e:
    print(e)
