# Put a child in its own process group.
import os

print("getpgrp == getpgid(0):", os.getpgrp() == os.getpgid(0))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)
    os.write(w, b"x")
    os._exit(0)
os.read(r, 1)
print("child leads its own group:", os.getpgid(pid) == pid)
print("we stay in ours:", os.getpgid(0) != pid)
os.waitpid(pid, 0)
