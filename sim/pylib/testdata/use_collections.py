# collections: deque, Counter, defaultdict, OrderedDict, namedtuple.
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
import collections

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 3 in q)
print(q.pop(), q.popleft(), q)
q.rotate(1)
print(q)
q.rotate(-2)
print(q)
q.extend([7, 8])
q.extendleft([9, 10])
print(q, list(q), list(reversed(q)))
last = deque(maxlen=3)
for i in range(5):
    last.append(i)
print(last, last.maxlen)
last.appendleft(-1)
print(last)
print(deque(), deque('ab') == deque(['a', 'b']), q.count(7), q.index(8))
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
try:
    q.remove(99)
except ValueError as e:
    print('ValueError:', e)
todo = deque(['a', 'b'])
while todo:
    print('work', todo.popleft())

words = 'the cat and the hat and the bat'.split()
c = Counter(words)
print(c)
print(c.most_common(2), c['the'], c['zebra'], len(c))
print(sorted(c.elements())[:4])
c.update(['cat', 'cat'])
c.subtract({'the': 1})
print(c, c.most_common(1))
print(Counter('abracadabra').most_common(3))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({'x': 2}) == Counter(x=2), list(Counter('hello').items()))
print(sum(Counter('aab').values()), 'a' in Counter('a'), list(Counter('ba')))
for word, n in Counter('mississippi').most_common():
    print(word, n)

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(d['a'], d['zz'], len(d), sorted(d.items()))
counts = defaultdict(int)
for ch in 'banana':
    counts[ch] += 1
print(counts, dict(counts.items()))
dd = defaultdict(lambda: 'n/a')
print(dd['x'], 'x' in dd, dd.get('y'), 'y' in dd)
plain = defaultdict()
try:
    plain['missing']
except KeyError as e:
    print('KeyError:', e)
print(defaultdict(set), defaultdict(dict, {'k': {}}))

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.keys()), od['a'])
od.move_to_end('b')
print(list(od.items()))
od.move_to_end('c', last=False)
print(list(od.items()), od.popitem(), od.popitem(last=False))
print(OrderedDict(), OrderedDict([('x', 1)]) == OrderedDict([('x', 1)]))
print(OrderedDict.fromkeys('ab', 0))

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), list(p))
x, y = p
print(x, y, p == Point(1, 2), p == (1, 2), p != Point(2, 1))
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), Point._fields)
print(Point(x=7, y=8), Point(9, y=10), type(p).__name__)
Employee = namedtuple('Employee', 'name, dept salary', defaults=[0])
e = Employee('ann', 'eng')
print(e, e.salary, Employee._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    Point(1)
except TypeError as err:
    print('TypeError:', err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print('TypeError:', err)
try:
    namedtuple('Bad', ['x', 'x'])
except ValueError as err:
    print('ValueError:', err)
try:
    namedtuple('Bad', ['_x'])
except ValueError as err:
    print('ValueError:', err)
print(namedtuple('R', 'a def _c', rename=True)._fields)


class Vector(namedtuple('Vector', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y


print(Vector(3, 4).norm2(), Vector(3, 4))
print(collections.Counter('aa'))
