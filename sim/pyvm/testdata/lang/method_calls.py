# o.name(...) calls: LOAD_METHOD's fast path (a function found on the class)
# and everything it must leave to plain attribute access.
import os


class A:
    def m(self, *args, **kw):
        return ('A.m', type(self).__name__, args, sorted(kw.items()))

    @classmethod
    def c(cls, x):
        return ('A.c', cls.__name__, x)

    @staticmethod
    def s(x):
        return ('A.s', x)

    @property
    def p(self):
        return lambda *a: ('property', a)

    f = len  # a builtin function does not bind
    g = staticmethod(abs)
    pid = os.getpid


class B(A):
    def m(self, *args, **kw):
        return ('B.m', super().m(*args, **kw))

    def __getattr__(self, name):
        return lambda *a, **k: ('getattr', name, a, sorted(k.items()))


class Callable:
    def __call__(self, *a):
        return ('Callable', a)


A.k = Callable()

a, b = A(), B()
print(a.m(1, 2, x=3))
print(b.m(1))
print(a.c(4), A.c(5), b.c(6))
print(a.s(7), A.s(8))
print(a.p(9))
print(a.f([1, 2, 3]), A.f('ab'), a.g(-4), A.g(-5), a.pid() == os.getpid(), a.f is len)
m = a.f
print(m((1,)), getattr(a, 'f')([]))
print(a.k(10))
print(b.missing(11, y=12))
a.m = lambda *x: ('instance dict', x)
print(a.m(13))
del a.m
print(a.m(14))
print(A.m(a, 15), A.m(b, 16, z=17))
items = [3, 1, 2]
items.sort(reverse=True)
print(items, items.index(1), 'a-b'.split('-'), {'k': 1}.get('k'), {'k': 1}.get('z', 0))
print(os.path.join('a', 'b'), os.getpid() > 0)
print((1).bit_length(), 'abc'.upper(), b'x'.hex())
print(str.upper('q'), dict.fromkeys('ab', 0))
try:
    a.nope()
except AttributeError as e:
    print('AttributeError:', e)
try:
    a.s()
except TypeError as e:
    print('TypeError:', e)
try:
    (None).foo(1)
except AttributeError as e:
    print('AttributeError:', e)


def gen():
    yield 1
    yield 2


g = gen()
print(g.__next__(), g.send(None))
print(''.join(str(i) for i in range(3)))
print([x.upper() for x in 'ab'], sorted({3: 'c', 1: 'a'}.items()))
