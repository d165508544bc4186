# /bin/pwd (coreutils): the working directory (-L and -P alike: the
# simulated file system has no symbolic links but /proc/self).
import os
os.write(1, (os.getcwd() + '\n').encode())
