# The scenario SIGKILLs both its parent (the launcher) and its grandparent
# (the guard), then a child calls setsid() and sleeps with main. Only the
# run's cgroup (or, without one, the environment marker) still finds them.
import os
import time


def parent_of(pid):
    with open('/proc/%d/stat' % pid, 'rb') as f:
        data = f.read()
    return int(data[data.rindex(b')') + 2:].split()[1])


launcher = os.getppid()
guard = parent_of(launcher)
os.kill(guard, 9)
os.kill(launcher, 9)
if os.fork() == 0:
    os.setsid()
    os.write(1, b'escapee %d\n' % os.getpid())
    time.sleep(1000)
os.write(1, b'main %d\ndir %s\n' % (os.getpid(), os.environ['ZL_DIR'].encode()))
time.sleep(1000)
