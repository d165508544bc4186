# /usr/bin/tail (coreutils 9.1, Debian 12): the last N lines (-n N, -N;
# default 10), or everything from line N on (-n +N), of stdin or of each
# file (with ==> NAME <== headers when there are several), and coreutils'
# messages for a bad count or a file it cannot open.
import os, sys

def fail(msg):
    os.write(2, ('tail: ' + msg + '\n').encode())
    sys.exit(1)

def count(text):
    t = text[1:] if text[:1] in '+-' else text
    if not t.isdigit():
        fail('invalid number of lines: \u2018%s\u2019' % text)
    return text.startswith('+'), int(t)

from_start, n = False, 10
files = []
args = sys.argv[1:]
i = 0
while i < len(args):
    a = args[i]
    if a == '-n':
        if i + 1 == len(args):
            fail("option requires an argument -- 'n'\nTry 'tail --help' for more information.")
        from_start, n = count(args[i + 1])
        i += 2
        continue
    if a.startswith('-n'):
        from_start, n = count(a[2:])
    elif a.startswith('-') and a[1:].isdigit():
        n = int(a[1:])
    elif a.startswith('+') and a[1:].isdigit() and not files:
        from_start, n = True, int(a[1:])
    elif a.startswith('-') and a != '-':
        fail("invalid option -- '%s'\nTry 'tail --help' for more information." % a[1:2])
    else:
        files.append(a)
    i += 1

def read_all(fd):
    data = b''
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return data
        data += chunk

def tail(data):
    lines = data.split(b'\n')
    last = lines.pop()  # what follows the last newline ('' if it ends one)
    lines = [l + b'\n' for l in lines] + ([last] if last else [])
    if from_start:
        return b''.join(lines[max(n, 1) - 1:])
    return b''.join(lines[len(lines) - n:] if n else [])

status = 0
if not files:
    os.write(1, tail(read_all(0)))
for k, name in enumerate(files):
    try:
        fd = 0 if name == '-' else os.open(name, os.O_RDONLY)
    except OSError as e:
        os.write(2, ("tail: cannot open '%s' for reading: %s\n" % (name, e.strerror)).encode())
        status = 1
        continue
    if len(files) > 1:
        os.write(1, ('%s==> %s <==\n' % ('\n' if k else '', 'standard input' if name == '-' else name)).encode())
    os.write(1, tail(read_all(fd)))
sys.exit(status)
