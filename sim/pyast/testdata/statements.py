"""Every statement the parser knows."""
import os
import os.path as osp, sys
from multiprocessing import Process, current_process as cp
from multiprocessing.process import (
    _children,
    BaseProcess,
)
x = 1
a = b = c = []
a, b = b, a
[a, b] = 1, 2
(a, b), *rest = xs
x.y = z[0] = 3
y: int
y: list = []
self.n: int = 0
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
del x, y[0], z.w
del (a, b)
pass
assert x, "message"
assert y


def f():
    global counter
    counter = 0

    def g():
        nonlocal counter
        counter += 1
        return
    return g


if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass

while x > 0:
    x -= 1
    if x == 3:
        continue
    if x == 1:
        break
else:
    print("done")

for i in range(3):
    pass
for i, (j, k) in pairs:
    pass
for x.attr in items:
    pass
for first, *others in rows:
    pass
else:
    pass

try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError:
    pass
except (OSError, ValueError) as e:
    raise RuntimeError("wrapped") from e
except Exception as e:
    raise
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

raise SystemExit(0)
if __name__ == '__main__':
    main()
