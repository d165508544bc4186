# typing.NamedTuple made by its metaclass (NamedTupleMeta): the class
# statement gives a namedtuple class whose only base is tuple, with the
# body's methods and docstring; NamedTuple is a class in 3.8 and a
# function with __mro_entries__ from 3.9; each version's refusals.
from typing import NamedTuple


class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3

    def greet(self):
        return 'hi ' + self.name


e = Employee('Guido')
print(e, Employee.__mro__, type(Employee), Employee.__bases__, Employee.__doc__, Employee.__qualname__)
print(e.greet(), Employee._field_defaults, Employee.__annotations__)
print(sorted(k for k in vars(Employee) if k.startswith('__') and k not in ('__doc__', '__new__', '__slots__', '__getnewargs__', '__repr__', '__match_args__', '__annotations__', '__module__', '__dict__', '__firstlineno__', '__static_attributes__', '__replace__')))
print(type(NamedTuple).__name__, isinstance(e, tuple))


class B:
    pass


try:
    class X(NamedTuple, B):
        a: int
    print('ok', X.__mro__)
except TypeError as e:
    print('TypeError', e)
try:
    class Y(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print('TypeError', e)
try:
    class Z(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError', e)
