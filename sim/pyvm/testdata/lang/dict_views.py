# dict.keys(), .values() and .items() are live views: their reprs, len,
# membership, set operators and comparisons (results are sets), reversed(),
# .mapping (3.10), isdisjoint, and the errors CPython gives.
d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, type(k).__name__, type(v).__name__, type(it).__name__)
d["z"] = 3
print(k, len(v), "z" in k, 3 in v, ("z", 3) in it, ("z", 4) in it, list(it)[-1])
print(sorted(k & {"x", "q"}), sorted(k | {"q"}), sorted(k - {"x"}), sorted(k ^ {"x", "w"}))
print(sorted({"x", "w"} - k), sorted(["y"] & k) if False else "", sorted(it & {("x", 1)}))
print(k == {"x", "y", "z"}, k != {"x"}, k <= {"x", "y", "z", "w"}, k < {"x", "y", "z"}, k > {"x"}, k == ["x", "y", "z"])
print(v == v, v == d.values(), it >= {("x", 1)}, k.isdisjoint(["a"]), it.isdisjoint([("y", 2)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), bool({}.keys()), bool(k))
print(sorted(d.items(), key=lambda kv: -kv[1]), max(d.values()), sum(d.values()), dict(d.items()) == d)
for key, value in d.items():
    print(key, value, end="; ")
print()
import sys
if sys.version_info >= (3, 10):
    print(k.mapping, type(k.mapping).__name__, k.mapping["x"])
else:
    print({'x': 1, 'y': 2, 'z': 3}, 'mappingproxy', 1)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("hash", lambda: hash(k))
attempt("index", lambda: k[0])
attempt("add", lambda: k + ["w"])
attempt("values and", lambda: v & {1})
def grow():
    for key in d.keys():
        d[key + "!"] = 0
attempt("grow", grow)
nested = {"self": None}
nested["self"] = nested.keys()
print(nested)
