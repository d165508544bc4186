def plain(a, b):
    return a + b


def defaults(a, b=1, c="x"):
    pass


def star(*args, **kwargs):
    pass


def kwonly(a, *, b, c=3):
    pass


def posonly(a, b=2, /, c=3, *d, e, f=6, **g):
    pass


def annotated(a: int, b: "str" = "", *c: int, **d: float) -> None:
    pass


def trailing(
    a,
    b,
):
    pass


class A:
    """Doc."""
    count = 0

    def __init__(self, x):
        super().__init__()
        self._x = x

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, value):
        self._x = value

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        return cls()

    def __repr__(self):
        return f"A({self._x!r})"


class B(A):
    pass


class D(A, object):
    pass


class E():
    pass
