# collections.abc: isinstance and issubclass of builtin types (registered as in
# CPython), of classes with the right methods (__subclasshook__), of registered
# classes; the mixins of Mapping and MutableSequence subclasses; abstract
# methods left out; generic aliases in annotations (3.9).
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Hashable,
                             Sized, Container, Collection, Callable, Set, MutableSet, Generator, Reversible, KeysView)
import collections.abc as cabc
from collections import OrderedDict, Counter, deque
def gen():
    yield 1
checks = [({}, Mapping), ({}, MutableMapping), ([], Sequence), ([], MutableSequence), ((), Sequence), ((), MutableSequence),
          ("s", Sequence), (b"b", Sequence), (range(3), Sequence), ({1}, Set), ({1}, MutableSet), (frozenset(), MutableSet),
          (iter([]), Iterator), ([], Iterator), ([], Iterable), (gen(), Generator), (gen(), Iterator), (len, Callable),
          (5, Hashable), ([], Hashable), ({}.keys(), KeysView), ({}.keys(), Set), (OrderedDict(), MutableMapping),
          (Counter(), Mapping), (deque(), MutableSequence), (5, Iterable), ("x", Collection), ([], Reversible),
          ({}, Reversible), (map(len, []), Iterator), (enumerate([]), Iterable), (zip(), Iterator), (None, Sized)]
print([isinstance(o, c) for o, c in checks])
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(int, Hashable), issubclass(str, Container))
class Bag:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
print(isinstance(Bag([]), Sized), isinstance(Bag([]), Collection), isinstance(Bag([]), Sequence), issubclass(Bag, Iterable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))
class Registry(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(a=1, b=2)
print(r["a"], r.get("z", 0), "a" in r, list(r.keys()), list(r.items()), list(r.values()), r == {"a": 1, "b": 2}, dict(r), len(r))
print(isinstance(r, Mapping), isinstance(r, MutableMapping), isinstance(r, dict))
try:
    class Half(Mapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e:
    print(e)
class MyList(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
m = MyList()
m.append(1); m.extend([2, 3]); m += [4]; m.reverse()
print(list(m), m.pop(), m.index(2), m.count(3), 3 in m, list(reversed(m)), isinstance(m, Sequence))
class Thing: pass
Sequence.register(Thing)
print(isinstance(Thing(), Sequence), issubclass(Thing, Collection), issubclass(Thing, Iterable))
import sys
print(cabc.Iterable[int] if sys.version_info >= (3, 9) else "collections.abc.Iterable[int]", Mapping[str, int] if sys.version_info >= (3, 9) else "collections.abc.Mapping[str, int]")
def f(xs: Iterable) -> Sequence:
    return list(xs)
print(f(range(2)), Mapping.__mro__ == (Mapping, Collection, Sized, Iterable, Container, object))
