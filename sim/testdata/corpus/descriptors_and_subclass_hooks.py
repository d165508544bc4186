# Descriptors written in Python (a validating data descriptor with
# __set_name__, a non-data one that caches, __get__ from the class), the
# __init_subclass__ hook of a plugin registry, __class_getitem__, and abc's abstract classes:
# instantiating one that leaves a method abstract is refused.
import abc


class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Cached:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value  # the instance's dict wins next time
        return value


class Person:
    age = Typed(int)
    name = Typed(str)

    def __init__(self, name, age):
        self.name, self.age = name, age

    @Cached
    def greeting(self):
        print("computing greeting")
        return "hi " + self.name


p = Person("ada", 36)
print(p.age, p.name, type(Person.age).__name__, sorted(k for k in vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(p.greeting, p.greeting)
del p.age
print(p.age)
p.__dict__["age"] = "shadow"
print(p.age)


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


class JsonLines(Json):
    pass


print(Plugin.registry)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class HalfDone(Shape):
    def area(self):
        return 1


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe(), isinstance(Square(1), Shape), abc.ABC.__abstractmethods__)


class Registry:
    # __class_getitem__ (PEP 560): Registry["name"] looks a plugin up.
    def __class_getitem__(cls, name):
        return "%s[%s] -> %s" % (cls.__name__, name, name in Plugin.registry)


print(Registry["Csv"], Registry["Xml"])
