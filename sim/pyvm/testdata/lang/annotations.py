# Annotations in module and class bodies: __annotations__, evaluated in
# order (PEP 526); function bodies never evaluate theirs.


count: int = 3
names: list
print(__annotations__)


class Point:
    x: int
    y: float = 0.5
    label: "str" = "p"
    tags: "Optional[List[str]]" = None

    def method(self):
        z: undefined_name = 1
        return z


print(Point.__annotations__, Point.y, Point().method(), hasattr(Point, "x"))


class Empty:
    pass


print("__annotations__" in Empty.__dict__, "__annotations__" in Point.__dict__)


def make():
    T = dict

    class Inner:
        field: T
    return Inner


print(make().__annotations__)
obj = Point()
obj.extra: int = 5
print(obj.extra)
try:
    missing: undefined_name
except NameError as e:
    print("NameError:", e)
if True:
    nested: bool = True
print(sorted(__annotations__))
