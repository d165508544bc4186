# with: __enter__/__exit__ order, targets, several items, exceptions passing
# through, suppressed by a true __exit__ result, and leaving the body with
# return, break and continue.
import sys


class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type is not None else None
        print("exit", self.name, name, exc, sys.exc_info()[0] is exc_type)
        return self.suppress


with Tag("a") as t:
    print("body", t)

with Tag("a") as x, Tag("b") as y:
    print("two", x, y)

with Tag("pair") as (first, *rest):
    print("unpacked", first, rest)

try:
    with Tag("outer"), Tag("inner"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

with Tag("s", suppress=True):
    1 / 0
print("after suppress", sys.exc_info())


class Truthy(Tag):
    def __exit__(self, *args):
        print("exit", self.name, args[0].__name__)
        return "yes"


with Truthy("t"):
    raise KeyError("k")
print("suppressed by a true str")


def leave():
    with Tag("r"):
        return "returned"


print(leave())

for i in range(3):
    with Tag("loop" + str(i)):
        if i == 0:
            continue
        if i == 2:
            break
        print("middle", i)
print("after loop", i)


class BadEnter:
    def __enter__(self):
        raise RuntimeError("no entry")

    def __exit__(self, *args):
        print("never")


try:
    with Tag("before"), BadEnter():
        print("never")
except RuntimeError as e:
    print("enter failed:", e)


class BadExit(Tag):
    def __exit__(self, *args):
        raise OSError("in exit")


try:
    with BadExit("be"):
        raise ValueError("original")
except OSError as e:
    print("exit raised:", repr(e), "context:", repr(e.__context__))


def nested():
    try:
        with Tag("f"):
            try:
                raise IndexError("deep")
            finally:
                print("finally runs first")
    except IndexError as e:
        return "nested " + str(e)


print(nested())
with Tag("self") as me:
    pass
print(me)
