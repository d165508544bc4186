# One attribute instruction meets instances of several classes, and the
# classes change between visits: every load and store must see each class
# as it is now, through any cache an instruction keeps.
class A:
    kind = 'A'


class B(A):
    pass


class C:
    kind = 'C'


def show(o):
    return o.kind  # the same instruction for every call


def store(o, v):
    o.value = v  # likewise


objs = [A(), B(), C(), B()]
print([show(o) for o in objs])
B.kind = 'B'                      # B gains its own
print([show(o) for o in objs])
objs[3].kind = 'own'              # an instance attribute shadows it
print([show(o) for o in objs])
del B.kind                        # back to A's
print([show(o) for o in objs])


class Loud:
    def __set__(self, obj, v):
        print('descriptor sets', v)
        obj.__dict__['value'] = v * 10

    def __get__(self, obj, cls=None):
        return 'via descriptor'


for i, o in enumerate(objs):
    store(o, i)
A.value = Loud()                  # a data descriptor on a base, later
for i, o in enumerate(objs):
    store(o, i)
print([show(o) for o in objs], [o.value for o in objs])
del A.value
print([o.value for o in objs])


class P:
    @property
    def kind(self):
        return 'property'


for cls in (A, P, A):
    print(show(cls()))
