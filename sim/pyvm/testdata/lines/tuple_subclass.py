class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def __init__(self, a, b):
        self.check()

    def check(self):
        return len(self) == 2

    @property
    def total(self):
        return self[0] + self[1]

    def __str__(self):
        return 'Pair %d+%d' % self

    def __repr__(self):
        return 'Pair(%r, %r)' % self


p = Pair(1, 2)
print(p)
s = str(p)
r = repr(p)
t = '%s and %r' % (p, p)
n = p.total
print(s, r, t, n)
