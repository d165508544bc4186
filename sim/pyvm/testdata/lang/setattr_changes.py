# __setattr__ defined, added, replaced and removed while instances exist:
# each STORE_ATTR must see the class as it is now, through any cache.
class Base:
    pass


class Child(Base):
    pass


def log_set(self, name, value):
    print('set', type(self).__name__, name, value)
    object.__setattr__(self, name, value)


c = Child()
for i in range(3):
    c.x = i
print('plain', c.x)
Base.__setattr__ = log_set
c.y = 1
Child.__setattr__ = lambda self, name, value: print('child hook', name)
c.z = 2
del Child.__setattr__
c.w = 3
del Base.__setattr__
c.v = 4
print(sorted(vars(c).items()))


# A dictionary that grows past a few keys, shrinks and grows again.
d = {}
for i in range(20):
    d['k%d' % i] = i
    d[i] = 'n%d' % i
for i in range(0, 20, 3):
    del d['k%d' % i]
for i in range(10):
    d.pop(i)
d['k0'] = 'again'
print(len(d), d['k0'], d['k19'], 'k3' in d, 'k4' in d, 5 in d, 15 in d)
print(list(d)[:6])
small = dict(a=1, b=2)
small.update(c=3)
del small['a']
small['a'] = 0
print(small, 'a' in small, small.get('z'))
