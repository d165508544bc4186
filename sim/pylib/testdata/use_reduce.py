# Objects with their own __reduce__ or __reduce_ex__ crossing processes
# through a multiprocessing Queue (the simulator's pickle runs them as
# pickle does): rebuilt by a callable with arguments, with a state for
# __setstate__ or __dict__, with list items appended, a str naming a
# module-level singleton, shared references kept; copy and deepcopy
# follow the same methods.
import copy
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        print('Point.__init__', x, y)
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def __reduce_ex__(self, proto):
        return (Account, (self.owner,), {'balance': self.balance, 'proto': proto})


class Versioned:
    def __init__(self):
        self.data = {}

    def __reduce__(self):
        return (Versioned, (), ('v2', self.data))

    def __setstate__(self, state):
        print('setstate', state[0])
        self.data = state[1]


class Bag(list):
    def __reduce__(self):
        return (Bag, (), {'label': getattr(self, 'label', None)}, iter(self))


class _Sentinel:
    def __reduce__(self):
        return 'MISSING'

    def __repr__(self):
        return 'MISSING'


MISSING = _Sentinel()


def child(q):
    a = Account('ann')
    a.balance = 30
    v = Versioned()
    v.data['k'] = 1
    b = Bag([1, 2])
    b.label = 'two'
    p = Point(1, 2)
    q.put([p, p, a, v, b, MISSING])


if __name__ == '__main__':
    q = mp.Queue()
    proc = mp.Process(target=child, args=(q,))
    proc.start()
    p1, p2, a, v, b, m = q.get()
    proc.join()
    print(p1, p1 is p2, a.owner, a.balance, a.proto, v.data, b, b.label, m is MISSING)
    print(copy.copy(Point(3, 4)), copy.deepcopy([a])[0].balance, copy.copy(MISSING) is MISSING)
    c = copy.deepcopy(b)
    print(c, c.label, c is b)
