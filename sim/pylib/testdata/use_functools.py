# functools: partial, reduce, wraps, lru_cache, cache, total_ordering,
# cmp_to_key (decorators applied by hand, as the subset needs for now).
import functools
from functools import partial, reduce, lru_cache, total_ordering, cmp_to_key
import operator


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square.args, square.keywords, square.func is power)
add3 = partial(operator.add, 3)
print(add3(4), list(map(add3, [1, 2])), partial(add3)(1), partial(add3).args)
print(partial(print, sep='-')('a', 'b'))
basetwo = partial(int, base=2)
print(basetwo('10010'))

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 'empty'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fib = lru_cache(maxsize=None)(fib)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


def slow_square(x):
    return x * x


small = lru_cache(maxsize=2)(slow_square)
for x in [1, 2, 1, 3, 2, 1]:
    small(x)
print(small.cache_info(), small.cache_info().hits, small.__wrapped__ is slow_square)
print(lru_cache(slow_square)(3), lru_cache()(slow_square)(4))


def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return functools.wraps(func)(wrapper)


def greet(name):
    return 'hello ' + name


loud = shout(greet)
print(loud('bob'), loud.__wrapped__ is greet)


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'Version(%d, %d)' % (self.major, self.minor)


Version = total_ordering(Version)
a, b = Version(3, 8), Version(3, 11)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(3, 8))
print(sorted([b, a]), max(a, b))
try:
    total_ordering(object)
except ValueError as e:
    print('ValueError:', e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(['ccc', 'a', 'bb', 'aa'], key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
