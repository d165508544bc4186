# Special methods that Python code calls implicitly (d[k], d[k] = v, del
# d[k], x in d, len(d), iter(d), str/repr/print, __getattr__, __setattr__,
# a for loop's __next__ or __getitem__, + and +=, f-strings, %-formatting
# and str.format) may block, as a multiprocessing manager's proxies do while they wait for
# the server's reply: here each one reads a byte that a forked child writes
# after a sleep, so the read blocks. Then a fork while an object whose class
# is keyed in its own class attribute is alive (the clone once rehashed such
# keys against a half-copied class).
import os
import time

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    for i in range(40):
        time.sleep(0.01)
        os.write(w, b'x')
    os._exit(0)
os.close(w)


def wait():
    return os.read(r, 1).decode()


class Remote(object):
    def __init__(self):
        object.__setattr__(self, '_d', {})

    def __getitem__(self, k):
        return wait() + str(self._d[k])

    def __setitem__(self, k, v):
        self._d[k] = v + wait()

    def __delitem__(self, k):
        wait()
        del self._d[k]

    def __contains__(self, k):
        return wait() and k in self._d

    def __len__(self):
        wait()
        return len(self._d)

    def __iter__(self):
        wait()
        return iter(sorted(self._d))

    def __repr__(self):
        return 'Remote(%s, %r)' % (wait(), sorted(self._d.items()))

    def __str__(self):
        return 'remote ' + wait()

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return name + wait()

    def __setattr__(self, name, value):
        wait()
        self._d[name] = value


o = Remote()
o['a'] = 'A'
print(o['a'])
print('a' in o, 'b' not in o, len(o))
o.b = 2
print([k for k in o], o.anything)
del o['a']
print(o, repr(o), str(o))
print(f'{o} and {o!r}')
print('%s, %r, %5.3s|%d' % (o, o, o, 7), '%(k)s' % {'k': o})
print('{0} {1!r} {k!s:>10}|{0!s:.4}'.format(o, o, k=o))
print(len(o), list(iter(o)))


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        wait()
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Seq(object):
    def __getitem__(self, i):
        wait()
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Num(object):
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        wait()
        return Num(self.v + other)

    def __iadd__(self, other):
        wait()
        self.v += other
        return self

    def __repr__(self):
        return 'Num(%d)' % self.v


for x in Countdown(2):
    print('countdown', x)
c = Countdown(0)
print(iter(c) is c, list(c))
print([x for x in Seq()], list(Seq()), sorted(Seq(), reverse=True))
n = Num(1)
m = n + 1
n += 5
print(m, n, m is not n)
Made = type('Made', (Num,), {'double': lambda self: self.v * 2})
print(Made(4).double(), Made.__name__, Made(1) + 2)
print(os.waitpid(pid, 0)[1])


class Registered(object):
    table = {}


Registered.table[Registered()] = 'one'
pid = os.fork()
if pid == 0:
    print('child sees', list(Registered.table.values()))
    os._exit(0)
os.waitpid(pid, 0)
print('parent sees', list(Registered.table.values()))
