# typing: the names that type hints import, condensed from CPython's
# Lib/typing.py (3.8-3.14). The simulator never evaluates annotations, so
# what matters is that `from typing import List, Optional` works and that
# aliases made at run time (Vector = List[float]) subscript and print as
# CPython's. NamedTuple works in both its forms, over collections'
# namedtuple (so, as there, its instances are not tuples to isinstance).
# Left out: runtime checks of generics, get_type_hints, Protocol's
# structural checks, TypedDict.

import sys
import collections
from _zombielab import frame_globals as _frame_globals

TYPE_CHECKING = False


class _Special(object):
    # A special form or generic alias: typing.List, typing.Optional[int]
    # ...; subscripting makes a new alias with the arguments.

    def __init__(self, name, args=None, origin_repr=None):
        self._name = name
        self.__args__ = args
        self._origin_repr = origin_repr

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return _Special('Optional', (params[0], type(None)))
        if self._name == 'Union' and len(params) == 1:
            return params[0]
        return _Special(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated; use %s() instead'
                        % (self._name, self._name.lower()))

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        if self._name == 'Optional':
            # Up to 3.8 an Optional prints as the Union it is.
            if sys.version_info < (3, 9):
                return 'typing.Union[%s, NoneType]' % _type_repr(self.__args__[0])
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            args = ', '.join(_type_repr(a) for a in self.__args__[0])
            return 'typing.Callable[[%s], %s]' % (args, _type_repr(self.__args__[1]))
        return 'typing.%s[%s]' % (self._name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        return isinstance(other, _Special) and self._name == other._name and self.__args__ == other.__args__

    def __instancecheck__(self, obj):
        return self._check(type(obj), 'isinstance')

    def __subclasscheck__(self, cls):
        return self._check(cls, 'issubclass')

    def _check(self, cls, fn):
        # typing's aliases of builtin and collections classes check as
        # those classes; a subscripted one is refused, but a Union or
        # Optional from 3.10 checks each of its arguments.
        if self.__args__ is not None:
            if self._name in ('Union', 'Optional') and sys.version_info >= (3, 10):
                return any(issubclass(cls, type(None) if a is None else a) for a in self.__args__)
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        if self._name == 'Any' and fn == 'issubclass' and sys.version_info >= (3, 11):
            return False  # Any is a class from 3.11; only isinstance() refuses it
        target = _check_target(self._name)
        if target is None:
            raise TypeError('%r cannot be used with %s()' % (self, fn))
        return issubclass(cls, target)


_builtin_targets = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset, 'Tuple': tuple, 'Type': type}
_abc_targets = {'AbstractSet': 'Set'}
_abc_names = ('Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
              'Collection', 'Container', 'Hashable', 'Sized', 'Awaitable', 'Coroutine', 'AsyncIterable',
              'AsyncIterator', 'Reversible', 'Callable', 'AbstractSet', 'MutableSet', 'KeysView', 'ItemsView',
              'ValuesView', 'MappingView', 'ByteString')
_collections_names = ('Deque', 'DefaultDict', 'OrderedDict', 'Counter', 'ChainMap')


def _check_target(name):
    # The class an unsubscripted alias checks as, or None (Any, ClassVar,
    # ...: not usable with isinstance).
    if name in _builtin_targets:
        return _builtin_targets[name]
    if name in _abc_names:
        import collections.abc
        return getattr(collections.abc, _abc_targets.get(name, name))
    if name in _collections_names:
        import collections
        return getattr(collections, {'Deque': 'deque', 'DefaultDict': 'defaultdict'}.get(name, name))
    return None


def _type_repr(obj):
    # typing._type_repr: builtins by bare name, classes by module.name,
    # ... as '...', anything else by repr.
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


Any = _Special('Any')
NoReturn = _Special('NoReturn')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Union = _Special('Union')
Optional = _Special('Optional')
Literal = _Special('Literal')
List = _Special('List')
Dict = _Special('Dict')
Set = _Special('Set')
FrozenSet = _Special('FrozenSet')
Tuple = _Special('Tuple')
Type = _Special('Type')
Callable = _Special('Callable')
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
Sequence = _Special('Sequence')
MutableSequence = _Special('MutableSequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
Collection = _Special('Collection')
Container = _Special('Container')
Hashable = _Special('Hashable')
Sized = _Special('Sized')
Deque = _Special('Deque')
DefaultDict = _Special('DefaultDict')
OrderedDict = _Special('OrderedDict')
Counter = _Special('Counter')
Awaitable = _Special('Awaitable')
Coroutine = _Special('Coroutine')
IO = _Special('IO')
TextIO = _Special('TextIO')
BinaryIO = _Special('BinaryIO')
AnyStr = _Special('AnyStr')
Text = str


class TypeVar(object):
    # typing.TypeVar: a named type variable, printed as ~T.

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self._prefix = '+' if covariant else '-' if contravariant else '~'

    def __repr__(self):
        return self._prefix + self.__name__


class _GenericAlias(object):
    # typing._GenericAlias of a user generic class: Box[int] prints as
    # __main__.Box[int], calls the class, and as a base is the class
    # (__mro_entries__, PEP 560).

    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__), ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        # The origin, unless a later base already derives from it.
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, type) and issubclass(b, self.__origin__):
                return ()
        if self.__origin__ is Generic and any(isinstance(b, type) and issubclass(b, Generic) for b in bases if b is not self):
            return ()
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class Generic(object):
    # typing.Generic: class Box(Generic[T]); Box[int] is an alias of it.
    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)


class Protocol(Generic):
    # typing.Protocol: a base class only (no structural checks).
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def NewType(name, tp):
    # typing.NewType: an identity function named name (a class from 3.10,
    # callable the same way).
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


_prohibited = ('__new__', '__init__', '__slots__', '__getnewargs__',
               '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source')


_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    # typing.NamedTupleMeta (Lib/typing.py, 3.8-3.14): a class statement
    # whose base is NamedTuple makes a namedtuple class (its only base is
    # tuple) from the body's annotations, those with a value in the body
    # having it as default, and copies the body's other attributes onto it.

    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        if sys.version_info >= (3, 11):
            for base in bases:
                if base is not _NamedTuple:
                    if base is Generic or getattr(base, '__origin__', None) is Generic:
                        raise TypeError("a generic NamedTuple is not supported by the simulator")
                    raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                if sys.version_info < (3, 9):
                    plural = '(s)'
                else:
                    plural = 's' if len(default_names) > 1 else ''
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, plural, ', '.join(default_names)))
        nm_tpl = collections.namedtuple(typename, list(types), defaults=[ns[n] for n in default_names],
                                        module=ns['__module__'])
        nm_tpl.__annotations__ = dict(types)
        if sys.version_info < (3, 9):
            nm_tpl._field_types = dict(types)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


if sys.version_info < (3, 9):
    class NamedTuple(metaclass=NamedTupleMeta):
        # typing.NamedTuple in 3.8: a class whose metaclass makes the
        # class statements; called, it is the functional form.
        _root = True

        def __new__(cls, typename, fields=None, **kwargs):
            return _functional_namedtuple(typename, fields, **kwargs)
else:
    def NamedTuple(typename, fields=None, /, **kwargs):
        # typing.NamedTuple from 3.9: the functional form, and, as a base
        # (__mro_entries__), the class statement's.
        return _functional_namedtuple(typename, fields, **kwargs)

    _NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})

    def _namedtuple_mro_entries(bases):
        if sys.version_info < (3, 11) and len(bases) > 1:
            raise TypeError("Multiple inheritance with NamedTuple is not supported")
        return (_NamedTuple,)

    NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _functional_namedtuple(typename, fields=None, **kwargs):
    # NamedTuple(typename, fields) or, deprecated in 3.13,
    # NamedTuple(typename, **fields).
    if fields is None:
        fields = kwargs.items()
        if kwargs and sys.version_info >= (3, 13):
            import warnings
            warnings.warn("Creating NamedTuple classes using keyword arguments is deprecated "
                          "and will be disallowed in Python 3.15. Use the class-based or "
                          "functional syntax instead.", DeprecationWarning, stacklevel=3)
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    fields = [(n, t) for n, t in fields]
    nt = collections.namedtuple(typename, [n for n, t in fields], module=_caller_module())
    nt.__annotations__ = dict(fields)
    if sys.version_info < (3, 9):
        nt._field_types = dict(fields)
    return nt


def _caller_module():
    # The module of the code that called NamedTuple(...).
    caller = _frame_globals(3)
    return caller.get('__name__', '__main__') if caller is not None else '__main__'


def get_type_hints(obj, globalns=None, localns=None):
    return dict(getattr(obj, '__annotations__', {}) or {})
