import os
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'exit 3'], os.environ)
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
pid = os.posix_spawnp('true', ['true'], os.environ)
print(os.waitpid(pid, 0)[1])
