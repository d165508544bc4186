# dict() of a mapping reads its keys() and then each item, as CPython's
# PyDict_Merge does: Counter, defaultdict and OrderedDict from collections,
# and a class of its own whose iteration differs from its keys().
import collections


class Registry:
    def __init__(self):
        self._items = {"alpha": 1, "beta": 2}

    def keys(self):
        print("keys() called")
        return list(self._items)

    def __getitem__(self, key):
        print("getitem", key)
        return self._items[key] * 10

    def __iter__(self):
        return iter(["not", "these"])


counts = collections.Counter("mississippi")
print(dict(counts))
groups = collections.defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    groups[word[0]].append(word)
print(dict(groups))
ordered = collections.OrderedDict([("z", 1), ("a", 2)])
print(dict(ordered), list(dict(ordered)))
print(dict(Registry()))
print(dict(Registry(), gamma=3))
print(list(Registry()), sorted(Registry().keys()))
print(dict(counts.most_common(2)), dict(zip("ab", range(2))))
