# dataclasses with the fields declared in an explicit __annotations__ dict
# (what a class body's annotations make in CPython 3.8-3.13), so that the
# module runs before pyvm keeps annotations; use_dataclasses_blocked.py is
# the same program written as learners write it.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace


@dataclass
class Task:
    __annotations__ = {'name': str, 'pid': int, 'deps': list, 'secret': str}
    pid = 0
    deps = field(default_factory=list)
    secret = field(default='x', repr=False, compare=False)


t = Task('build')
print(t, t.deps, t.secret, Task('a', 1) == Task('a', 1), Task('a', 1) == Task('a', 2))
t.deps.append('fetch')
print(Task('build').deps, asdict(t), astuple(t))
print([f.name for f in fields(Task)], fields(t)[1].default, dataclasses.is_dataclass(t), dataclasses.is_dataclass(1))
print(replace(t, pid=7), Task('b', secret='y') == Task('b', secret='z'))


@dataclass(order=True)
class Version:
    __annotations__ = {'major': int, 'minor': int}
    minor = 0


print(sorted([Version(3, 11), Version(3, 8), Version(2)]), Version(3) < Version(3, 1), max(Version(1), Version(1, 2)))
try:
    Version(1) < 5
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class Point:
    __annotations__ = {'x': float, 'y': float}

    def dist2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.dist2())


@dataclass
class Inventory:
    __annotations__ = {'items': dict, 'total': int}
    items = field(default_factory=dict)
    total = field(init=False, default=0)

    def __post_init__(self):
        self.total = sum(self.items.values())


print(Inventory({'a': 2, 'b': 3}), Inventory())


@dataclass
class Base:
    __annotations__ = {'id': int}


@dataclass
class Child(Base):
    __annotations__ = {'label': str}
    label = 'c'


print(Child(1), Child(2, 'two'), [f.name for f in fields(Child)])
for bad in [lambda: Task(), lambda: Task('a', 1, [], 'x', 5), lambda: Task('a', nope=1), lambda: Task('a', name='b')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    @dataclass
    class Bad:
        __annotations__ = {'a': int, 'b': int}
        a = 0
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Mutable:
        __annotations__ = {'xs': list}
        xs = []
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
print(hash(Task('x')) if Task.__hash__ is not None else 'unhashable')
