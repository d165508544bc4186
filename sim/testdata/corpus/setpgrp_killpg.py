# os.setpgrp() in a child puts it in a process group of its own, so the
# parent can signal the whole group with killpg (a pattern for stopping a
# worker and everything it starts).
import os, signal, time
pid = os.fork()
if pid == 0:
    os.setpgrp()
    print("child leads its group:", os.getpgrp() == os.getpid(), flush=True)
    time.sleep(5)
    os._exit(0)
time.sleep(0.2)
print("parent and child groups differ:", os.getpgid(pid) != os.getpgrp())
os.killpg(pid, signal.SIGTERM)
print(os.waitpid(pid, 0)[1] & 0x7f)
try:
    os.setpgrp(1)
except TypeError as e:
    print(e)
