# __slots__: attributes beyond the slots, unset slots, subclasses with and
# without slots, conflicts with class variables.
class P:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1
p = P()
def t(f):
    try:
        print(f())
    except AttributeError as e:
        print('AttributeError:', e)
t(lambda: setattr(p, 'z', 3))
t(lambda: p.y)
t(lambda: p.__dict__)
t(lambda: p.zz)
t(lambda: delattr(p, 'y'))
class Q(P): pass
q = Q(); q.z = 5; print(q.z, q.__dict__)
class R:
    __slots__ = 'a'
r = R(); r.a = 1; print(r.a, R.__slots__)
try:
    class S:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print('ValueError:', e)
class T(P):
    __slots__ = ('w',)
t2 = T(); t2.w = 1; t2.x = 2
t(lambda: setattr(t2, 'v', 1))
class U:
    __slots__ = ('x', '__dict__')
u = U(); u.y = 1; print(u.y)
p.y = 7
print(p.x, p.y)
del p.y
t(lambda: p.y)
