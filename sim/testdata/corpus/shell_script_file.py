# A shell script written by the program, run with sh and, once executable,
# directly (#!/bin/sh); $0, $#, shift and the exit status.
import os
import subprocess

path = '/tmp/zombielab_corpus_script.sh'
with open(path, 'w') as f:
    f.write('#!/bin/sh\n'
            'echo "running $(printf x) with $# arguments"\n'
            'first=$1\n'
            'shift\n'
            'echo "first=$first rest=$*"\n'
            'exit $#\n')
r = subprocess.run(['sh', path, 'a', 'b', 'c'], capture_output=True, text=True)
print(r.returncode, r.stdout.splitlines()[-1])
try:
    subprocess.run([path, 'x'])
except PermissionError as e:
    print('not executable yet:', e.strerror)
os.chmod(path, 0o755)
r = subprocess.run([path, 'x', 'y'], capture_output=True, text=True)
print(r.returncode, r.stdout.splitlines()[-1])
os.remove(path)
