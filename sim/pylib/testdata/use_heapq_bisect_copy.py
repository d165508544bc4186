# heapq, bisect, copy and operator.
import heapq
import bisect
import copy
import operator
from collections import deque, Counter, namedtuple

heap = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, x)
print(heap)
print([heapq.heappop(heap) for _ in range(3)], heap)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 7, 9]), heapq.nsmallest(2, 'zebra'), heapq.nlargest(2, [], key=abs))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'exit'))
heapq.heappush(tasks, (1, 'fork'))
while tasks:
    print(heapq.heappop(tasks))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 8])), list(heapq.merge(['b', 'a'], ['c'], key=len)))
print(heapq.nsmallest(2, [('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1)))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)

grades = [60, 70, 80, 90]
print([bisect.bisect(grades, s) for s in [33, 60, 75, 90, 100]])
print(bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70), bisect.bisect_left(grades, 70, 2))
xs = [1, 3, 5]
bisect.insort(xs, 4)
bisect.insort_left(xs, 3)
bisect.insort_right(xs, 0)
print(xs)
try:
    bisect.bisect(xs, 1, -1)
except ValueError as e:
    print('ValueError:', e)

nested = {'a': [1, 2, {'b': 3}], 't': (1, [2]), 's': 'str'}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested['a'][2]['b'] = 99
nested['t'][1].append(3)
print(shallow['a'] is nested['a'], deep['a'] is nested['a'], shallow, deep)
atoms = (1, 'x', None)
print(copy.deepcopy(atoms) is atoms, copy.copy([1, 2]) == [1, 2], copy.copy(5))
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl[1] is loop)


class Job:
    count = 0

    def __init__(self, name, deps):
        Job.count += 1
        self.name = name
        self.deps = deps

    def __repr__(self):
        return 'Job(%r, %r)' % (self.name, self.deps)


j = Job('build', ['fetch'])
j2 = copy.copy(j)
j3 = copy.deepcopy(j)
j.deps.append('patch')
print(j2, j3, j2.deps is j.deps, Job.count, type(j3).__name__)
j4 = Job('again', [])
print(Job.count, j4)


class Custom:
    def __init__(self):
        self.v = 1

    def __copy__(self):
        print('__copy__ called')
        return 'copied'

    def __deepcopy__(self, memo):
        print('__deepcopy__ called')
        return 'deep-copied'


print(copy.copy(Custom()), copy.deepcopy([Custom()]))
q = deque([[1], [2]], maxlen=4)
q2 = copy.deepcopy(q)
q[0].append(5)
print(q, q2, q2.maxlen)
print(copy.deepcopy(Counter('aab')), copy.copy(namedtuple('P', 'x')(1)))

print(operator.add(2, 3), operator.mul('ab', 2), operator.neg(4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.eq(1, 1.0), operator.lt('a', 'b'), operator.not_(0), operator.truth([]), operator.contains([1], 1))
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.itemgetter('k')({'k': 'v'}))
P = namedtuple('P', 'x y')
pts = [P(2, 'b'), P(1, 'c'), P(3, 'a')]
print(sorted(pts, key=operator.attrgetter('x')), sorted(pts, key=operator.itemgetter(1)))
print(operator.attrgetter('x', 'y')(pts[0]), operator.methodcaller('upper')('hi'), operator.methodcaller('split', ',')('a,b'))
print(operator.itemgetter(1), operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2))
print(sorted({'b': 2, 'a': 3}.items(), key=operator.itemgetter(1), reverse=True))
d = {}
operator.setitem(d, 'k', 1)
print(d, operator.getitem(d, 'k'), operator.indexOf([5, 6], 6), operator.countOf([1, 1, 2], 1), operator.concat([1], [2]))
