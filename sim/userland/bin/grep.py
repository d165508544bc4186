# /bin/grep (GNU grep 3.8) for the patterns programs pipe ps into: the
# pattern is matched as a fixed string unless it uses regular-expression
# characters, of which ^ and $ anchors and . are understood; -v, -i, -c,
# -q, -E and -F. Reads its files or stdin; status 0 if a line matched, 1 if
# none, 2 on an error.
import os, sys

def lines_of(fd):
    data = b''
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    text = data.decode()
    if not text:
        return []
    parts = text.split('\n')
    if parts[-1] == '':
        parts = parts[:-1]
    return parts

def match_at(pat, s, i):
    k = 0
    while k < len(pat):
        if pat[k] == '$' and k == len(pat) - 1:
            return i == len(s)
        if i >= len(s):
            return False
        if pat[k] != '.' and pat[k] != s[i]:
            return False
        k += 1
        i += 1
    return True

def matches(pat, line):
    if pat.startswith('^'):
        return match_at(pat[1:], line, 0)
    for i in range(len(line) + 1):
        if match_at(pat, line, i):
            return True
    return False

invert = ignore = count = quiet = False
args = []
for a in sys.argv[1:]:
    if a.startswith('-') and len(a) > 1 and not args:
        for c in a[1:]:
            if c == 'v':
                invert = True
            elif c == 'i':
                ignore = True
            elif c == 'c':
                count = True
            elif c == 'q':
                quiet = True
    else:
        args.append(a)
if not args:
    os.write(2, b"Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n")
    sys.exit(2)
pat = args[0]
if ignore:
    pat = pat.lower()
files = args[1:]
status = 1
found = []
sources = files or ['-']
for name in sources:
    if name == '-':
        lines = lines_of(0)
    else:
        try:
            fd = os.open(name, os.O_RDONLY)
        except OSError as e:
            os.write(2, ('grep: ' + name + ': ' + e.strerror + '\n').encode())
            status = 2
            continue
        lines = lines_of(fd)
        os.close(fd)
    n = 0
    for line in lines:
        hit = matches(pat, line.lower() if ignore else line)
        if hit != invert:
            n += 1
            if not count and not quiet:
                found.append((name + ':' if len(sources) > 1 else '') + line)
    if count:
        found.append((name + ':' if len(sources) > 1 else '') + str(n))
    if n and status != 2:
        status = 0
if found and not quiet:
    os.write(1, ('\n'.join(found) + '\n').encode())
sys.exit(status)
