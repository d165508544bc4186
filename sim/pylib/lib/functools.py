# functools: partial, reduce, wraps/update_wrapper, lru_cache and cache,
# total_ordering and cmp_to_key, condensed from CPython's Lib/functools.py
# (3.8-3.14; CPython runs the C versions of partial, reduce, cmp_to_key
# and lru_cache's wrapper from Modules/_functoolsmodule.c, whose behaviour
# and reprs these follow).
#
# In the subset a decorator is applied by hand until pyvm runs decorators
# (f = lru_cache(maxsize=None)(f) is what @lru_cache(maxsize=None) does).
# Also cached_property and singledispatch (3.8-3.14). Left out:
# partialmethod, singledispatchmethod, the cache's thread safety and its
# typed= keys beyond the type of each argument.

import sys as _sys
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # functools.update_wrapper: copy the wrapped function's name and
    # docstring to the wrapper, merge its __dict__, then set __wrapped__
    # (last, so a wrapped __wrapped__ is not copied over it).
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        source = getattr(wrapped, attr, None)
        target = getattr(wrapper, attr, None)
        if source is not None and target is not None:
            target.update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # functools.wraps: a decorator that applies update_wrapper.
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class partial(object):
    # functools.partial (partial_new, partial_call, partial_repr): the
    # call's positional arguments go after the frozen ones, its keywords
    # override the frozen ones; a partial of a partial is flattened.

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        # partial_repr: 'functools.partial(' from 3.8 (the qualified
        # module name); keywords as name=repr.
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ['%s=%r' % (k, v) for k, v in self.keywords.items()]
        return 'functools.partial(%s)' % ', '.join(parts)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    # functools.reduce: fold from the left.
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            # 3.10 says 'iterable' (bpo-42277).
            if _sys.version_info >= (3, 10):
                raise TypeError('reduce() of empty iterable with no initial value')
            raise TypeError('reduce() of empty sequence with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def cmp_to_key(mycmp):
    # functools.cmp_to_key: a key class whose comparisons call mycmp.
    class K(object):
        # The key object: each comparison is mycmp(a, b) against 0.
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

    return K


_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _lru_cache_wrapper(object):
    # _functools._lru_cache_wrapper: results by argument key, the least
    # recently used dropped beyond maxsize (0: no caching, None: no limit),
    # with cache_info() and cache_clear(). The dict keeps keys in use
    # order: a hit moves its key to the end.

    def __init__(self, user_function, maxsize, typed):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self.__name__ = getattr(user_function, '__name__', '')
        self.__qualname__ = getattr(user_function, '__qualname__', '')
        self.__doc__ = getattr(user_function, '__doc__', None)
        self.__module__ = getattr(user_function, '__module__', None)

    def _key(self, args, kwds):
        # _make_key: positional arguments, a marker, then the keywords in
        # call order; typed adds the type of each.
        key = args
        if kwds:
            key = key + (_kwd_mark,)
            for item in kwds.items():
                key = key + item
        if self._typed:
            key = key + tuple(type(v) for v in args)
            if kwds:
                key = key + tuple(type(v) for v in kwds.values())
        return key

    def __call__(self, *args, **kwds):
        if self._maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = self._key(args, kwds)
        if key in self._cache:
            self._hits += 1
            result = self._cache.pop(key)
            self._cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key not in self._cache:
            self._cache[key] = result
            if self._maxsize is not None and len(self._cache) > self._maxsize:
                del self._cache[next(iter(self._cache))]
        return result

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    # functools.lru_cache: used as @lru_cache, @lru_cache() or
    # @lru_cache(maxsize=N); a negative maxsize counts as 0.
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function):
    # functools.cache (3.9): lru_cache(maxsize=None).
    if _sys.version_info < (3, 9):
        raise AttributeError("module 'functools' has no attribute 'cache'")
    return _lru_cache_wrapper(user_function, None, False)


_NOT_FOUND = object()


class cached_property(object):
    # functools.cached_property (3.8): computed at the first read, then kept
    # in the instance's __dict__, which a later read finds first (a
    # non-data descriptor). 3.8-3.11 hold a lock while computing; the
    # simulator's threads switch only between lines of Python, and the
    # lock is left out.
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        if _sys.version_info >= (3, 12):
            self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


def singledispatch(func):
    # functools.singledispatch: calls go to the implementation registered
    # for the nearest class in the MRO of the first argument's class
    # (object's is func). Registration by class or by the first
    # parameter's annotation. Left out: abstract base classes in the MRO
    # (_compose_mro) and union types (3.11).
    registry = {}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return registry[object]

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. %r is not a class."
                                % (cls,))
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. Use either "
                    "`@register(some_class)` or plain `@register` on an annotated function."
                    % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, type):
                raise TypeError("Invalid annotation for %r. %r is not a class." % (argname, cls))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


_convert = {
    '__lt__': [('__gt__', lambda self, other: _not_op_and_not_eq(self.__lt__, self, other)),
               ('__le__', lambda self, other: _op_or_eq(self.__lt__, self, other)),
               ('__ge__', lambda self, other: _not_op(self.__lt__, other))],
    '__le__': [('__ge__', lambda self, other: _not_op_or_eq(self.__le__, self, other)),
               ('__lt__', lambda self, other: _op_and_not_eq(self.__le__, self, other)),
               ('__gt__', lambda self, other: _not_op(self.__le__, other))],
    '__gt__': [('__lt__', lambda self, other: _not_op_and_not_eq(self.__gt__, self, other)),
               ('__ge__', lambda self, other: _op_or_eq(self.__gt__, self, other)),
               ('__le__', lambda self, other: _not_op(self.__gt__, other))],
    '__ge__': [('__le__', lambda self, other: _not_op_or_eq(self.__ge__, self, other)),
               ('__gt__', lambda self, other: _op_and_not_eq(self.__ge__, self, other)),
               ('__lt__', lambda self, other: _not_op(self.__ge__, other))],
}


def _not_op(op, other):
    # not (self op other), passing NotImplemented through.
    result = op(other)
    if result is NotImplemented:
        return result
    return not result


def _op_or_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return result or self == other


def _not_op_or_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _op_and_not_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return result and self != other


def _not_op_and_not_eq(op, self, other):
    result = op(other)
    if result is NotImplemented:
        return result
    return not result and self != other


def total_ordering(cls):
    # functools.total_ordering: from the ordering methods the class
    # defines, take the root CPython takes (max() of their names: __lt__
    # before __le__, __gt__, __ge__) and derive the missing ones from it.
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


def _defines(cls, name):
    # Whether cls, or a base other than object, defines name.
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False
