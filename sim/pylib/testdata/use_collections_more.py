# collections: namedtuple fields are read-only and hash as tuples; deleting
# keys of Counter and OrderedDict; the wrappers given to dict(), {**m} and f(**m).
from collections import Counter, defaultdict, OrderedDict, namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
print(len({Point(1, 2), Point(1, 2)}), {p: 'here'}[Point(1, 2)])
c = Counter('aab')
del c['a']
del c['zz']
print(c, dict(c), {**c})
od = OrderedDict(a=1, b=2)
del od['a']
print(od, dict(od))
d = defaultdict(int, a=1)
print(dict(d), sorted(d))
def f(**kw):
    return kw
print(f(**Counter('xy')))
