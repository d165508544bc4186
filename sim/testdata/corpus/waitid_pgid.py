# waitid by process group: only children in that group.
import os
import time

r, w = os.pipe()
loner = os.fork()
if loner == 0:
    os.setpgid(0, 0)
    time.sleep(0.5)
    os._exit(9)
kid = os.fork()
if kid == 0:
    time.sleep(0.1)
    os._exit(4)
time.sleep(0.2)
info = os.waitid(os.P_PGID, os.getpgid(0), os.WEXITED)
print("from my group:", info.si_pid == kid, info.si_status)
info = os.waitid(os.P_PGID, loner, os.WEXITED)
print("from the loner's group:", info.si_pid == loner, info.si_status)
try:
    os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG)
except ChildProcessError as e:
    print(e)
