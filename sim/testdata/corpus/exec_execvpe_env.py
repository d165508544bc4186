import os
pid = os.fork()
if pid == 0:
    os.execvpe('sh', ['sh', '-c', 'echo A is $A; exit 2'], {'A': '1', 'PATH': '/usr/bin:/bin'})
print('child status', os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
