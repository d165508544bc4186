# /bin/cat (coreutils src/cat.c): copies its files, or stdin ("-" or no
# argument), to stdout.
import os, sys

def copy(fd):
    while True:
        data = os.read(fd, 65536)
        if not data:
            return
        os.write(1, data)

status = 0
for name in sys.argv[1:] or ['-']:
    if name == '-':
        copy(0)
    else:
        try:
            fd = os.open(name, os.O_RDONLY)
        except OSError as e:
            os.write(2, ('cat: ' + name + ': ' + e.strerror + '\n').encode())
            status = 1
            continue
        try:
            copy(fd)
        except OSError as e:
            os.write(2, ('cat: ' + name + ': ' + e.strerror + '\n').encode())
            status = 1
        os.close(fd)
sys.exit(status)
