import os
pid = os.fork()
if pid == 0:
    os.execlp('echo', 'echo', 'child says hello')
_, status = os.waitpid(pid, 0)
print('child exit code', os.WEXITSTATUS(status))
