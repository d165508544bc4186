# Count my zombie children by scanning /proc, the way ps does.
import os
import time

kids = []
for _ in range(3):
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    kids.append(pid)
for pid in kids:
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped: no race with a sleep

def my_zombies():
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().split()
        except (FileNotFoundError, ProcessLookupError):
            # The process ended between listdir and the read (on a busy
            # machine the read itself can fail with ESRCH).
            continue
        if int(fields[3]) == os.getpid() and fields[2] == "Z":
            found.append(int(entry))
    return sorted(found)

print("zombies are my children:", my_zombies() == sorted(kids))
os.waitpid(kids[0], 0)
print("after reaping one:", len(my_zombies()))
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
print("after reaping all:", len(my_zombies()))
