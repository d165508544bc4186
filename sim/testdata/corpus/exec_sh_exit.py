import os
pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 3'])
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
