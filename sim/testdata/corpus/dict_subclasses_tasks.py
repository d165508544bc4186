# Dict subclasses the way tutorials use them: a word count with Counter, an
# index with defaultdict, an LRU cache on OrderedDict, a config object with
# attribute access and a dict subclass with __missing__; counts merged from
# worker processes, type checks, JSON and comparisons with plain dicts.
import json
import multiprocessing as mp
from collections import Counter, OrderedDict, defaultdict

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick brown dog"""


class Config(dict):
    """Settings readable as attributes: cfg.workers is cfg['workers']."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]


class Defaults(dict):
    def __missing__(self, key):
        return "<%s unset>" % key


def count_line(line):
    return Counter(line.split())


def main():
    cfg = Config(workers=2, verbose=False)
    cfg.name = "wordcount"
    print(cfg, cfg.workers, isinstance(cfg, dict), json.dumps(cfg, sort_keys=True))

    with mp.Pool(cfg.workers) as pool:
        parts = pool.map(count_line, TEXT.splitlines())
    total = sum(parts, Counter())
    print(type(parts[0]).__name__, total.most_common(3))
    print(total["fox"], total["cat"], "cat" in total, len(total))
    print(total == dict(total), dict(total) == total, sorted(total.items())[:3])

    index = defaultdict(list)
    for n, line in enumerate(TEXT.splitlines(), 1):
        for word in set(line.split()):
            index[word].append(n)
    print(sorted(index.items())[:4], isinstance(index, dict))
    print(json.dumps({k: v for k, v in sorted(index.items()) if len(v) > 1}))

    cache = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    print(cache, list(cache), cache.get("b"), cache.capacity)

    d = Defaults(host="localhost")
    print(d["host"], d["port"], d.get("port"), "%(host)s:%(port)s" % d)

    lengths = Counter(len(w) for w in TEXT.split())
    lengths.update({3: 1})
    lengths.subtract([5, 5])
    print(sorted(lengths.items()), +lengths == lengths, sum(lengths.values()))


if __name__ == "__main__":
    main()
