# Rich comparisons between builtin values and instances (the reflected method,
# the subclass's first, object.__ne__'s default, non-bool results) and
# dict and set keys equal across an instance and a builtin value.
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("E.__eq__", type(other).__name__)
        if isinstance(other, E):
            return self.v == other.v
        return self.v == other
    def __hash__(self):
        return hash(self.v)

class N(E):
    def __ne__(self, other):
        print("N.__ne__")
        return "custom"

class Sub(E):
    def __eq__(self, other):
        print("Sub.__eq__")
        return NotImplemented

class Plain:
    pass

e = E(1)
print(1 == e, e == 1, 1 != e, e != 1)
print({} == E({}), [1] == E([1]), (1,) == E((1,)), "a" == E("a"), 2.0 == E(2.0))
print({1} == E({1}), None == E(None), b"x" == E(b"x"))
print(e in [0, 1], e in (1,), [1].count(e), [0, 1].index(e))
print(N(1) != 1, 1 != N(1), N(1) == 1)
print(E(1) == Sub(1), Sub(1) == E(1))
p = Plain()
print(p == p, p != p, p == 1, 1 == p, p != 1)
print(not (E(3) != 3))
class L:
    def __lt__(self, other):
        print("L.__lt__"); return True
    def __gt__(self, other):
        print("L.__gt__"); return False
print(1 < L(), L() < 1, 1 > L())
print(sorted([L(), L()], key=lambda x: 0) is not None)

# Ordering: the subclass's reflected method first, and the error when no
# side answers.
class Base:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("Base.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print("Base.__gt__")
        return NotImplemented

class Derived(Base):
    def __gt__(self, other):
        print("Derived.__gt__")
        return True

print(Base(1) < Derived(2))
try:
    Base(1) < Base(2)
except TypeError as err:
    print("TypeError:", err)
try:
    1 <= Plain()
except TypeError as err:
    print("TypeError:", err)

# Lists and dicts meet instances through ==.
items = [0, 1, 2]
items.remove(E(1))
print(items, {1: "one"}.get(E(1)), E(2) in {2: "two"}, {2: "two"}[E(2)])
print([1, 2] == [E(1), E(2)], (E(1), 2) == (1, 2), {"k": E(3)} == {"k": 3})
print(max([L(), L()], key=lambda x: 0).__class__.__name__)
print({E(1): "x"}.get(1), 1 in {E(1): 0}, {1: "a", E(1): "b"})
d = {E(5): "five"}
d[5] = "FIVE"
print(len(d), list(d.values()))
print(E(1) in {1}, 1 in {E(1)}, len({1, E(1)}), len(set([E(2), 2])))
