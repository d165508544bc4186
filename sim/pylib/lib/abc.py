# abc: ABC, ABCMeta and abstractmethod, condensed from CPython's
# Lib/abc.py and Lib/_py_abc.py (3.8-3.14) so that `from abc import ABC,
# abstractmethod` works. pyvm has no metaclasses, so ABC is a plain base
# class whose __init_subclass__ does what ABCMeta.__new__ does: it sets
# __abstractmethods__, and the VM refuses to instantiate a class that
# leaves one (object_new's TypeError). A class that names ABCMeta as its
# metaclass instead is refused by the compiler. Left out: register,
# __subclasshook__, the cache functions.


def abstractmethod(funcobj):
    # abc.abstractmethod: marks the function.
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    # abc.ABCMeta: usable only as a name here (no metaclass= in pyvm).
    pass


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


class ABC(object):
    # abc.ABC: a helper base class (metaclass ABCMeta in CPython).
    __slots__ = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstracts(cls)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    # abc.abstractproperty (deprecated): a property marked abstract.
    return property(fget, fset, fdel, doc)


def get_cache_token():
    return 0
