# pickle: CPython's bytes for every protocol (0-5) of the everyday types,
# classes, instances, library types, and its errors; loads back.
import pickle, threading, os
from collections import namedtuple
class Empty: pass
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class GS:
    def __init__(self): self.v = 5
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, s): self.v = s['v']
class Red:
    def __reduce__(self): return (Red, ())
class LS(list): pass
class DS(dict): pass
NT = namedtuple('NT', 'a b')
def f(): pass
r = [1]; r.append(r)
t = (1, 2)
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**64, -2**64, 10**30,
        1.5, -0.0, float('inf'), 1e300, '', 'a', 'é€', 'x' * 300, b'', b'ab', b'\x00\xff', bytearray(b'hi'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
        [], [1], [1, 2], {}, {'a': 1}, {'a': 1, 'b': [2]}, {1, 2}, frozenset([3]), set(), frozenset(),
        [t, t], r, Empty(), Pt(1, 'two'), GS(), Red(), LS([1, 2]), DS(k=1), NT(1, 2), ValueError('bad', 3), f, Pt, len, Pt(1, 2).__init__,
        list(range(1001))[::200], {i: i for i in range(3)}, ('s', 's'), Sl()]
for v in vals:
    for p in range(6):
        try:
            print(p, pickle.dumps(v, p))
        except Exception as e:
            print(p, type(e).__name__, e)
for bad in [lambda: 1, threading.Lock(), (x for x in ()), os]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])
def outer():
    def inner(): pass
    return inner
try:
    pickle.dumps(outer())
except Exception as e:
    print(type(e).__name__, e)
print(len(pickle.dumps(list(range(2500)))), pickle.dumps(list(range(2000)))[:20], pickle.dumps(list(range(2000)))[-30:])
print(pickle.dumps('x' * 70000)[:20])
print(pickle.dumps(['y' * 70000, 1])[:20], pickle.dumps(['y' * 70000, 1])[-20:])
