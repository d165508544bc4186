# types.SimpleNamespace, abc, keyword.
import types
import keyword
from abc import ABC, abstractmethod
from types import SimpleNamespace

ns = SimpleNamespace(pid=42, name='worker')
ns.status = 'zombie'
print(ns, ns.pid, ns == SimpleNamespace(pid=42, name='worker', status='zombie'), SimpleNamespace())
print(types.FunctionType, types.GeneratorType.__name__, isinstance(len, types.BuiltinFunctionType))


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(Square(3).describe(), Shape.area.__isabstractmethod__, isinstance(Square(1), Shape))
print(keyword.iskeyword('yield'), keyword.iskeyword('print'), len(keyword.kwlist), keyword.kwlist[:3])
