# Attribute and method lookups through a class hierarchy while the classes
# change between them: the simulator remembers where a class found a name
# (Class.lookup), and every change below must be seen at the next lookup.


class Base:
    kind = "base"

    def greet(self):
        return "base greet"

    def __repr__(self):
        return "<%s>" % type(self).__name__


class Mid(Base):
    pass


class Leaf(Mid):
    def shout(self):
        return self.greet().upper()


x = Leaf()
for round_ in range(3):
    print(round_, x.kind, x.greet(), x.shout(), getattr(x, "missing", "none"))

# A name added to a class nearer the start of the MRO shadows the base's.
Mid.greet = lambda self: "mid greet"
print("shadowed:", x.greet(), x.shout())
Leaf.kind = "leaf"
print("kind:", x.kind, Mid.kind, Base.kind)

# Deleting the shadowing name shows the base's again.
del Mid.greet
print("unshadowed:", x.greet())
del Leaf.kind
print("kind again:", x.kind)

# A name that was missing everywhere, then added to the base.
print(hasattr(x, "late"))
Base.late = 42
print(x.late, Leaf.late)
Base.late = 43  # a new value in the same place
print(x.late)
del Base.late
print(hasattr(x, "late"))

# Many names: the class dictionaries grow, shrink and are compacted while
# lookups continue.
for i in range(40):
    setattr(Base, "a%d" % i, i)
print(sum(getattr(x, "a%d" % i) for i in range(40)))
for i in range(0, 40, 2):
    delattr(Base, "a%d" % i)
print(sum(getattr(x, "a%d" % i, 0) for i in range(40)))
for i in range(0, 40, 2):
    setattr(Mid, "a%d" % i, -i)
print(sum(getattr(x, "a%d" % i) for i in range(40)))

# Special methods found through the MRO: __repr__, __eq__, __setattr__.
print(repr(x), [x])
Mid.__eq__ = lambda self, other: True
print(x == 5, x != 5)
del Mid.__eq__
print(x == 5)


def setattr_hook(self, name, value):
    object.__setattr__(self, name, value * 2)


x.n = 1
Mid.__setattr__ = setattr_hook
x.m = 1
del Mid.__setattr__
x.k = 1
print(x.n, x.m, x.k)

# A property added after instances looked the name up in their dict.
x.p = "instance"
print(x.p)
Base.p = property(lambda self: "property")
print(x.p)
del Base.p
print(x.p)

# The class's own __dict__ written directly through the class: vars() is a
# read-only view in CPython, so setattr is the way.
for name in ["alpha", "beta", "gamma"]:
    setattr(Leaf, name, name.upper())
    print(getattr(x, name), name in vars(Leaf), name in vars(Base))
