# Metaclasses: metaclass= and other class keywords, a metaclass's __new__,
# __init__, __call__ (a singleton), special methods applying to its classes,
# methods and properties reached through the class, __prepare__, a registry,
# __init_subclass__ with keywords, the conflict TypeError, a function as
# metaclass, type(name, bases, ns) and type.__call__, __instancecheck__ and
# __subclasscheck__, and a metaclass's __setattr__ and __delattr__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter([1, 2, 3])

    def __len__(cls):
        return 3

    def __getitem__(cls, k):
        return k * 2

    def __contains__(cls, x):
        return x == 'yes'

    def __repr__(cls):
        return '<Meta %s>' % cls.__name__

    def hello(cls):
        return 'hello from ' + cls.__name__

    @property
    def prop(cls):
        return 'prop of ' + cls.__name__


class A(metaclass=Meta, flag=1):
    x = 1

    def __init__(self, v):
        self.v = v


class B(A):
    y = 2


print(type(A), type(B), isinstance(A, Meta), isinstance(A, type))
print(A, B, repr(B), str(A))
print(list(A), len(A), A[21], 'yes' in A, 'no' in B)
print(A.hello(), B.prop, A.tag, B.tag)
a = B(5)
print(a.v, type(a).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Logger(metaclass=Singleton):
    def __init__(self):
        print("Logger init")


l1 = Logger()
l2 = Logger()
print(l1 is l2)


class Registry(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name] = cls
        return cls


class Plugin(metaclass=Registry):
    pass


class P1(Plugin):
    pass


class P2(Plugin):
    pass


print(sorted(Registry.registry))


class Base:
    def __init_subclass__(cls, /, color=None, **kw):
        super().__init_subclass__(**kw)
        cls.color = color


class Red(Base, color='red'):
    pass


print(Red.color)
try:
    class Bad(Base, shade=1):
        pass
except TypeError as e:
    print('TypeError', e)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print('TypeError', e)


def fmeta(name, bases, ns):
    print('fmeta', name)
    return 42


class F(metaclass=fmeta):
    pass


print(F)
D = Meta('D', (), {'z': 3})
print(D.z, type(D).__name__)
print(type.__call__(A, 7).v)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'seeded': True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class O(metaclass=Ordered, opt=2):
    a = 1


print(O.seeded, O.a)


class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class Q(metaclass=BadPrep):
        pass
except TypeError as e:
    print('TypeError', e)


class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')

    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        pass


print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), issubclass(Mallard, Quacker), isinstance(Quacker(), Quacker))


class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith('k'):
            raise AttributeError('frozen: ' + name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('del', name)
        super().__delattr__(name)

    @property
    def size(cls):
        return len(cls.__dict__)


class Conf(metaclass=Frozen):
    k = 1
    v = 2


Conf.v = 3
try:
    Conf.k = 5
except AttributeError as e:
    print('AttributeError', e)
setattr(Conf, 'w', 4)
del Conf.w
print(Conf.k, Conf.v, hasattr(Conf, 'w'), Conf.size > 0)
print(type(Conf).__name__, Conf.__class__.__name__, type(type(Conf)).__name__)
