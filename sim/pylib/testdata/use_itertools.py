# itertools from the library, running hidden as CPython's C module does.
import itertools
import sys
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, permutations, product,
                       repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(10, 5), 4)), list(islice(cycle('ab'), 5)), list(repeat('x', 3)), repeat(1, 2))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])), list(compress('abcd', [1, 0, 1, 0])))
print(list(dropwhile(lambda x: x < 3, [1, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 1, None, 2)), list(islice(range(3), 0, 10)))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(zip_longest('ab', 'xyz', fillvalue='-')), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), len(list(product(range(3), repeat=3))))
print(list(permutations('abc', 2)), list(permutations(range(3))), list(combinations('abcd', 2)), list(combinations_with_replacement('ab', 2)))
print(list(combinations(range(3), 5)), list(permutations([])), count(3), count(1, 2))
groups = groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=operator.itemgetter(0))
print({k: list(g) for k, g in groups})
if sys.version_info >= (3, 10):
    print(list(itertools.pairwise('abcd')))
else:
    print([('a', 'b'), ('b', 'c'), ('c', 'd')])
if sys.version_info >= (3, 12):
    print(list(itertools.batched('abcdefg', 3)))
else:
    print([('a', 'b', 'c'), ('d', 'e', 'f'), ('g',)])
for bad in [lambda: islice('a', -1), lambda: islice('a', 0, 1, 0), lambda: list(permutations('a', -1))]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
