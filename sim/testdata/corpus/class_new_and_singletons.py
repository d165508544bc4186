# __new__ as tutorials use it: a singleton, a counter of instances made,
# a factory that returns another class's object (no __init__ then), an
# exception that adds to itself in __new__; and object.__new__'s and
# object.__init__'s argument errors.
import copy


class Base:
    count = 0

    def __new__(cls, *args, **kwargs):
        Base.count += 1
        inst = super().__new__(cls)
        inst.created = Base.count
        return inst

    def __init__(self, name="?"):
        self.name = name


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra


c = Child("kid", extra=3)
print(c.created, c.name, c.extra, Base.count, type(Child.__dict__.get("__new__")))
b = Base()
print(b.created, b.name, type(Base.__dict__["__new__"]).__name__, Base.__new__ is Base.__dict__["__new__"].__func__)


class Other:
    pass


class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return object.__new__(cls)

    def __init__(self, kind):
        print("Factory init", kind)


print(type(Factory("other")).__name__, type(Factory("self")).__name__)
for bad in (lambda: object.__new__(Factory, 1), lambda: object.__new__(5), lambda: object.__new__(int)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
p = object.__new__(Plain)
print(type(p).__name__, vars(p))


class Err(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.tag = "t"
        return self


try:
    raise Err("boom", 2)
except Err as e:
    print(e.args, e.tag, str(e))
d = copy.copy(c)
print(type(d).__name__, d.name, d.extra)
print(Base.count)


class S:
    __slots__ = ("v",)

    def __new__(cls, v):
        self = object.__new__(cls)
        self.v = v * 2
        return self


print(S(4).v)


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value=0):
        self.value = value


first, second = Singleton(1), Singleton(2)
print(first is second, first.value)


class NoInit:
    def __init__(self):
        super().__init__(1)


try:
    NoInit()
except TypeError as e:
    print("TypeError:", e)
