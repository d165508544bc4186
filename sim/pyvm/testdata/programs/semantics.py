# Assorted semantics checked against CPython.
def make():
    base = 10

    class Inner:
        def get(self):
            return base + 1

        @classmethod
        def build(cls):
            return cls()

    return Inner


print(make().build().get())


class P:
    @property
    def ro(self):
        return 1


try:
    P().ro = 2
except AttributeError as e:
    print("AttributeError", "ro" in str(e))

d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)


def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())

try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)


class Boom:
    def __init__(self):
        raise KeyError("in init")


try:
    Boom()
except KeyError as e:
    print("KeyError from __init__:", e)

x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
s = "a"
s += "b"
s *= 2
print(s)
lst = [1, 2, 3, 4, 5]
lst[1:3] = ["x"]
del lst[0]
print(lst, lst[-1], lst[::-1])
print(str.upper("abc"), "-".join([str(i) for i in [1, 2]]) if False else "skip")
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(type(1) is int, type("") == str, int.__name__)
n = None
print(n is None, n is not None, not n)
print(list(map(lambda v: v * 2, range(3))), list(filter(None, [0, 1, "", "a"])))
print(max(range(5), key=lambda v: -v), min("hello"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(f"{'nested':>{8}}|{3.0:.{2}f}")
print(isinstance([], (list, tuple)), issubclass(bool, int))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    int("x1")
except ValueError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(repr(e))
