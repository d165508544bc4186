# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# itertools' iterators take their arguments' iterators when made, so a
# bad argument fails there and not at the first next(), and their
# argument mistakes read as the C module words them.
import itertools
def show(label, f):
    try:
        r = f()
        print(label, 'made')
        print(label, next(r, 'END'))
    except Exception as e:
        print(label, type(e).__name__, e)
for name in ['chain', 'permutations', 'product', 'accumulate', 'cycle', 'zip_longest', 'pairwise', 'islice', 'compress', 'groupby', 'starmap', 'tee', 'combinations', 'filterfalse', 'dropwhile', 'takewhile']:
    f = getattr(itertools, name)
    show(name + '(None)', lambda: f(None))
    show(name + '(None, None)', lambda: f(None, None))
show('chain.from_iterable(None)', lambda: itertools.chain.from_iterable(None))
show('chain([None])', lambda: itertools.chain([None]))
for name, args in [('cycle', (None, None)), ('cycle', ()), ('pairwise', (None, None)), ('pairwise', ()), ('compress', (None,)), ('compress', ()), ('starmap', (None,)), ('filterfalse', (None,)), ('dropwhile', (None,)), ('takewhile', (None,)), ('combinations', (None,)), ('combinations', ([1], None)), ('permutations', ([1], 'a')), ('combinations_with_replacement', ([1],)), ('tee', ([1], None)), ('tee', ([1], 1.5)), ('accumulate', ()), ('starmap', (None, None, None)), ('zip_longest', (), ), ('product', ([1],), )]:
    f = getattr(itertools, name, None)
    if f is None:
        continue
    try:
        f(*args)
        print(name, len(args), 'ok')
    except TypeError as e:
        print(name, len(args), e)
for a, k in [(([1], None, 3), {}), (([1],), {'bad': 1}), ((), {'iterable': [1, 2]}), (([1,2], lambda a, b: a*b), {}), (([1, 2],), {'initial': 5}), (([1, 2],), {'func': max})]:
    try: print(list(itertools.accumulate(*a, **k)))
    except TypeError as e: print(e)
for f in (lambda: list(itertools.compress(data='abc', selectors=[1, 0, 1])), lambda: list(itertools.combinations(r=2, iterable='abc')), lambda: itertools.cycle(iterable=[1]), lambda: list(itertools.tee('ab', 3)[2]), lambda: list(itertools.chain.from_iterable(['ab', 'c']))):
    try: print(f())
    except TypeError as e: print(e)
