# copy: shallow and deep copies, condensed from CPython's Lib/copy.py
# (3.8-3.14). Instances are copied through __copy__/__deepcopy__ when
# they define them, else through a __reduce_ex__ or __reduce__ written in
# Python (_reconstruct: callable(*args), then the state, list and dict
# items), else as object.__new__(cls) with a copy of __dict__ (what
# object.__reduce_ex__ gives). Left out: copyreg, __getstate__/
# __setstate__ without __reduce__, __slots__ without __dict__; a tuple
# subclass is rebuilt by its __new__ from __getnewargs__ (state: its
# __slots__ = ()), a dict or list subclass by its __new__, its __dict__
# and its items.


class Error(Exception):
    # copy.Error (also copy.error): an object that cannot be copied.
    pass


error = Error

# Types whose values are never copied (copy._copy_immutable and
# _deepcopy_atomic), by name: the subset has no types module.
_atomic = frozenset(['NoneType', 'int', 'float', 'bool', 'complex', 'str', 'bytes', 'type',
                     'range', 'function', 'builtin_function_or_method', 'method', 'module',
                     'ellipsis', 'NotImplementedType', 'code', 'property', 'frozenset'])


def _new_instance(cls):
    # An instance of cls whose __init__ has not run: copyreg.__newobj__,
    # cls.__new__(cls).
    return cls.__new__(cls)


def _own_reduce(x, cls):
    # What a __reduce_ex__ or __reduce__ of the class, written in Python,
    # returns (copy.copy's reductor), or None when it has neither.
    for k in cls.__mro__[:-1]:
        if '__reduce_ex__' in k.__dict__:
            return x.__reduce_ex__(4)
        if '__reduce__' in k.__dict__:
            return x.__reduce__()
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    # copy._reconstruct: func(*args), then the state, list and dict items,
    # deep-copied when memo is given.
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _copy_builtin(cls):
    # A value of a builtin type that copy reaches through __reduce_ex__
    # (copyreg._reduce_ex): the ones CPython cannot pickle are refused as
    # it refuses them; the subset cannot rebuild the others.
    if cls.__name__ in ('generator', 'mappingproxy', 'coroutine', 'async_generator'):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    raise TypeError("copying '%s' objects is not supported by the simulator" % cls.__name__)


def _newargs(x):
    # __getnewargs__ of a tuple subclass: the class's, else tuple's.
    getnewargs = getattr(type(x), '__getnewargs__', None)
    if getnewargs is None:
        return (tuple(x),)
    return getnewargs(x)


def copy(x):
    # copy.copy: containers get a new container of the same items.
    cls = type(x)
    if cls.__name__ in _atomic or cls is tuple or isinstance(x, type):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        return x
    if cls.__name__ == 'bytearray':
        return bytearray(x)
    if cls is slice:
        return slice(x.start, x.stop, x.step)
    if isinstance(x, tuple):
        # A tuple subclass (a namedtuple): object.__reduce_ex__ gives
        # copyreg.__newobj__(cls, *x.__getnewargs__()).
        return cls.__new__(cls, *_newargs(x))
    if isinstance(x, dict):
        return _dict_subclass(x, cls, None)
    if isinstance(x, list):
        return _list_subclass(x, cls, None)
    if cls.__module__ == 'builtins':
        _copy_builtin(cls)
    rv = _own_reduce(x, cls)
    if isinstance(rv, str):
        return x
    if rv is not None:
        return _reconstruct(x, None, *rv)
    y = _new_instance(cls)
    y.__dict__.update(x.__dict__)
    return y


def _container_subclass(x, cls, memo, items, put):
    # An instance of a dict or list subclass: object.__reduce_ex__ gives
    # copyreg.__newobj__, its __dict__ and its items, which _reconstruct
    # puts back (put(y, item): y[key] = value, or y.append(item)),
    # deep-copied when memo is given.
    y = cls.__new__(cls)
    state = getattr(x, '__dict__', None)
    if memo is not None:
        memo[id(x)] = y
        if state:
            state = deepcopy(state, memo)
    if state:
        y.__dict__.update(state)
    for item in items:
        if memo is not None:
            item = deepcopy(item, memo)
        put(y, item)
    return y


def _set_item(y, pair):
    y[pair[0]] = pair[1]


def _dict_subclass(x, cls, memo):
    return _container_subclass(x, cls, memo, list(x.items()), _set_item)


def _list_subclass(x, cls, memo):
    return _container_subclass(x, cls, memo, list(x), lambda y, item: y.append(item))


def deepcopy(x, memo=None, _nil=[]):
    # copy.deepcopy: shared and recursive structure kept (memo by id).
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls.__name__ in _atomic or isinstance(x, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple of atoms is its own copy (_deepcopy_tuple).
        if d in memo:
            return memo[d]
        same = all(a is b for a, b in zip(items, x))
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        elif cls.__name__ == 'bytearray':
            y = bytearray(x)
        elif cls is slice:
            y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
        elif isinstance(x, tuple):
            # A tuple subclass: _reconstruct with the arguments deep-copied.
            y = cls.__new__(cls, *deepcopy(_newargs(x), memo))
        elif isinstance(x, dict):
            y = _dict_subclass(x, cls, memo)
        elif isinstance(x, list):
            y = _list_subclass(x, cls, memo)
        elif cls.__module__ == 'builtins' and not isinstance(x, BaseException):
            _copy_builtin(cls)
        else:
            rv = _own_reduce(x, cls)
            if isinstance(rv, str):
                y = x
            elif rv is not None:
                y = _reconstruct(x, memo, *rv)
            else:
                y = _new_instance(cls)
                memo[d] = y
                state = deepcopy(x.__dict__, memo)
                y.__dict__.update(state)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # copy._keep_alive: memo keeps the originals alive while copying.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
