# Children made by subprocess, os.system, os.posix_spawn and os.spawnv count
# in main's pN sequence; a Python child's own Popen child is pN.M; a
# shell's children (not Python) are listed as pN.? while the shell lives
# (an orphan of it is not seen). A Popen whose exec fails made a child too
# (reaped before Popen raises): it takes p1.
import os
import subprocess
import sys
import time

try:
    subprocess.Popen(['no-such-program-zl'])
except FileNotFoundError:
    pass
os.system('true')
a = subprocess.Popen(['sleep', '0.2'])
b = os.posix_spawn('/bin/sleep', ['sleep', '5'], os.environ)
c = os.spawnv(os.P_NOWAIT, '/bin/sleep', ['sleep', '5'])
d = subprocess.Popen([sys.executable, '-c', 'import subprocess, time; subprocess.Popen(["sleep", "5"]); time.sleep(5)'])
e = subprocess.Popen('sleep 5', shell=True)
time.sleep(2.0)
# checkpoint: all
pids = [b, c, d.pid, e.pid]
killed = [os.kill(pid, 9) for pid in pids]
reaped = [os.waitpid(pid, 0) for pid in pids]
a.wait()
# checkpoint: reaped
time.sleep(0.1)
