# An executable text file without #!: execve fails with ENOEXEC (CPython's
# os.execv and subprocess raise), but the shell runs it as a script.
import os
import subprocess

path = '/tmp/zombielab_corpus_noshebang'
with open(path, 'w') as f:
    f.write('echo "run by the shell, argument $1"\nexit 7\n')
os.chmod(path, 0o755)
try:
    subprocess.run([path, 'one'])
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
pid = os.fork()
if pid == 0:
    try:
        os.execv(path, [path, 'two'])
    except OSError as e:
        print('child:', e.strerror, flush=True)
        os._exit(9)
print('child exit', os.waitpid(pid, 0)[1] >> 8)
status = os.system(path + ' three')
print('system exit', status >> 8)
os.remove(path)
