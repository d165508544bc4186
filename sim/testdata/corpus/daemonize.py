# The classic daemon recipe: fork, setsid, fork again, chdir to /, umask,
# and report back through a file.
import os
import sys
import time

result = "/tmp/zombielab_daemon_%d" % os.getpid()
pid = os.fork()
if pid > 0:
    os.waitpid(pid, 0)          # the first child exits at once
    time.sleep(0.5)             # give the daemon time to write
    with open(result) as f:
        print(f.read(), end="")
    os.remove(result)
    sys.exit(0)

os.setsid()
if os.fork() > 0:
    os._exit(0)
os.chdir("/")
old_mask = os.umask(0)
with open(result, "w") as f:
    f.write("daemon cwd: %s\n" % os.getcwd())
    f.write("old umask: %o\n" % old_mask)
    f.write("session leader: %s\n" % (os.getsid(0) == os.getpid()))
    f.write("group leader: %s\n" % (os.getpgrp() == os.getpid()))
    f.write("orphaned: %s\n" % (os.getppid() != os.getpid()))
os._exit(0)
