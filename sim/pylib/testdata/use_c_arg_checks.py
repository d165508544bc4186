# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# The C functions of heapq, math and functools refuse what CPython's do,
# in each version's words: a heap that is not a list, a wrong count,
# math.hypot of any number of coordinates (3.8), ldexp's int,
# functools.cache of something not callable, keyword.iskeyword of an
# unhashable.
import heapq, math, functools, keyword
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for name in ('heappop', 'heapify', 'heappush', 'heappushpop', 'heapreplace'):
    f = getattr(heapq, name)
    for args in [(None,), ('abc',), ((1, 2),), (None, 1), ([], 1), ([3, 1], 2), ()]:
        show('%s%r' % (name, args), lambda: f(*args))
show('merge', lambda: type(heapq.merge()).__name__)
show('hypot()', lambda: math.hypot())
show('hypot(3)', lambda: math.hypot(3))
show('hypot(3,4,12)', lambda: math.hypot(3, 4, 12))
show('hypot(x)', lambda: math.hypot('x'))
show('ldexp', lambda: math.ldexp(1.5, 2.5))
show('ldexp ok', lambda: math.ldexp(1.5, 2))
show('ldexp big', lambda: math.ldexp(1.5, 2**70))
show('cache None', lambda: functools.cache(None))
show('lru_cache 5', lambda: type(functools.lru_cache(5)).__name__)
show('lru_cache x', lambda: functools.lru_cache('x'))
show('iskeyword list', lambda: keyword.iskeyword([]))
show('iskeyword', lambda: keyword.iskeyword('for'))
