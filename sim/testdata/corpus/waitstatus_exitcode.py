# waitstatus_to_exitcode turns a wait status into subprocess-style codes.
import os
import signal

codes = []
for action in ("exit 4", "exit 0", "kill"):
    pid = os.fork()
    if pid == 0:
        if action == "kill":
            os.kill(os.getpid(), signal.SIGUSR1)
        os._exit(int(action.split()[1]))
    _, status = os.waitpid(pid, 0)
    codes.append(os.waitstatus_to_exitcode(status))
print(codes)
try:
    os.waitstatus_to_exitcode(0x7f)
except ValueError as e:
    print("ValueError:", e)
