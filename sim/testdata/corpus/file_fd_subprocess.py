# A file opened by path lends its descriptor: subprocess's stdout=f (and
# stderr=STDOUT), a forked child writing to f.fileno(), os.dup2 onto fd 1.
import os, subprocess, sys
path = "/tmp/zl_fd_%d.txt" % os.getpid()
with open(path, 'w') as f:
    fd = f.fileno()
    print('fd is an int >= 3:', isinstance(fd, int) and fd >= 3)
    subprocess.run(['echo', 'from echo'], stdout=f)
    subprocess.run('echo from sh; echo err >&2', shell=True, stdout=f, stderr=subprocess.STDOUT)
    pid = os.fork()
    if pid == 0:
        os.write(fd, b'from the child\n')
        os._exit(0)
    os.waitpid(pid, 0)
with open(path) as f:
    print(f.read(), end='')
with open(path, 'a') as f:
    saved = os.dup(1)
    os.dup2(f.fileno(), 1)
    print('through fd 1', flush=True)
    os.dup2(saved, 1)
    os.close(saved)
print(open(path).read().splitlines()[-1])
f = open(path)
f.close()
try:
    f.fileno()
except ValueError as e:
    print('ValueError', e)
os.remove(path)
