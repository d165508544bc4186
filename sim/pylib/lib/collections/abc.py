# collections.abc: the abstract base classes of containers, condensed from
# CPython's Lib/_collections_abc.py and Lib/_py_abc.py (3.8-3.14).
#
# pyvm has no metaclasses, so these classes are not made by ABCMeta: the
# VM asks _subclass_check(cls, C) for isinstance() and issubclass() of the
# classes marked with _zombielab.abc_class (these and any class register()
# is called on), which answers as ABCMeta.__subclasscheck__ does (the
# class's __subclasshook__, a real subclass, its registry, the registries
# of its subclasses). The builtin types are registered as in CPython, and
# collections' deque, UserDict, UserList and ChainMap (subclasses in
# CPython; registered here, so their __mro__ lacks these classes); a
# builtin class's methods are read from dir(), which lists CPython's. A
# subclass that leaves an abstract method out cannot be instantiated, and
# the mixin methods are CPython's. Generic aliases (Iterable[int], 3.9) are
# kept for annotations only. Left out: the async ABCs' mixins, Buffer's
# __buffer__ check (3.12), the caches.

import sys as _sys
from _zombielab import abc_class as _abc_class
from abc import abstractmethod, _abstracts

_abcs = []
_UNHASHABLE = (list, dict, set, bytearray, type({}.keys()), type({}.values()), type({}.items()))


def _builtin(B):
    return B.__module__ == 'builtins'


def _check_methods(C, *methods):
    # Each method defined somewhere along C's MRO, and not as None.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if _builtin(B):
                if method in dir(B):
                    if method == '__hash__' and B in _UNHASHABLE:
                        return NotImplemented
                    break
            elif method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _subclass_check(cls, C):
    # _py_abc.ABCMeta.__subclasscheck__, without its caches.
    if not isinstance(C, type):
        raise TypeError('issubclass() arg 1 must be a class')
    ok = cls.__subclasshook__(C)
    if ok is not NotImplemented:
        return ok
    if cls in C.__mro__:
        return True
    for r in cls.__dict__.get('_abc_registry', ()):
        if issubclass(C, r):
            return True
    for sub in _abcs:
        if sub is not cls and cls in sub.__bases__ and issubclass(C, sub):
            return True
    return False


class _GenericAlias(object):
    # types.GenericAlias as an annotation shows it: Iterable[int].
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                return a.__name__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
            if a is ...:
                return '...'
            return repr(a)
        return 'collections.abc.%s[%s]' % (self.__origin__.__name__, ', '.join(name(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


class _ABC(object):
    # What ABCMeta gives every class here: register(), a default
    # __subclasshook__, __abstractmethods__ kept up to date in subclasses,
    # and (3.9) subscription for annotations. _abc copies these into the
    # classes that have no base here, so that no MRO holds _ABC.
    def __init_subclass__(cls, **kwargs):
        # Copied into other classes: no super() (its cell names _ABC);
        # object's __init_subclass__ does nothing anyway.
        cls.__abstractmethods__ = _abstracts(cls)

    @classmethod
    def __subclasshook__(cls, C):
        # A one-trick pony's check: the methods its own _hook_methods
        # names (a subclass that sets none leaves the answer to the rest
        # of the check, as CPython's `if cls is Iterable` guards do).
        methods = cls.__dict__.get('_hook_methods')
        if methods is None:
            return NotImplemented
        return _check_methods(C, *methods)

    @classmethod
    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        if '_abc_registry' not in cls.__dict__:
            cls._abc_registry = []
        cls._abc_registry.append(subclass)
        if cls not in _abcs:
            _abc_class(cls, _subclass_check)
            _abcs.append(cls)
        return subclass

    @classmethod
    def __class_getitem__(cls, params):
        if _sys.version_info < (3, 9):
            raise TypeError("'ABCMeta' object is not subscriptable")
        return _GenericAlias(cls, params)


def _abc(cls):
    # Marks one of this module's classes (ABCMeta.__new__'s part here).
    if cls.__bases__ == (object,):
        for name in ('__init_subclass__', '__subclasshook__', 'register', '__class_getitem__'):
            if name not in cls.__dict__:
                setattr(cls, name, _ABC.__dict__[name])
    cls.__abstractmethods__ = _abstracts(cls)
    _abc_class(cls, _subclass_check)
    _abcs.append(cls)
    return cls


@_abc
class Hashable(object):
    # _collections_abc.Hashable: a class whose __hash__ is not None.
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    _hook_methods = ('__hash__',)


@_abc
class Awaitable(object):
    # _collections_abc.Awaitable: a class with __await__.
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    _hook_methods = ('__await__',)


@_abc
class Coroutine(Awaitable):
    # _collections_abc.Coroutine: __await__, send, throw and close.
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')

    _hook_methods = ('__await__', 'send', 'throw', 'close')


@_abc
class AsyncIterable(object):
    # _collections_abc.AsyncIterable: a class with __aiter__.
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    _hook_methods = ('__aiter__',)


@_abc
class AsyncIterator(AsyncIterable):
    # _collections_abc.AsyncIterator: __anext__ and __aiter__.
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    _hook_methods = ('__anext__', '__aiter__')


@_abc
class AsyncGenerator(AsyncIterator):
    # _collections_abc.AsyncGenerator: an async iterator with asend, athrow and aclose.
    __slots__ = ()

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        raise typ

    _hook_methods = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')


@_abc
class Iterable(object):
    # _collections_abc.Iterable: a class with __iter__.
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    _hook_methods = ('__iter__',)


@_abc
class Iterator(Iterable):
    # _collections_abc.Iterator: __iter__ and __next__.
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    _hook_methods = ('__iter__', '__next__')


@_abc
class Reversible(Iterable):
    # _collections_abc.Reversible: __reversed__ and __iter__.
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    _hook_methods = ('__reversed__', '__iter__')


@_abc
class Generator(Iterator):
    # _collections_abc.Generator: an iterator with send, throw and close (a generator's).
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')

    _hook_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


@_abc
class Sized(object):
    # _collections_abc.Sized: a class with __len__.
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    _hook_methods = ('__len__',)


@_abc
class Container(object):
    # _collections_abc.Container: a class with __contains__.
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    _hook_methods = ('__contains__',)


@_abc
class Collection(Sized, Iterable, Container):
    # _collections_abc.Collection: __len__, __iter__ and __contains__.
    __slots__ = ()

    _hook_methods = ('__len__', '__iter__', '__contains__')


@_abc
class Callable(object):
    # _collections_abc.Callable: a class with __call__.
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    _hook_methods = ('__call__',)


@_abc
class Set(Collection):
    # The comparisons and operators of a set, from __contains__, __iter__
    # and __len__; results are made by _from_iterable.
    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        return hash(frozenset(self))


@_abc
class MutableSet(Set):
    # _collections_abc.MutableSet: a Set with add and discard, and the in-place operators.
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


@_abc
class Mapping(Collection):
    # get, __contains__, keys, items, values and == from __getitem__,
    # __iter__ and __len__.
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


@_abc
class MappingView(Sized):
    # _collections_abc.MappingView: the base of keys(), items() and values() of a Mapping.
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


@_abc
class KeysView(MappingView, Set):
    # _collections_abc.KeysView: a Mapping's keys, as a Set.
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


@_abc
class ItemsView(MappingView, Set):
    # _collections_abc.ItemsView: a Mapping's (key, value) pairs, as a Set.
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


@_abc
class ValuesView(MappingView, Collection):
    # _collections_abc.ValuesView: a Mapping's values.
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


@_abc
class MutableMapping(Mapping):
    # _collections_abc.MutableMapping: a Mapping with __setitem__ and __delitem__, and pop, popitem, clear, update, setdefault.
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


@_abc
class Sequence(Reversible, Collection):
    # __iter__, __contains__, __reversed__, index and count from
    # __getitem__ and __len__.
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


@_abc
class MutableSequence(Sequence):
    # _collections_abc.MutableSequence: a Sequence with __setitem__, __delitem__ and insert, and the list methods made of them.
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


if _sys.version_info < (3, 14):
    @_abc
    class ByteString(Sequence):
        # _collections_abc.ByteString: bytes and bytearray (deprecated in 3.12, gone in 3.14).
        __slots__ = ()


# The builtin types, registered as _collections_abc registers them.
for _t in (type(iter(b'')), type(iter(bytearray())), type(iter({}.keys())), type(iter({}.values())),
           type(iter({}.items())), type(iter([])), type(reversed([])), type(iter(range(0))), type(iter(set())),
           type(iter('')), type(iter(())), type(iter(zip())), type(iter('a')), type(enumerate([])),
           type(map(len, [])), type(filter(None, [])), type(reversed(())), type(iter(len, 0))):
    Iterator.register(_t)
Generator.register(type((lambda: (yield))()))
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(type(type.__dict__))
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
MutableSequence.register(list)
MutableSequence.register(bytearray)
if _sys.version_info < (3, 14):
    ByteString.register(bytes)
    ByteString.register(bytearray)
else:
    Sequence.register(bytes)
del _t

# What collections registers (or, for the pure-Python classes, derives).
from collections import deque as _deque, UserDict as _UserDict, UserList as _UserList, ChainMap as _ChainMap
MutableSequence.register(_deque)
MutableSequence.register(_UserList)
MutableMapping.register(_UserDict)
MutableMapping.register(_ChainMap)
