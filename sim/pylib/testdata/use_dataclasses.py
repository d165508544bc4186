# dataclasses as learners write them: @dataclass on annotated classes
# (frozen assignment and hashing wait for pyvm: use_dataclasses_blocked.py).
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace


@dataclass
class Task:
    name: str
    pid: int = 0
    deps: list = field(default_factory=list)
    secret: str = field(default='x', repr=False, compare=False)


t = Task('build')
print(t, t.deps, t.secret, Task('a', 1) == Task('a', 1), Task('a', 1) == Task('a', 2))
t.deps.append('fetch')
print(Task('build').deps, asdict(t), astuple(t))
print([f.name for f in fields(Task)], fields(t)[1].default, dataclasses.is_dataclass(t), dataclasses.is_dataclass(1))
print(replace(t, pid=7), Task('b', secret='y') == Task('b', secret='z'))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(3, 11), Version(3, 8), Version(2)]), Version(3) < Version(3, 1), max(Version(1), Version(1, 2)))
try:
    Version(1) < 5
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.dist2())


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = sum(self.items.values())


print(Inventory({'a': 2, 'b': 3}), Inventory())


@dataclass
class Base:
    id: int


@dataclass
class Child(Base):
    label: str = 'c'


print(Child(1), Child(2, 'two'), [f.name for f in fields(Child)])
for bad in [lambda: Task(), lambda: Task('a', 1, [], 'x', 5), lambda: Task('a', nope=1), lambda: Task('a', name='b')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Mutable:
        xs: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)
try:
    asdict(5)
except TypeError as e:
    print('TypeError:', e)
