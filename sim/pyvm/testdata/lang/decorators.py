# Decorators: user-defined, with arguments, stacked, on methods and classes;
# the builtin descriptors; __slots__.
calls = []


def trace(func):
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        result = func(*args, **kwargs)
        print("called", func.__name__, len(args), kwargs)
        return result
    wrapper.__wrapped__ = func
    return wrapper


def repeat(times):
    def decorate(func):
        def run(*args):
            return [func(*args) for _ in range(times)]
        return run
    return decorate


@trace
def add(a, b=2):
    return a + b


@repeat(3)
@trace
def hello(name):
    return "hi " + name


add(1)
add(1, b=5)
print(hello("bob"), calls)
print(add.__name__, add.__wrapped__.__name__)

registry = {}


def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@register
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    @trace
    def moved(self, dx):
        return Point(self.x + dx, self.y)


@singleton
class Config:
    def __init__(self, name):
        self.name = name


p = Point.from_pair((3, 4))
print(registry, Point.registered, p.norm2, Point.origin().x, p.moved(1).x)
print(Config("a") is Config("b"), Config("c").name)
print(Point.__slots__)


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None


t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)


def counted(func):
    func.calls = 0

    def inner(*a):
        inner.calls += 1
        return func(*a)
    inner.calls = 0
    return inner


@counted
def f():
    return 1


f()
f()
print(f.calls)
decorators = {"count": counted}


@decorators.get("count")
def g():
    return 2


print(g(), g.calls)
