# /usr/bin/head (coreutils): the first N lines (-n N, -N; default 10), or
# the first N bytes (-c N; -c -N: all but the last N), of stdin or each
# file.
import os, sys

n = 10
nbytes = None
files = []
args = sys.argv[1:]
i = 0
while i < len(args):
    a = args[i]
    if a == '-n' and i + 1 < len(args):
        n = int(args[i + 1])
        i += 2
        continue
    if a == '-c' and i + 1 < len(args):
        nbytes = int(args[i + 1])
        i += 2
        continue
    if a.startswith('-c'):
        nbytes = int(a[2:])
    elif a.startswith('-n'):
        n = int(a[2:])
    elif a.startswith('-') and a[1:].isdigit():
        n = int(a[1:])
    else:
        files.append(a)
    i += 1

def head_bytes(fd):
    data = b''
    while nbytes < 0 or len(data) < nbytes:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    os.write(1, data[:nbytes] if nbytes >= 0 else data[:max(len(data) + nbytes, 0)])

def head(fd):
    if nbytes is not None:
        return head_bytes(fd)
    out = b''
    seen = 0
    while seen < n:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        end = len(chunk)
        for k in range(len(chunk)):
            if chunk[k] == 10:
                seen += 1
                if seen == n:
                    end = k + 1
                    break
        out += chunk[:end]
    os.write(1, out)

if not files:
    head(0)
for name in files:
    head(os.open(name, os.O_RDONLY))
