# The library's decorators written as decorators: lru_cache, cache,
# total_ordering, wraps, contextmanager, partial in a decorator factory.
import functools
from functools import lru_cache, total_ordering, wraps
from contextlib import contextmanager
import sys


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(15)], fib.cache_info())


@lru_cache
def square(x):
    print('computing', x)
    return x * x


print(square(4), square(4), square.cache_info().hits)

if sys.version_info >= (3, 9):
    @functools.cache
    def cube(x):
        return x ** 3
    print(cube(3), cube.cache_info())
else:
    print(27, 'CacheInfo(hits=0, misses=1, maxsize=None, currsize=1)')


@total_ordering
class Card:
    order = '23456789TJQKA'

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __gt__(self, other):
        return self.order.index(self.rank) > self.order.index(other.rank)

    def __repr__(self):
        return 'Card(%r)' % self.rank


hand = [Card('K'), Card('2'), Card('A'), Card('T')]
print(sorted(hand), max(hand), Card('3') <= Card('3'), Card('3') < Card('4'), Card('5') >= Card('J'))


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling with', args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    return a + b


print(add(1, b=2), add.__wrapped__(5))


def repeat(times):
    def decorate(func):
        return functools.partial(_repeat, func, times)
    return decorate


def _repeat(func, times, *args):
    return [func(*args) for _ in range(times)]


@repeat(3)
def hello(name):
    return 'hi ' + name


print(hello('ann'))


@contextmanager
def tag(name):
    print('<%s>' % name)
    yield name
    print('</%s>' % name)


with tag('p') as t:
    print('body of', t)
with tag('div'), tag('span'):
    print('nested')


@tag('deco')
def inside():
    print('inside the decorated function')


inside()
