# /usr/bin/tr (coreutils 9.1, Debian 12): translate SET1 to SET2 (the last
# character of SET2 repeated as needed), delete (-d) or squeeze repeats
# (-s, of SET2 after translating, else of SET1) on stdin; sets take
# ranges (a-z) and the escapes \n, \t, \\; coreutils' missing-operand
# messages.
import os, sys

def usage(msg):
    os.write(2, ('tr: ' + msg + "\nTry 'tr --help' for more information.\n").encode())
    sys.exit(1)

delete = squeeze = False
sets = []
for a in sys.argv[1:]:
    if a.startswith('-') and len(a) > 1 and not sets and set(a[1:]) <= set('ds'):
        delete = delete or 'd' in a
        squeeze = squeeze or 's' in a
    else:
        sets.append(a)

def expand(text):
    chars = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            c = {'n': '\n', 't': '\t', '\\': '\\', 'r': '\r'}.get(text[i + 1], text[i + 1])
            i += 1
        if i + 2 < len(text) and text[i + 1] == '-':
            for k in range(ord(c), ord(text[i + 2]) + 1):
                chars.append(chr(k))
            i += 3
            continue
        chars.append(c)
        i += 1
    return chars

if not sets:
    usage('missing operand')
need = 1 if delete != squeeze or (squeeze and not delete and len(sets) == 1) else 2
if delete and squeeze:
    need = 2
if len(sets) < need:
    if need == 2 and not squeeze:
        usage('missing operand after \u2018%s\u2019\nTwo strings must be given when translating.' % sets[-1])
    usage('missing operand after \u2018%s\u2019' % sets[-1])
set1 = expand(sets[0])
set2 = expand(sets[1]) if len(sets) > 1 else []

data = b''
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    data += chunk
text = data.decode('latin-1')
out = []
if delete:
    text = ''.join(c for c in text if c not in set1)
    squeeze_set = set(set2)
elif set2:
    table = {c: set2[min(k, len(set2) - 1)] for k, c in enumerate(set1)}
    text = ''.join(table.get(c, c) for c in text)
    squeeze_set = set(set2)
else:
    squeeze_set = set(set1)
if squeeze:
    for c in text:
        if out and out[-1] == c and c in squeeze_set:
            continue
        out.append(c)
    text = ''.join(out)
os.write(1, text.encode('latin-1'))
