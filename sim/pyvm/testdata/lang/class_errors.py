# Errors type_new and type_call raise after the class body or __init__ has
# run are reported at the class statement or the call, in the caller's
# frame: the traceback ends there, not inside the body or __init__.
import traceback


def report():
    # The traceback's entries (without the file's path) and the error.
    for line in traceback.format_exc().splitlines():
        if line.startswith('  File'):
            print(line.split(', ', 1)[1])
        elif not line.startswith(' '):
            print(line)


try:
    class A:
        __slots__ = ('x',)
        x = 1
except ValueError:
    report()


class B:
    def __init__(self):
        return 1


try:
    B()
except TypeError:
    report()


class C:
    def __new__(cls):
        return object.__new__(cls)

    def __init__(self, needed):
        pass


def make():
    return C()


try:
    make()
except TypeError:
    report()

try:
    class D(tuple, list):
        pass
except TypeError:
    report()
