# abc: ABCMeta as a metaclass (metaclass=ABCMeta and ABC), abstract methods
# and abstract properties refused at instantiation with each version's
# message, __subclasshook__, register() and virtual subclasses.
from abc import ABC, ABCMeta, abstractmethod


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        pass

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Broken(Shape):
    pass


print(Square(3).describe(), type(Shape), type(Square).__name__, isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
try:
    Broken()
except TypeError as e:
    print('TypeError', e)


class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...

    @property
    @abstractmethod
    def legs(self):
        ...


class Dog(Animal):
    def speak(self):
        return 'Woof'

    @property
    def legs(self):
        return 4


d = Dog()
print(d.speak(), d.legs, type(ABC), isinstance(d, ABC), issubclass(Dog, Animal))
try:
    Animal()
except TypeError as e:
    print('TypeError', e)


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, 'draw')
        return NotImplemented


class Circle:
    def draw(self):
        return 'o'


print(isinstance(Circle(), Drawable), issubclass(int, Drawable), issubclass(Circle, Drawable))


class Sequenceish(ABC):
    pass


Sequenceish.register(tuple)
print(isinstance((1,), Sequenceish), isinstance([1], Sequenceish), issubclass(tuple, Sequenceish))
print(Sequenceish.register(list) is list, isinstance([], Sequenceish))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Animal.__abstractmethods__ == frozenset({'speak', 'legs'}))
