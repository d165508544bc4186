# functools.cached_property and singledispatch, collections.ChainMap.
import collections
import functools
from collections import ChainMap


class Config:
    def __init__(self, path):
        self.path = path
        self.loads = 0

    @functools.cached_property
    def data(self):
        self.loads += 1
        return {"path": self.path, "mode": "r"}


c = Config("/etc/app.conf")
print(c.data, c.data["mode"], c.loads, "data" in vars(c))
del c.data
print(c.data is not None, c.loads, type(Config.data).__name__)


@functools.singledispatch
def describe(x):
    return "object %r" % (x,)


@describe.register
def _(x: int):
    return "int %d" % x


@describe.register(list)
def _describe_list(x):
    return "list of %d" % len(x)


print(describe(3), describe(True), describe([1, 2]), describe("s"), describe(2.5))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))

defaults = {"color": "red", "user": "guest"}
env = {"user": "ann"}
cm = ChainMap({}, env, defaults)
print(cm["user"], cm["color"], len(cm), list(cm), cm.get("x", 0))
print(cm, cm.keys(), list(cm.items()))
cm["color"] = "blue"
child = cm.new_child({"user": "bob"})
print(cm.maps[0], child["user"], child.parents["user"], dict(child))
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
