import subprocess, time


def exited(pid):
    # Wait (at most 10 s) until the child has exited and is a zombie: the
    # waits below are for that, not for a time, so a busy machine prints
    # what a quiet one does.
    for _ in range(1000):
        with open('/proc/%d/stat' % pid) as f:
            if f.read().rsplit(') ', 1)[1][0] == 'Z':
                return
        time.sleep(0.01)


# (1 s: the child must still run when the Popen is dropped, a moment
# later, even on a loaded machine.)
subprocess.Popen(['sleep', '1'])
print('dropped while running:', len(subprocess._active))
first = subprocess._active[0]
exited(first.pid)
print('still listed, returncode', first.returncode)
subprocess.Popen(['sleep', '1'])
print('after the next Popen:', first.returncode, len(subprocess._active))
p = subprocess.Popen(['sleep', '0.1'])
exited(subprocess._active[0].pid)
exited(p.pid)
p = subprocess.Popen(['sleep', '0.1'])
print('rebinding reaps the exited one:', len(subprocess._active))
q = [subprocess.Popen(['true']) for i in range(3)]
for x in q:
    exited(x.pid)
print([x.returncode for x in q], len(subprocess._active))
del q
print('del q:', len(subprocess._active))
