# /usr/bin/wc (coreutils) -l, -w, -c on stdin or one file: the counts,
# right-aligned as GNU wc prints them for one input.
import os, sys

opts = ''.join(a[1:] for a in sys.argv[1:] if a.startswith('-')) or 'lwc'
files = [a for a in sys.argv[1:] if not a.startswith('-')]
fd = os.open(files[0], os.O_RDONLY) if files else 0
data = b''
while True:
    chunk = os.read(fd, 65536)
    if not chunk:
        break
    data += chunk
text = data.decode()
counts = []
if 'l' in opts:
    counts.append(text.count('\n'))
if 'w' in opts:
    counts.append(len(text.split()))
if 'c' in opts:
    counts.append(len(data))
if len(counts) == 1 and not files:
    line = str(counts[0])
else:
    width = max(len(str(c)) for c in counts) if files or len(counts) > 1 else 1
    width = max(width, 7 if not files else width)
    line = ' '.join(str(c).rjust(width) for c in counts)
if files:
    line += ' ' + files[0]
os.write(1, (line + '\n').encode())
