# Poll a child with WNOHANG until it is done.
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.8)
    os._exit(5)

first = os.waitpid(pid, os.WNOHANG)
print("first poll:", first)
while True:
    rpid, status = os.waitpid(pid, os.WNOHANG)
    if rpid != 0:
        break
    time.sleep(0.05)
print("finally reaped the child:", rpid == pid, "code", os.WEXITSTATUS(status))
