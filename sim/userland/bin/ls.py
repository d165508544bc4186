# /bin/ls (coreutils src/ls.c), output not to a terminal: one name a line,
# sorted (C.UTF-8 collation: by code point); -a shows dot files, -1 is the
# default here. Several operands print "DIR:" headers.
import os, sys

args = [a for a in sys.argv[1:] if not a.startswith('-') or a == '-']
show_all = any(a.startswith('-') and 'a' in a for a in sys.argv[1:])
status = 0
targets = args or ['.']
out = []
for k, t in enumerate(targets):
    try:
        names = os.listdir(t)
    except OSError as e:
        if e.errno == 20:
            out.append(t)
            continue
        os.write(2, ("ls: cannot access '" + t + "': " + e.strerror + '\n').encode())
        status = 2
        continue
    if not show_all:
        names = [n for n in names if not n.startswith('.')]
    if len(targets) > 1:
        if k:
            out.append('')
        out.append(t + ':')
    out.extend(sorted(names))
if out:
    os.write(1, ('\n'.join(out) + '\n').encode())
sys.exit(status)
