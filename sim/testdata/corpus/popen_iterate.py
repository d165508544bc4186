import os
for line in os.popen('echo a; echo b'):
    print(line, end='')
