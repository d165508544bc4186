# Helper modules multiprocessing uses: weakref, itertools, traceback, errno.
import errno
import itertools
import traceback
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
s = weakref.WeakSet()
s.add(a)
print(r() is a, len(s), a in s)
c = itertools.count(5)
print(next(c), next(c), next(c))
print(errno.ECHILD, errno.errorcode[errno.ESRCH], errno.EAGAIN == errno.EWOULDBLOCK)
try:
    {}["k"]
except KeyError:
    text = traceback.format_exc()
print(text.splitlines()[0], text.splitlines()[-1])
