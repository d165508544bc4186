import os
print(os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'exit 6'))
pid = os.spawnlp(os.P_NOWAIT, 'true', 'true')
print(os.waitpid(pid, 0)[1])
