# abc: ABC, ABCMeta and abstractmethod, condensed from CPython's
# Lib/abc.py (3.8-3.14) so that `from abc import ABC, abstractmethod`
# works. pyvm has no metaclasses, so ABC is a plain base class: an
# abstract method is marked (__isabstractmethod__) but instantiating a
# class that leaves one abstract is not refused (CPython raises
# TypeError). Left out: register, __subclasshook__, the cache functions.


def abstractmethod(funcobj):
    # abc.abstractmethod: marks the function.
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    # abc.ABCMeta: usable only as a name here (no metaclass= in pyvm).
    pass


class ABC(object):
    # abc.ABC: a helper base class (metaclass ABCMeta in CPython).
    __slots__ = ()


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    # abc.abstractproperty (deprecated): a property marked abstract.
    return property(fget, fset, fdel, doc)


def get_cache_token():
    return 0
