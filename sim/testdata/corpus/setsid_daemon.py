# A child starts a new session, as daemons do.
import os

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    before = os.getsid(0)
    sid = os.setsid()
    ok = sid == os.getpid() and os.getsid(0) == sid and os.getpgrp() == sid
    os.write(w, b"%d %d" % (ok, before != sid))
    os._exit(0)
os.waitpid(pid, 0)
ok, changed = os.read(r, 10).split()
print("child leads its session and group:", ok == b"1")
print("session changed:", changed == b"1")
