# /usr/bin/cut (coreutils 9.1, Debian 12): fields (-f LIST with -d DELIM,
# default TAB; -s drops lines without the delimiter), characters (-c LIST)
# or bytes (-b LIST) of each line of stdin or of each file, LIST being
# N, N-M, N- and -M separated by commas; coreutils' messages for a missing
# list, a bad delimiter or field number, or a file it cannot open.
import os, sys

def usage(msg):
    os.write(2, ('cut: ' + msg + "\nTry 'cut --help' for more information.\n").encode())
    sys.exit(1)

mode, spec, delim, only_delimited = None, None, b'\t', False
files = []
args = sys.argv[1:]
i = 0
while i < len(args):
    a = args[i]
    if a in ('-f', '-c', '-b', '-d') or a[:2] in ('-f', '-c', '-b', '-d') and len(a) > 2:
        if len(a) > 2:
            value = a[2:]
        elif i + 1 < len(args):
            i += 1
            value = args[i]
        else:
            usage("option requires an argument -- '%s'" % a[1])
        if a[1] == 'd':
            if len(value.encode()) != 1:
                usage('the delimiter must be a single character')
            delim = value.encode()
        else:
            if mode is not None:
                usage('only one list may be specified')
            mode, spec = a[1], value
    elif a == '-s':
        only_delimited = True
    elif a.startswith('-') and a != '-':
        usage("invalid option -- '%s'" % a[1:2])
    else:
        files.append(a)
    i += 1
if mode is None:
    usage('you must specify a list of bytes, characters, or fields')

def ranges(text):
    out = []
    for part in text.split(','):
        lo, dash, hi = part.partition('-')
        if not (lo or hi) or not (lo.isdigit() or lo == '') or not (hi.isdigit() or hi == ''):
            usage('invalid field value \u2018%s\u2019' % part if mode == 'f' else 'invalid byte/character position \u2018%s\u2019' % part)
        first = int(lo) if lo else 1
        last = int(hi) if hi else (first if not dash else None)
        if first == 0 or last == 0:
            usage('fields are numbered from 1' if mode == 'f' else 'byte/character positions are numbered from 1')
        out.append((first, last))
    return out

wanted = ranges(spec)

def chosen(k):
    return any(first <= k and (last is None or k <= last) for first, last in wanted)

def cut_line(line):
    if mode == 'f':
        if delim not in line:
            return None if only_delimited else line
        parts = line.split(delim)
        return delim.join(p for k, p in enumerate(parts, 1) if chosen(k))
    return bytes(c for k, c in enumerate(line, 1) if chosen(k))

def read_all(fd):
    data = b''
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            return data
        data += chunk

def cut(data):
    out = []
    lines = data.split(b'\n')
    if lines[-1] == b'':
        lines.pop()
    for line in lines:
        r = cut_line(line)
        if r is not None:
            out.append(r + b'\n')
    os.write(1, b''.join(out))

status = 0
for name in files or ['-']:
    try:
        fd = 0 if name == '-' else os.open(name, os.O_RDONLY)
    except OSError as e:
        os.write(2, ('cut: %s: %s\n' % (name, e.strerror)).encode())
        status = 1
        continue
    cut(read_all(fd))
sys.exit(status)
