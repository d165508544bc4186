# preexec_fn runs in the child between fork and exec: here it moves the
# child into a process group of its own; an exception in it is reported
# as SubprocessError.
import os
import subprocess

def own_group():
    os.setpgid(0, 0)

p = subprocess.Popen(['sleep', '0.2'], preexec_fn=own_group)
print('child leads its group:', os.getpgid(p.pid) == p.pid)
print('parent group unchanged:', os.getpgid(0) == os.getpgrp())
p.wait()

def fails():
    raise RuntimeError('no')

try:
    subprocess.Popen(['true'], preexec_fn=fails)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
try:
    subprocess.Popen(['no_such_command_zl'], preexec_fn=own_group)
except FileNotFoundError as e:
    print(e.strerror, e.filename)
