import os
with os.popen('echo one; echo two') as f:
    for line in f.readlines():
        print('got', line.strip())
