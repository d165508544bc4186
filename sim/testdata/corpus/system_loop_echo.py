import os, sys
for i in range(3):
    sys.stdout.flush()
    os.system('echo tick %d' % i)
print('done')
