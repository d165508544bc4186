# dataclasses: @dataclass, field, fields, asdict, astuple, replace and
# is_dataclass, condensed from CPython's Lib/dataclasses.py (3.8-3.14).
#
# CPython writes __init__, __repr__, __eq__ and the ordering methods as
# source text and exec()s it; the subset has no exec, so here they are
# general functions that read the class's fields, with the same behaviour
# and TypeErrors. What it needs from pyvm: a class body's annotations in
# __annotations__ (in definition order), and for frozen=True a user
# __setattr__. Left out: ClassVar and InitVar (no typing module), slots=
# and weakref_slot= (3.10/3.11), make_dataclass, recursive-repr guards,
# KW_ONLY sentinels (kw_only= on the class and on field() is kept).

import sys
import copy


class FrozenInstanceError(AttributeError):
    # dataclasses.FrozenInstanceError: assignment to a frozen instance.
    pass


class _MISSING_TYPE(object):
    # The sentinel for "no default" (dataclasses.MISSING).
    def __repr__(self):
        return '<dataclasses._MISSING_TYPE object>'


MISSING = _MISSING_TYPE()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field(object):
    # dataclasses.Field: one field's name, type and options.

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    # dataclasses.field.
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams(object):
    # The options given to @dataclass, kept as __dataclass_params__.
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, **kwargs):
    # dataclasses.dataclass: @dataclass or @dataclass(...).
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    # dataclasses._process_class: the fields of the bases, then this
    # class's annotations; then the generated methods, none of which
    # replaces one the class defines itself (except __init__).
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, type_ in annotations.items():
        f = _get_field(cls, name, type_, kw_only)
        fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_fields = list(fields.values())
    if init:
        _check_default_order(all_fields)
        cls.__init__ = _make_init(frozen)
    if repr and '__repr__' not in cls.__dict__:
        cls.__repr__ = _dc_repr
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _dc_eq
    if order:
        for name, op in (('__lt__', _dc_lt), ('__le__', _dc_le), ('__gt__', _dc_gt), ('__ge__', _dc_ge)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
            setattr(cls, name, op)
    if frozen:
        for name, op in (('__setattr__', _frozen_setattr), ('__delattr__', _frozen_delattr)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
            setattr(cls, name, op)
    _set_hash(cls, eq, frozen, unsafe_hash)
    if match_args and sys.version_info >= (3, 10) and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    return cls


def _get_field(cls, name, type_, kw_only):
    # dataclasses._get_field: the class attribute is the default or a
    # field(); a mutable default is refused.
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = type_
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if type(f.default) in (list, dict, set):
        raise ValueError('mutable default %r for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f


def _check_default_order(all_fields):
    # A positional field without a default may not follow one with a
    # default (3.12 names both fields in the message).
    seen_default = None
    for f in all_fields:
        if not f.init or f.kw_only:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            if sys.version_info >= (3, 12):
                raise TypeError('non-default argument %r follows default argument %r'
                                % (f.name, seen_default.name))
            raise TypeError('non-default argument %r follows default argument' % (f.name,))


def _init_name(self):
    # How CPython's messages name the generated __init__: qualified from
    # 3.10 (ceval's errors use __qualname__).
    if sys.version_info >= (3, 10):
        return type(self).__qualname__ + '.__init__()'
    return '__init__()'


def _make_init(frozen):
    # The generated __init__: positional fields first, then keyword-only
    # ones, defaults and default factories, then __post_init__.
    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), _FIELDS)
        values = _bind(self, [f for f in fields.values() if f.init], args, kwargs)
        for f in fields.values():
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                self.__dict__[f.name] = value
            else:
                setattr(self, f.name, value)
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post()
    return __init__


def _bind(self, init_fields, args, kwargs):
    # Matches the call's arguments to the fields with ceval's TypeErrors.
    positional = [f for f in init_fields if not f.kw_only]
    if len(args) > len(positional):
        required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])
        takes = '%d' % (len(positional) + 1)
        if required < len(positional):
            takes = 'from %d to %d' % (required + 1, len(positional) + 1)
        raise TypeError('%s takes %s positional arguments but %d were given'
                        % (_init_name(self), takes, len(args) + 1))
    values = {}
    for f, value in zip(positional, args):
        values[f.name] = value
    names = [f.name for f in init_fields]
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (_init_name(self), key))
        if key in values:
            raise TypeError("%s got multiple values for argument '%s'" % (_init_name(self), key))
        values[key] = value
    for kind, group in (('positional', positional), ('keyword-only', [f for f in init_fields if f.kw_only])):
        missing = [f.name for f in group if f.name not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError('%s missing %d required %s argument%s: %s'
                            % (_init_name(self), len(missing), kind, '' if len(missing) == 1 else 's',
                               _quoted(missing)))
    for f in init_fields:
        if f.name not in values and f.default is not MISSING:
            values[f.name] = f.default
    return values


def _quoted(names):
    # "'x'", "'x' and 'y'", "'x', 'y', and 'z'" as ceval's format_missing.
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _dc_repr(self):
    # The generated __repr__: the class's qualified name and repr=True
    # fields.
    fields = getattr(type(self), _FIELDS)
    parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in fields.values() if f.repr]
    return '%s(%s)' % (type(self).__qualname__, ', '.join(parts))


def _cmp_tuple(obj):
    fields = getattr(type(obj), _FIELDS)
    return tuple(getattr(obj, f.name) for f in fields.values() if f.compare)


def _dc_eq(self, other):
    # The generated __eq__: same class, equal compared fields.
    if type(other) is type(self):
        return _cmp_tuple(self) == _cmp_tuple(other)
    return NotImplemented


def _dc_lt(self, other):
    if type(other) is type(self):
        return _cmp_tuple(self) < _cmp_tuple(other)
    return NotImplemented


def _dc_le(self, other):
    if type(other) is type(self):
        return _cmp_tuple(self) <= _cmp_tuple(other)
    return NotImplemented


def _dc_gt(self, other):
    if type(other) is type(self):
        return _cmp_tuple(self) > _cmp_tuple(other)
    return NotImplemented


def _dc_ge(self, other):
    if type(other) is type(self):
        return _cmp_tuple(self) >= _cmp_tuple(other)
    return NotImplemented


def _frozen_setattr(self, name, value):
    # The generated __setattr__ of a frozen class: every assignment on an
    # instance of the class itself is refused.
    raise FrozenInstanceError('cannot assign to field %r' % (name,))


def _frozen_delattr(self, name):
    raise FrozenInstanceError('cannot delete field %r' % (name,))


def _dc_hash(self):
    fields = getattr(type(self), _FIELDS)
    return hash(tuple(getattr(self, f.name) for f in fields.values()
                      if (f.compare if f.hash is None else f.hash)))


def _set_hash(cls, eq, frozen, unsafe_hash):
    # dataclasses._hash_action: eq without frozen makes instances
    # unhashable, eq with frozen (or unsafe_hash) hashes the fields; a
    # __hash__ the class defines is kept.
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash:
        if has_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _dc_hash
    elif eq and frozen and not has_hash:
        cls.__hash__ = _dc_hash
    elif eq and not frozen and not has_hash:
        cls.__hash__ = None


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def fields(class_or_instance):
    # dataclasses.fields: the Field objects, in order.
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(fs.values())


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    # dataclasses.asdict: dataclasses, lists, tuples and dicts converted
    # recursively, anything else deep-copied.
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    # dataclasses.astuple.
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, **changes):
    # dataclasses.replace: a new instance with some fields changed.
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(type(obj), _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with "
                                 "replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
