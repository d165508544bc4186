# namedtuple and typing.NamedTuple as tuple subclasses (isinstance, % formatting,
# reprs, errors, copy, json, a fork), and tuple subclasses of the program's own.
import copy
import os
import sys
import typing
from typing import NamedTuple
from collections import namedtuple
import json

P = namedtuple('P', 'x y')
p = P(1, 2)
def f(*a):
    return type(a).__name__, a
print(f(*p), tuple(p) is p, type(p[:]).__name__, type(p + ()).__name__, type(p * 1).__name__)
print(p == (1, 2), (1, 2) == p, p != P(1, 3), hash(p) == hash((1, 2)), p < (1, 3), sorted([P(2, 0), P(1, 5)]))
print('%s|%s' % p, '{0.x} {0[1]}'.format(p), str(p), repr(p), format(p), f'{p}', f'{p!r}')
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
def setx():
    p.x = 5
def setz():
    p.z = 5
def delx():
    del p.x
attempt('set x', setx)
attempt('set z', setz)
attempt('del x', delx)
attempt('P(1)', lambda: P(1))
attempt('P(1,2,3)', lambda: P(1, 2, 3))
attempt('P(1,y=2,z=3)', lambda: P(1, y=2, z=3))
attempt('P(1,2,x=3)', lambda: P(1, 2, x=3))
attempt('_replace z', lambda: p._replace(z=1))
attempt('tuple.__new__ int', lambda: tuple.__new__(int, [1]))
attempt('_make short', lambda: P._make([1]))
attempt('object.__new__(P)', lambda: object.__new__(P))
attempt('dict', lambda: p.__dict__)
attempt('vars', lambda: vars(p))
print(P.__mro__, P.__bases__, type(P.x).__name__, P.x.__doc__, P.__doc__)
print(P.__slots__, hasattr(p, '__dict__'), P._fields, P._field_defaults, P.__name__, P.__qualname__, P.__module__)
print(tuple(p), type(tuple(p)), list(p), p.__getnewargs__(), p._asdict(), P._make(iter([3, 4])), p._replace(y=9))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q(1, 2, 3), Q._field_defaults, Q(c=5, a=0))
R = namedtuple('R', 'a def _c', rename=True)
print(R._fields, R(1, 2, 3))
class T(tuple):
    __slots__ = ()
    def total(self):
        return sum(self)
    @property
    def first(self):
        return self[0]
    @classmethod
    def make(cls, *xs):
        return cls(xs)
    @staticmethod
    def kind():
        return 'T'
t = T([1, 2, 3])
print(t, t.total(), t.first, T.make(4, 5), T.kind(), t.kind(), type(t), t[1:], type(t[1:]), repr(T()), T.__mro__, len(t), t.count(2), t.index(3))
print(isinstance(t, tuple), issubclass(T, tuple), type(t) is T, t.__class__.__name__)
class V(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        pass
v = V(1, 2)
print(v, isinstance(v, V), len(v), v[0] + v[1])
class W(P):
    __slots__ = ()
    def __str__(self):
        return 'W<%s,%s>' % self
    def norm(self):
        return abs(self.x) + abs(self.y)
w = W(3, -4)
print(w, repr(w), w.norm(), W._make([1, 2]), w._replace(x=0), type(w._replace(x=0)).__name__, W.__mro__)
print({P(1, 2): 'a'}[(1, 2)], (1, 2) in {p}, p in [(1, 2)], max(p), min(P(5, 3)), sum(p), list(reversed(p)), any(p), p.count(1))
a, b = p
x, *rest = Q(1)
print(a, b, x, rest, [*p], (*p, 3), dict(zip(p._fields, p)))
print(json.dumps(p), json.dumps({'a': P(1, [2])}), json.loads(json.dumps(p)))
print(sys.version_info[:2] >= (3, 8), P.__match_args__ if sys.version_info >= (3, 10) else ('x', 'y'))

class Employee(NamedTuple):
    name: str
    id: int = 3
    def greet(self):
        return 'hi ' + self.name

e = Employee('Guido')
print(e, e.id, isinstance(e, tuple), e[0], e.greet(), Employee._fields, Employee._field_defaults, e._replace(id=4), e._asdict())
E2 = NamedTuple('E2', [('a', int), ('b', str)])
print(E2(1, 'x'), E2.__annotations__, isinstance(E2(1, 'x'), tuple))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as ex:
        print(label, type(ex).__name__, ex)
attempt('Employee()', lambda: Employee())
attempt('Employee(1,2,3)', lambda: Employee(1, 2, 3))
# Through a fork: the child sees its own copies.
P = namedtuple('P', 'x y')
pts = [P(i, i * i) for i in range(3)]
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, repr([p._replace(y=0) for p in pts]).encode())
    os._exit(0)
os.close(w)
print(os.read(r, 1000).decode())
os.waitpid(pid, 0)
print(pts, isinstance(pts[0], P))

P = namedtuple('P', 'x y')
p = P([1], 2)
c, d = copy.copy(p), copy.deepcopy(p)
print(c, d, c.x is p.x, d.x is p.x, type(c).__name__, type(d).__name__)
class T(tuple):
    __slots__ = ()
t = T([[1], 2])
c, d = copy.copy(t), copy.deepcopy(t)
print(c, d, type(c).__name__, c[0] is t[0], d[0] is t[0], c is t)
print(copy.deepcopy([p, p])[0] is copy.deepcopy([p, p])[1])
l = copy.deepcopy([p, p])
print(l[0] is l[1])

# dir(), class attributes set later, a subclass with a class attribute.
P = namedtuple('P', 'x y')
p = P(1, 2)
print([n for n in dir(p) if not n.startswith('__')])
print(hasattr(p, 'z'), getattr(p, 'x'), getattr(p, 'q', 'dflt'))
P.extra = 5
print(p.extra, P.extra)
P3 = namedtuple('P3', P._fields + ('z',))
print(P3(1, 2, 3), p._fields, sorted({P(2, 1), P(1, 2)}))
print(type(P.x).__name__, P.x.__doc__, P.__doc__, callable(P._make))
print(', '.join(namedtuple('S', 'a b')('u', 'v')), str(p) == repr(p), P(1, 2) == P3(1, 2, 3)[:2])
class Q(P):
    __slots__ = ()
    z = 0
print(Q(3, 4), Q(3, 4).z, Q.__mro__, Q._make([5, 6]))
print(p.__class__ is P, P.__name__, P.__module__, type(P).__name__)

# Through a multiprocessing queue (pickled by class and items).
import multiprocessing as mp


def work(q, pt):
    q.put([pt._replace(x=pt.x * 10), T([pt])])


if __name__ == '__main__':
    q = mp.Queue()
    pr = mp.Process(target=work, args=(q, P(4, 5)))
    pr.start()
    got = q.get()
    pr.join()
    print(got, type(got[0]).__name__, type(got[1]).__name__, isinstance(got[0], tuple), pr.exitcode)
