# itertools' iterators have their C types: type(), repr and isinstance, and
# islice's and repeat's argument errors.
import itertools as it
def clean(o): return repr(o).split(" at ")[0]
objs = [it.chain([1], [2]), it.chain.from_iterable([[1]]), it.cycle("ab"), it.islice("abc", 2), it.count(3), it.repeat(1, 2),
        it.accumulate([1, 2]), it.product("ab"), it.permutations("ab"), it.combinations("abc", 2), it.zip_longest("a", "bc"),
        it.starmap(pow, [(2, 3)]), it.takewhile(bool, [1, 0]), it.dropwhile(bool, [1, 0]), it.filterfalse(None, [0, 1]),
        it.compress("ab", [1, 0]), it.groupby("aab"), next(it.groupby("aab"))[1]]
for o in objs:
    print(type(o).__name__, clean(o), isinstance(o, type(o)))
print(it.chain, isinstance(it.chain(), it.chain), list(it.chain("ab", "c")), list(it.islice(it.count(), 2, 6, 2)), list(it.chain.from_iterable(["ab", "c"])))
try:
    it.islice("a")
except TypeError as e:
    print(e)
try:
    it.repeat()
except TypeError as e:
    print(e)
