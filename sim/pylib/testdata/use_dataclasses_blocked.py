# blocked: pyvm does not call a user __setattr__ (frozen=True) nor use a
#  user __hash__ in dicts and sets
import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass
class Task:
    name: str


p = Point(3, 4)
print(p, hash(p) == hash(Point(3, 4)), {p: 1}[Point(3, 4)], len({Point(1, 2), Point(1, 2)}))
try:
    p.x = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    del p.y
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
print(Task.__hash__ is None)
try:
    hash(Task('x'))
except TypeError as e:
    print('TypeError:', e)
