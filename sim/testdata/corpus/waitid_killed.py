# waitid tells killed from exited with si_code.
import os
import signal
import time

pid = os.fork()
if pid == 0:
    time.sleep(5)
    os._exit(0)
os.kill(pid, signal.SIGKILL)
info = os.waitid(os.P_PID, pid, os.WEXITED)
print("CLD_KILLED:", info.si_code == os.CLD_KILLED, "status is the signal:", info.si_status == signal.SIGKILL)
print(os.CLD_EXITED, os.CLD_KILLED, os.CLD_DUMPED, os.P_PID, os.P_PGID, os.P_ALL)
