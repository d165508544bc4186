# abc: ABC, ABCMeta and abstractmethod, condensed from CPython's
# Lib/abc.py and Lib/_py_abc.py (3.8-3.14). ABCMeta is a metaclass: it
# sets __abstractmethods__ when a class is made (the VM refuses to
# instantiate a class that leaves one: object_new's TypeError), and its
# register(), __instancecheck__ and __subclasscheck__ answer for virtual
# subclasses. Left out: the caches and their functions, and virtual
# subclasses registered on a subclass (_py_abc asks __subclasses__(),
# which the simulator's classes do not keep).


def abstractmethod(funcobj):
    # abc.abstractmethod: marks the function.
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstracts(cls):
    # _py_abc.ABCMeta.__new__: the names the class marks abstract, and the
    # bases' abstract names it has not implemented.
    names = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    # abc.ABCMeta (_py_abc.ABCMeta): abstract methods and virtual subclasses.

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts(cls)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        # ABCMeta.register: subclass becomes a virtual subclass of cls.
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        # ABCMeta.__subclasscheck__: the hook, the MRO, the registry.
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    # abc.ABC: a helper base class whose metaclass is ABCMeta.
    __slots__ = ()


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    # abc.abstractproperty (deprecated): a property marked abstract.
    return property(fget, fset, fdel, doc)


def get_cache_token():
    return 0
