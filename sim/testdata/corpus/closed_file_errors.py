# What each method of a closed file raises, by mode: Modules/_io's three
# layers word it differently (and some still answer).
import os
path = '/tmp/zl_closed_%d.txt' % os.getpid()
open(path, 'w').close()
for mode in ('r', 'w', 'rb', 'wb', 'a', 'r+', 'ab'):
    f = open(path, mode)
    f.close()
    for m in ('read', 'write', 'fileno', 'isatty', 'readable', 'writable', 'flush', 'readline', 'readlines', '__next__', 'writelines', '__iter__', '__enter__', 'close'):
        if not hasattr(f, m):
            continue
        try:
            getattr(f, m)(*(['x' if 'b' not in mode else b'x'] if m == 'write' else ([['x' if 'b' not in mode else b'x']] if m == 'writelines' else [])))
            print(mode, m, 'ok')
        except Exception as e:
            print(mode, m, type(e).__name__, e)
os.remove(path)
