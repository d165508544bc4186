# enum: Enum, auto, unique and EnumMeta (EnumType from 3.11), condensed
# from CPython's Lib/enum.py (3.8-3.13).
#
# EnumMeta is a real metaclass here: it makes the members when the class is
# made and lets the class be iterated, indexed by name, called with a value
# (and _missing_), and it refuses to reassign or delete members. Versions
# differ in their messages and in `x in Color` for a non-member: a
# TypeError up to 3.11 (with a DeprecationWarning in 3.10 and 3.11), a
# bool from 3.12.
#
# Left out: IntEnum, StrEnum, Flag and IntFlag (their members are ints and
# strs, and the simulator cannot subclass int or str: importing one is
# refused), _ignore_, __init_subclass__ hooks with keywords, the
# boundary= and verify() of 3.11, _EnumDict (the body runs in a plain
# dict, so a duplicate member name is not refused).

import sys
import warnings as _warnings
from types import MappingProxyType

_auto_null = object()


class auto(object):
    # enum.auto: the value is chosen by _generate_next_value_ when the
    # class is made.
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_descriptor(obj):
    # Functions, properties, classmethods and staticmethods are not
    # members (enum._is_descriptor); the subset's functions have no
    # __get__, so callables count too.
    return callable(obj) or isinstance(obj, (property, classmethod, staticmethod))


def _is_private_or_special(name):
    return name.startswith('_')


def _make_member(enum_class):
    # An instance of enum_class whose __init__ has not run.
    return object.__new__(enum_class)


class EnumMeta(type):
    # enum.EnumMeta (EnumType from 3.11): makes the members when the class
    # is created and lets the class be iterated, indexed by name and
    # called with a value.

    def __new__(metacls, cls, bases, classdict, **kwds):
        names = [k for k in classdict if not _is_private_or_special(k) and not _is_descriptor(classdict[k])]
        values = [classdict[k] for k in names]
        body = {}
        for k in classdict:
            if k not in names:
                body[k] = classdict[k]
        enum_class = type.__new__(metacls, cls, bases, body)
        for base in bases:
            if isinstance(base, EnumMeta) and base._member_names_:
                if sys.version_info >= (3, 11):
                    raise TypeError('%r cannot extend %r' % (enum_class, base))
                raise TypeError('%s: cannot extend enumeration %r' % (cls, base.__name__))
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        last_values = []
        for name, value in zip(names, values):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member(enum_class, name, value)
        return enum_class

    def _add_member(enum_class, name, value):
        # A member, or an alias of an earlier member with an equal value.
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                enum_class._member_map_[name] = other
                type.__setattr__(enum_class, name, other)
                return
        member = _make_member(enum_class)
        member._value_ = value
        member._name_ = name
        member.__objclass__ = enum_class
        init = enum_class.__init__
        if init is not object.__init__:
            args = value if isinstance(value, tuple) else (value,)
            init(member, *args)
        if sys.version_info >= (3, 11):
            member._sort_order_ = len(enum_class._member_names_)
        enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        enum_class._value2member_map_[value] = member
        type.__setattr__(enum_class, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        # EnumMeta.__call__: a lookup by value, or the functional API
        # Enum('Name', 'A B C').
        if names is None:
            return cls._lookup(value)
        return cls._create_(value, names, start)

    def _lookup(cls, value):
        # Enum.__new__: a member, one with an equal value, or what the
        # class's _missing_ hook finds.
        if isinstance(value, cls):
            return value
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, start):
        # The functional API: names as 'A B', 'A,B', a list of names, a
        # list of (name, value) pairs or a mapping.
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, dict):
            pairs = list(names.items())
        else:
            pairs = []
            for i, item in enumerate(names):
                if isinstance(item, str):
                    pairs.append((item, cls._generate_next_value_(item, start, i, [v for _, v in pairs])))
                else:
                    pairs.append((item[0], item[1]))
        classdict = {}
        for name, value in pairs:
            classdict[name] = value
        return EnumMeta.__new__(EnumMeta, class_name, (cls,), classdict)

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_[::-1]])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        # A member of the class; from 3.12 a value of one too.
        if isinstance(member, cls):
            return True
        if sys.version_info >= (3, 12):
            return any(m._value_ == member for m in cls._member_map_.values())
        if sys.version_info >= (3, 11):
            _warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                          "False depending on whether the value is a member or the value of a member",
                          DeprecationWarning, stacklevel=2)
        elif sys.version_info >= (3, 10):
            _warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True if\n"
                          "obj is a member or a member's value",
                          DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                        % (type(member).__qualname__, type(cls).__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        # Members cannot be reassigned.
        if name in cls.__dict__.get('_member_map_', {}):
            if sys.version_info >= (3, 11):
                raise AttributeError('cannot reassign member %r' % (name,))
            raise AttributeError('Cannot reassign members.')
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            if sys.version_info >= (3, 11):
                raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
            raise AttributeError('%s: cannot delete Enum member.' % cls.__name__)
        type.__delattr__(cls, name)


if sys.version_info >= (3, 11):
    # 3.11 renamed the class EnumType; EnumMeta stays as an alias.
    EnumMeta.__name__ = EnumMeta.__qualname__ = 'EnumType'
    EnumType = EnumMeta


class Enum(metaclass=EnumMeta):
    # enum.Enum: members with a name and a value, compared by identity.

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # Enum._generate_next_value_: one more than the largest int so far
        # (3.13: the last value), else start.
        if not last_values:
            return start
        try:
            return max(last_values) + 1 if sys.version_info < (3, 13) else last_values[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values')

    @classmethod
    def _missing_(cls, value):
        # Enum._missing_: no member for other values.
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__module__', 'name', 'value']


def unique(enumeration):
    # enum.unique: ValueError naming every alias.
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for alias, name in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
