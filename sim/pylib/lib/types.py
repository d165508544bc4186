# types: SimpleNamespace and the names of the built-in types, condensed
# from CPython's Lib/types.py (3.8-3.14). The type objects are taken from
# values of each kind, as CPython does (FunctionType = type(_f)). Left out:
# new_class, prepare_class, coroutine, GenericAlias.

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
_version = _sys.version_info
NoneType = type(None)
MappingProxyType = type(type.__dict__)


def _g():
    yield 1


GeneratorType = type(_g())
del _f, _g, _sys


class SimpleNamespace(object):
    # types.SimpleNamespace: attributes from keywords, a repr listing them
    # in insertion order, equality by attributes.

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        # Sorted by name up to 3.8, in insertion order from 3.9.
        keys = list(self.__dict__)
        if _version < (3, 9):
            keys.sort()
        items = ['%s=%r' % (k, self.__dict__[k]) for k in keys]
        return '%s(%s)' % ('namespace' if type(self) is SimpleNamespace else type(self).__name__,
                           ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
