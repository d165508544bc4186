class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made = True
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        obj = super().__call__(*args)
        return obj

    def __iter__(cls):
        yield 1
        yield 2

    def __len__(cls):
        return 2


class A(metaclass=Meta, flag=1):
    x = 1

    def __init__(self, v):
        self.v = v


class B(A):
    pass


a = B(3)
for i in A:
    n = i
size = len(B)


class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(Base, tag='t'):
    y = 2


class Field:
    def __set_name__(self, owner, name):
        self.name = name


class InitOnly(type):
    def __init__(cls, name, bases, ns, **kw):
        cls.seen = name


class Model(Base, metaclass=InitOnly, tag='m'):
    f = Field()
    g = Field()


Dyn = type('Dyn', (Base,), {'h': Field()})
Made = InitOnly('Made', (Base,), {})
