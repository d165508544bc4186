# typing.Generic: Box[int] is an alias (its repr, calling it, ==), and as a
# base it is the class (__mro_entries__, __orig_bases__).
from typing import Generic, TypeVar, List, Protocol
T = TypeVar("T")
K = TypeVar("K")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, Stack.__mro__, Stack[int], Stack.__orig_bases__, Stack[int] == Stack[int], type(s).__name__)
class IntStack(Stack[int]):
    pass
print(IntStack.__mro__, IntStack.__orig_bases__, IntStack.__bases__)
class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair.__mro__)
class Both(Stack[int], Generic[T]):
    pass
print(Both.__mro__, Both.__bases__)
class Greeter(Protocol):
    def greet(self) -> str: ...
print(Greeter.__mro__[-1])
