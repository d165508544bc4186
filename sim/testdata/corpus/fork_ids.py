# A fork copies the address space: every object keeps its id() in the child,
# functions and methods (shared until written), classes, lists and dicts.
import os


def plain():
    return 1


class K:
    def method(self):
        return 2

    @staticmethod
    def static():
        return 3


def outer():
    x = 1

    def inner():
        return x
    return inner


inner = outer()
lst = [1, 2, 3]
d = {"a": 1}
k = K()
objs = {"plain": plain, "method": K.method, "static": K.static, "inner": inner,
        "class": K, "list": lst, "dict": d, "instance": k, "bound": k.method}
kept_bound = objs["bound"]
before = {name: id(o) for name, o in objs.items()}

pid = os.fork()
if pid == 0:
    plain.tag = "child"  # a write to a shared function: same id still
    same = {name: id(o) == before[name] for name, o in objs.items()}
    print("child:", same, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
same = {name: id(o) == before[name] for name, o in objs.items()}
print("parent:", same)
print("plain after the child wrote its copy:", id(plain) == before["plain"], hasattr(plain, "tag"))
