# typing.NamedTuple in its class form (fields from annotations, defaults,
# methods, the errors for a field without default after one with, and for
# overwriting _asdict) and its functional forms.
from typing import NamedTuple, List


class Employee(NamedTuple):
    """An employee."""
    name: str
    dept: str = "eng"
    skills: List[str] = []

    def describe(self):
        return "%s (%s)" % (self.name, self.dept)


e = Employee("ann")
print(e, e.describe(), e.dept, e._fields, e._field_defaults, Employee.__annotations__)
print(e._replace(dept="ops"), e._asdict(), Employee._make(["bo", "hr", ["x"]]), len(e), e[0])
print(Employee, Employee.__name__, Employee.__doc__)
Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, Point, p.x + p.y, Point.__annotations__)
try:
    Employee()
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self):
            return {}
except AttributeError as err:
    print("AttributeError:", err)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError:", err)
print(e == ("ann", "eng", []), hash(Point(1, 2)) == hash(Point(1, 2)))

P2 = NamedTuple("P2", x=int, y=str)
print(P2(1, "a"), P2.__annotations__)
