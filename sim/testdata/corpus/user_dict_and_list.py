# collections.UserDict and UserList subclassed the way tutorials customise a
# dict or a list (older code does; dict subclasses are in dict_subclasses_tasks),
# and a builtin left operand giving way to the right operand's reflected
# method ([0] + UserList(...), list += UserList).
from collections import UserDict, UserList
import copy
import sys


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Defaulting(UserDict):
    def __missing__(self, key):
        return "<%s>" % key


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d.update([("D", 4)], E=5)
print(d, len(d), "a" in d, d["a"], list(d), d.keys(), d.items(), list(d.values()))
print(d.pop("a"), d.pop("zz", None), d.setdefault("f", 6), d.get("b"), d.popitem(), d)
print(d == {"b": 2, "c": 3, "d": 4, "f": 6}, isinstance(d, dict), dict(d))
m = Defaulting(x=1)
print(m["x"], m["y"], m.get("y"), m.get("y", "dflt"))
c = d.copy()
c["new"] = 1
print(type(c).__name__, c, d, copy.copy(d) == d)
print(UserDict.fromkeys("ab", 0))
if sys.version_info >= (3, 9):
    print(UserDict(a=1) | {"b": 2}, {"z": 0} | UserDict(a=1))
else:
    try:
        UserDict(a=1) | {"b": 2}
    except TypeError as e:
        print("TypeError:", e)
try:
    UserDict().popitem()
except KeyError as e:
    print("KeyError", e)
d.clear()
print(d, len(d))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
s += [4]
print(s, len(s), s[1:], type(s[1:]).__name__, s[-1], 2 in s, s == [1, 2, 3, 4], s < [9])
print(s + [5], [0] + s, s * 2, s.pop(), s.index(2), s.count(1), list(reversed(s)))
s.sort(reverse=True)
s.extend(UserList([7]))
s.insert(0, 8)
del s[1]
print(s, s.copy(), type(s.copy()).__name__)
x = [1]
x += UserList([2])
print(type(x).__name__, x)


class R:
    def __radd__(self, o):
        return "radd"

    def __rmul__(self, o):
        return "rmul"

    def __rmod__(self, o):
        return "rmod"


print("s" + R(), [1] * R(), 3 + R(), "%s" % R() != "rmod", (1,) + R())
