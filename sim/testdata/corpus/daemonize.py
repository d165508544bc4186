# The classic daemon recipe: fork, setsid, fork again, chdir to /, umask,
# and report back through a file.
import os
import sys
import time

result = "/tmp/zombielab_daemon_%d" % os.getpid()
pid = os.fork()
if pid > 0:
    os.waitpid(pid, 0)          # the first child exits at once
    # The daemon renames its report into place when it is complete: wait
    # for that (at most 10 s), not for a time a loaded machine may need.
    for _ in range(1000):
        if os.path.exists(result):
            break
        time.sleep(0.01)
    with open(result) as f:
        print(f.read(), end="")
    os.remove(result)
    sys.exit(0)

os.setsid()
if os.fork() > 0:
    os._exit(0)
os.chdir("/")
old_mask = os.umask(0)
with open(result + ".part", "w") as f:
    f.write("daemon cwd: %s\n" % os.getcwd())
    f.write("old umask: %o\n" % old_mask)
    f.write("session leader: %s\n" % (os.getsid(0) == os.getpid()))
    f.write("group leader: %s\n" % (os.getpgrp() == os.getpid()))
    f.write("orphaned: %s\n" % (os.getppid() != os.getpid()))
os.rename(result + ".part", result)
os._exit(0)
