# Positions in files opened by path: tell, seek from the start, the current
# position and the end (text files only to 0 there), writes in the middle
# and past the end (a hole of zero bytes), 'a+' writing at the end, and what
# seek and tell say on a pipe.
import os
path = '/tmp/zl_seek_%d.txt' % os.getpid()
with open(path, 'w+') as f:
    f.write('hello\nworld\n')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()), f.tell())
    f.seek(6)
    f.write('WORLD')
    f.seek(0)
    print(repr(f.readline()), f.tell(), repr(f.read()))
    try:
        f.seek(-1, 2)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except Exception as e:
        print(type(e).__name__, e)
    print(f.seek(0, 2), f.seekable())
with open(path, 'r+b') as f:
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(20)
    f.write(b'!')
    f.seek(0)
    print(f.read())
    print(f.seek(2, 1), f.seek(-1, 1))
with open(path, 'a+') as f:
    print(f.tell(), repr(f.read()))
    f.write('tail')
    f.seek(0)
    print(repr(f.read()))
with open(path, 'w') as f:
    f.write('abc')
    f.seek(1)
    f.write('X')
print(open(path).read())
r, w = os.pipe()
with os.fdopen(r) as pr:
    try:
        pr.seek(0)
    except OSError as e:
        print('pipe:', e)
    try:
        pr.tell()
    except OSError as e:
        print('pipe tell:', e)
    print(pr.seekable())
os.close(w)
os.remove(path)
r, w = os.pipe()
f = os.fdopen(r, 'rb')
for m in ('seek', 'tell'):
    try:
        getattr(f, m)(*([0] if m == 'seek' else []))
    except OSError as e:
        print(m, type(e).__name__, e)
f.close()
os.close(w)
