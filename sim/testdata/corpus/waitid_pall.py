# waitid reports a child's exit in a structure.
import os

pid = os.fork()
if pid == 0:
    os._exit(123)
info = os.waitid(os.P_ALL, 0, os.WEXITED)
print(type(info).__name__)
print("si_pid is the child:", info.si_pid == pid)
print("si_status:", info.si_status)
print("si_code is CLD_EXITED:", info.si_code == os.CLD_EXITED)
print("si_signo:", info.si_signo)
