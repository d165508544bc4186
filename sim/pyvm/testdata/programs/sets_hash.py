# python: 3.13
# Hashing and set order as CPython (PYTHONHASHSEED=0): exit codes, names, user classes.
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x}, {self.y})"
s = {P(1, 2), P(1, 2), P(3, 4)}
print(len(s), s)
s.add(P(3, 4)); s.add(P(0, 9))
print(sorted(s, key=lambda p: p.x), P(0, 9) in s)
d = {P(1, 2): 'a'}
d[P(1, 2)] = 'b'
print(d, d[P(1, 2)], P(1, 2) in d, d.get(P(5, 5)))
print({p.x for p in s})
print(hash(P(1, 2)) == hash((1, 2)))
class Q:
    def __eq__(self, o): return True
try:
    {Q()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Q())
except TypeError as e:
    print("TypeError:", e)
class R:
    __hash__ = None
try:
    d[R()] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    s = set([R()])
except TypeError as e:
    print("TypeError:", e)
class H:
    def __hash__(self): return "x"
try:
    hash(H())
except TypeError as e:
    print("TypeError:", e)
print(hash(-1), hash(2**61), hash(2**61 - 1), hash(-2**63), hash(1.5), hash(-0.0), hash(True), hash(()))
print(hash("zombie"), hash(b"zombie"), hash(("a", 1)), hash(frozenset({1, 2})))
print({"fork", "wait", "zombie", "reap", "exit"})
print(frozenset({3, 1}), frozenset(), type(frozenset()).__name__, frozenset({1}) == {1})
print({2, 5, 11, 17, 30}, {30, 17, 11, 5, 2}, set([100, 200, 300, 8, 16]))
print({None, 1}, {True, 1.0, 1}, {(1, 2), (2, 1)})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    frozenset({1}).add(2)
except AttributeError as e:
    print("AttributeError:", e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2})
print({1, 2, 3} & frozenset({2, 3}), frozenset({1, 2, 3}) - {2})
print({P(1, 2): 1, P(1, 2): 2}, len({p: 0 for p in [P(0, 0), P(0, 0)]}), {p: 1 for p in [P(5, 5), P(5, 5)]})
