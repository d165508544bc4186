# A class with its own __setattr__ and a property with a setter: every
# assignment goes through __setattr__ first, also inside a callback that
# sorted() runs (the simulator once called the property's setter directly
# there); a property without a setter refuses, in a callback too.
class Temp:
    def __init__(self):
        self.log = []
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self.log.append("setter %s" % v)
        self._c = v

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append("setattr %s" % name)
        object.__setattr__(self, name, value)


def key(v):
    t.celsius = v      # runs inside sorted(): a callback
    return -v


t = Temp()
t.celsius = 5
print(sorted([3, 1, 2], key=key), t.celsius)
print(t.log)


class Plain:
    @property
    def x(self):
        return 1


p = Plain()
try:
    p.x = 2
except AttributeError as e:
    print(type(e).__name__)


def key2(v):
    p.x = v
    return v


try:
    sorted([1], key=key2)
except AttributeError as e:
    print(type(e).__name__)
