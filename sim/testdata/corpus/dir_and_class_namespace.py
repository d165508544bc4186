# Looking inside objects the way learners do: dir() of a class, an
# instance, a builtin value and the current scope; vars() and __dict__ of
# a class; __qualname__ of nested and local classes; what __slots__ and
# 3.13's __static_attributes__ add.
import os


class Worker:
    """Runs one job."""
    kind = "generic"

    def __init__(self, pid):
        self.pid = pid
        self.status = "new"

    def start(self):
        self.status = "running"

    class State:
        pass


class Slotted:
    __slots__ = ("pid", "code")


class Quiet(Exception):
    pass


def factory():
    class Local:
        pass
    return Local


w = Worker(os.getpid())
print([n for n in dir(w) if not n.startswith("_")])
print(sorted(set(dir(Worker)) - set(dir(object))))
print(sorted(set(dir(Slotted)) - set(dir(object))))
print(list(Worker.__dict__))
print(list(vars(Slotted)), list(Quiet.__dict__))
print(Worker.__dict__["__dict__"], Worker.__dict__["__weakref__"], w.__weakref__)
print(sorted(vars(w)), Worker.State, Worker.State.__qualname__, factory(), factory().__qualname__)
print(getattr(Worker, "__static_attributes__", "no __static_attributes__"))
print(getattr(Worker, "__firstlineno__", "no __firstlineno__"))
try:
    w.__qualname__
except AttributeError as e:
    print("AttributeError:", e)
w.__dict__ = {"pid": 0}
print(w.pid, vars(w))
Worker.__qualname__ = "Renamed"
print(Worker, w.__class__.__name__)
for value in (1, "text", 5, None):
    try:
        Worker.__name__ = value
        print("name now", Worker.__name__)
    except TypeError as e:
        print("TypeError:", e)
print(len(dir(1)), len(dir("s")), len(dir([])), len(dir({})), len(dir(Quiet())))
print(dir(None)[-5:], "append" in dir([]), "keys" in dir({}))


def scope(a, b=2):
    c = a + b
    return dir()


print(scope(1), [n for n in dir() if not n.startswith("__")])
print([n for n in dir() if n.startswith("__")])
print(Worker.start.__dict__, dir(scope) == sorted(dir(scope)))
