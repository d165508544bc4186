# Function annotations: evaluated at the def (a NameError for an undefined
# name), kept in __annotations__ in parameter order with "return" last,
# settable and deletable, copied by functools.wraps.
def f(x: int, y: "s" = 1, *args: str, k: bool = True, **kw: float) -> bool:
    pass
print(f.__annotations__)
def g(a): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"a": int}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
try:
    def h(x: Undefined):
        pass
except NameError as e:
    print("NameError", e)
class Node:
    def link(self, other: "Node") -> "Node":
        return other
print(Node.link.__annotations__)
import functools
def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w
@deco
def k(q: int) -> int:
    return q
print(k.__annotations__, k.__wrapped__.__name__)
print((lambda z: z).__annotations__)
