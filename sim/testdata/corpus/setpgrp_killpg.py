# os.setpgrp() in a child puts it in a process group of its own, so the
# parent can signal the whole group with killpg (a pattern for stopping a
# worker and everything it starts).
import os, signal, time
ready_r, ready_w = os.pipe()
pid = os.fork()
if pid == 0:
    os.setpgrp()
    print("child leads its group:", os.getpgrp() == os.getpid(), flush=True)
    os.write(ready_w, b"x")  # the parent goes on only now: no race on a busy machine
    time.sleep(5)
    os._exit(0)
os.read(ready_r, 1)
print("parent and child groups differ:", os.getpgid(pid) != os.getpgrp())
os.killpg(pid, signal.SIGTERM)
print(os.waitpid(pid, 0)[1] & 0x7f)
try:
    os.setpgrp(1)
except TypeError as e:
    print(e)
