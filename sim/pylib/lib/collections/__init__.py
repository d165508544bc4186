# collections: deque, Counter, defaultdict, OrderedDict and namedtuple,
# condensed from CPython's Lib/collections/__init__.py and the C types of
# Modules/_collectionsmodule.c (3.8-3.14), for the simulator's Python subset.
#
# Counter, defaultdict and OrderedDict are dict subclasses, a namedtuple is
# a tuple subclass, as in CPython; deque wraps a list (self._q) and speaks
# the protocols itself. Reprs, iteration order and errors are CPython's.
# OrderedDict's repr changed in 3.12 (a dict display instead of a list of
# pairs). ChainMap, UserDict and UserList are the pure-Python classes of
# Lib/collections/__init__.py (3.8-3.14) with the methods their
# _collections_abc bases (MutableMapping, MutableSequence) mix in, and the
# keys(), items() and values() views. Left out: UserString, pickling.

import sys as _sys
from operator import itemgetter as _itemgetter
from _zombielab import frame_globals as _frame_globals
from _zombielab import tuplegetter as _tuplegetter
from _zombielab import c_type as _c_type
from _zombielab import ordered_view as _ordered_view


def _update_pairs(target, other):
    # dict_merge / dict_update_arg: other is a mapping or an iterable of
    # pairs; target[key] = value for each.
    if hasattr(other, 'keys'):
        for key in other.keys():
            target[key] = other[key]
        return
    for i, pair in enumerate(other):
        pair = tuple(pair)
        if len(pair) != 2:
            raise ValueError('dictionary update sequence element #%d has length %d; 2 is required' % (i, len(pair)))
        target[pair[0]] = pair[1]


class OrderedDict(dict):
    # Objects/odictobject.c (the C OrderedDict of 3.8-3.13): a dict that
    # also keeps the order of its keys (plain dicts do too since 3.7), with
    # move_to_end, popitem(last=) and an order-sensitive == between
    # OrderedDicts. Its update() is MutableMapping's, through __setitem__.

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def __reduce__(self):
        # odict_reduce: the class, no arguments, the instance's __dict__
        # (None when empty) and the items.
        return self.__class__, (), dict(vars(self)) or None, None, iter(self.items())

    def update(self, other=(), /, **kwds):
        _update_pairs(self, other)
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        # KeyError for a missing key.
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __reversed__(self):
        return iter(list(self)[::-1])

    def keys(self):
        return _ordered_view(self, 'keys')

    def values(self):
        return _ordered_view(self, 'values')

    def items(self):
        return _ordered_view(self, 'items')

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        # 3.12 changed the repr to a dict display (gh-101446).
        name = self.__class__.__name__
        if not self:
            return name + '()'
        if _sys.version_info >= (3, 12):
            return '%s(%s)' % (name, dict.__repr__(self))
        return '%s(%r)' % (name, list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    if _sys.version_info >= (3, 9):
        def __or__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            new = self.__class__(self)
            new.update(other)
            return new

        def __ror__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            new = self.__class__(other)
            new.update(self)
            return new

        def __ior__(self, other):
            self.update(other)
            return self


class defaultdict(dict):
    # Modules/_collectionsmodule.c defdict: a missing key is
    # default_factory() stored under it; no factory is a KeyError. A C
    # type: its instances have no __dict__, default_factory is a member.
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __reduce__(self):
        # defdict_reduce: the factory as the argument, then the items.
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    def __copy__(self):
        return self.__class__(self.default_factory, self)

    def __repr__(self):
        # defdict_repr: the factory's repr, then the dict's.
        return '%s(%r, %s)' % (self.__class__.__name__, self.default_factory, dict.__repr__(self))

    if _sys.version_info >= (3, 9):
        def __or__(self, other):
            # defdict_or: a copy of the defaultdict operand, updated.
            if not isinstance(other, dict):
                return NotImplemented
            new = self.__class__(self.default_factory, self)
            dict.update(new, other)
            return new

        def __ror__(self, other):
            if not isinstance(other, dict):
                return NotImplemented
            new = self.__class__(self.default_factory, other)
            dict.update(new, self)
            return new


_c_type(OrderedDict)
_c_type(defaultdict)


class Counter(dict):
    # Lib/collections/__init__.py Counter (3.8-3.13): a dict of counts; a
    # missing key counts 0 and is not stored. Rich comparisons are 3.10's.

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __missing__(self, key):
        return 0

    if _sys.version_info >= (3, 10):
        def total(self):
            return sum(self.values())

    def most_common(self, n=None):
        # By count, largest first; ties keep the order in which keys were
        # first counted (sorted is stable, as is heapq.nlargest, which
        # CPython uses for n).
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        # Each key repeated by its count, first-counted key first; counts
        # below one are skipped.
        out = []
        for key, count in self.items():
            for _ in range(count):
                out.append(key)
        return iter(out)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        # A mapping adds its counts, anything else counts its elements
        # (_count_elements), then the keyword counts.
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        # Like update but subtracting; counts may go to zero or below.
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        # Deleting a missing key is not an error.
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        # The items in most_common order (a dict of them from 3.10).
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    if _sys.version_info >= (3, 10):
        # Missing elements count as zero.
        def __eq__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(self[e] == other[e] for c in (self, other) for e in c)

        def __ne__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return not self == other

        def __le__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(self[e] <= other[e] for c in (self, other) for e in c)

        def __lt__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return self <= other and self != other

        def __ge__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(self[e] >= other[e] for c in (self, other) for e in c)

        def __gt__(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class deque(object):
    # Modules/_collectionsmodule.c deque: a double-ended queue with an
    # optional maxlen (appending to a full deque drops from the other end).
    # The subset keeps it in a list, so appendleft is O(n).

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._q = []
        self.extend(iterable)

    def __reduce__(self):
        # deque_reduce: the class, ((), maxlen) or (), a subclass
        # instance's __dict__ (None when empty), then the items.
        state = {k: v for k, v in vars(self).items() if k not in ('_maxlen', '_q')} or None
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, state, iter(self)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim(self, left):
        # Drops from the far end once maxlen is exceeded.
        if self._maxlen is None:
            return
        while len(self._q) > self._maxlen:
            if left:
                self._q.pop()
            else:
                self._q.pop(0)

    def append(self, x):
        self._q.append(x)
        self._trim(False)

    def appendleft(self, x):
        self._q.insert(0, x)
        self._trim(True)

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if not self._q:
            raise IndexError('pop from an empty deque')
        return self._q.pop()

    def popleft(self):
        if not self._q:
            raise IndexError('pop from an empty deque')
        return self._q.pop(0)

    def rotate(self, n=1):
        # deque_rotate: n steps to the right (negative: to the left).
        size = len(self._q)
        if size <= 1:
            return
        n = n % size
        if n:
            self._q[:] = self._q[-n:] + self._q[:-n]

    def clear(self):
        self._q.clear()

    def copy(self):
        return deque(self._q, self._maxlen)

    def count(self, x):
        return self._q.count(x)

    def index(self, x, *args):
        # deque_index: ValueError says '... is not in deque'.
        try:
            return self._q.index(x, *args)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self._q) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._q.insert(i, x)

    def remove(self, value):
        # deque_remove: the message names the value from 3.9.
        try:
            self._q.remove(value)
        except ValueError:
            if _sys.version_info < (3, 9):
                raise ValueError('deque.remove(x): x not in deque')
            raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._q.reverse()

    def __len__(self):
        return len(self._q)

    def __bool__(self):
        return len(self._q) > 0

    def __iter__(self):
        return iter(list(self._q))

    def __reversed__(self):
        return iter(self._q[::-1])

    def __contains__(self, x):
        return x in self._q

    def __getitem__(self, i):
        # deque_item: no slicing; 'deque index out of range'.
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r' % (type(i).__name__,))
        if i < -len(self._q) or i >= len(self._q):
            raise IndexError('deque index out of range')
        return self._q[i]

    def __setitem__(self, i, x):
        if i < -len(self._q) or i >= len(self._q):
            raise IndexError('deque index out of range')
        self._q[i] = x

    def __delitem__(self, i):
        if i < -len(self._q) or i >= len(self._q):
            raise IndexError('deque index out of range')
        del self._q[i]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._q == other._q

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._q != other._q

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._q + other._q, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        # deque_repr: maxlen shown only when set.
        if self._maxlen is None:
            return 'deque(%r)' % (self._q,)
        return 'deque(%r, maxlen=%d)' % (self._q, self._maxlen)


_c_type(deque)


class _MappingView(object):
    # The KeysView, ItemsView and ValuesView a ChainMap's or UserDict's
    # keys(), items() and values() give (Lib/_collections_abc.py): live
    # views named after their kind in their repr.
    def __init__(self, kind, mapping):
        self._kind = kind
        self._mapping = mapping

    def __iter__(self):
        m = self._mapping
        if self._kind == "KeysView":
            return iter(m)
        if self._kind == "ValuesView":
            return iter([m[k] for k in m])
        return iter([(k, m[k]) for k in m])

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, x):
        if self._kind == "KeysView":
            return x in self._mapping
        return x in list(self)

    def __repr__(self):
        return "%s(%r)" % (self._kind, self._mapping)


class ChainMap(object):
    # collections.ChainMap: several mappings seen as one. Lookups search
    # them in order; writes and deletions go to the first.
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps)))

    def __eq__(self, other):
        if not isinstance(other, (ChainMap, dict)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def keys(self):
        return _MappingView("KeysView", self)

    def items(self):
        return _MappingView("ItemsView", self)

    def values(self):
        return _MappingView("ValuesView", self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            if _sys.version_info < (3, 10):
                raise TypeError("new_child() got an unexpected keyword argument %r"
                                % (next(iter(kwargs)),))
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def update(self, *args, **kwargs):
        self.maps[0].update(*args, **kwargs)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def __or__(self, other):
        if _sys.version_info < (3, 9):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        if _sys.version_info < (3, 9):
            return NotImplemented
        self.maps[0].update(other)
        return self


_marker = object()


class UserDict(object):
    # collections.UserDict: a mapping over a plain dict (self.data), to
    # subclass where dict itself cannot be (in the simulator, nowhere).
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        # 3.12 asks `in` first, so __missing__ no longer answers get().
        if _sys.version_info >= (3, 12):
            if key in self:
                return self[key]
            return default
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    if _sys.version_info >= (3, 9):
        def __or__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(self.data | other.data)
            if isinstance(other, dict):
                return self.__class__(self.data | other)
            return NotImplemented

        def __ror__(self, other):
            if isinstance(other, UserDict):
                return self.__class__(other.data | self.data)
            if isinstance(other, dict):
                return self.__class__(other | self.data)
            return NotImplemented

        def __ior__(self, other):
            if isinstance(other, UserDict):
                self.data |= other.data
            else:
                self.data |= other
            return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    # MutableMapping's mixin methods.
    def keys(self):
        return _MappingView("KeysView", self)

    def items(self):
        return _MappingView("ItemsView", self)

    def values(self):
        return _MappingView("ValuesView", self)

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
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
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
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


def _is_mapping(x):
    # isinstance(x, collections.abc.Mapping) for what the simulator has.
    return isinstance(x, (dict, UserDict, ChainMap))


class UserList(object):
    # collections.UserList: a list over a plain list (self.data).
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


def namedtuple(typename, field_names, rename=False, defaults=None, module=None):
    # Lib/collections/__init__.py namedtuple: a tuple subclass whose items
    # have names. CPython fills a template of __new__ with eval; here the
    # class takes the shared _nt_* functions below, with the same checks,
    # messages, _fields, _field_defaults, _make, _replace and _asdict, and
    # a _tuplegetter descriptor per field.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)
    fields = tuple(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        for name, value in zip(fields[len(fields) - len(defaults):], defaults):
            field_defaults[name] = value

    class _Record(tuple):
        # The made class; namedtuple names it typename below.
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults
        __new__ = _nt_new
        _make = classmethod(_nt_make)
        _replace = _nt_replace
        __repr__ = _nt_repr
        _asdict = _nt_asdict
        __getnewargs__ = _nt_getnewargs

    _nt_finish(_Record, typename, fields)
    if _sys.version_info < (3, 9):
        _Record._fields_defaults = field_defaults  # 3.8's deprecated alias
    # The caller's module, as CPython finds it with sys._getframe(1).
    if module is None:
        caller = _frame_globals(1)
        module = caller.get('__name__', '__main__') if caller is not None else '__main__'
    _Record.__module__ = module
    return _Record


def _nt_finish(cls, typename, fields):
    # What namedtuple sets once the class exists: its names, docstring,
    # __match_args__ (3.10+) and a _tuplegetter per field.
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__doc__ = '%s(%s)' % (typename, ', '.join(fields))
    if _sys.version_info >= (3, 10):
        cls.__match_args__ = fields
    for index, name in enumerate(fields):
        setattr(cls, name, _tuplegetter(index, 'Alias for field number %d' % index))


_keywords = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])


def _iskeyword(name):
    return name in _keywords


# The methods of every namedtuple class (the template of namedtuple's class
# body, Lib/collections/__init__.py 3.8-3.13).

def _nt_new(cls, *args, **kwds):
    # __new__ of the template: positional then keyword values, defaults
    # for the rest, CPython's TypeErrors for a wrong count.
    fields = cls._fields
    name = cls.__name__
    if len(args) > len(fields):
        # ceval.c too_many_positional: "from m to n" when some have defaults.
        takes = '%d' % (len(fields) + 1)
        if cls._field_defaults:
            takes = 'from %d to %d' % (len(fields) - len(cls._field_defaults) + 1, len(fields) + 1)
        raise TypeError('%s takes %s positional arguments but %d were given'
                        % (_new_name(name), takes, len(args) + 1))
    values = list(args)
    missing = []
    for field in fields[len(args):]:
        if field in kwds:
            values.append(kwds.pop(field))
        elif field in cls._field_defaults:
            values.append(cls._field_defaults[field])
        else:
            missing.append(field)
            values.append(None)
    for key in kwds:
        if key in fields:
            raise TypeError("%s got multiple values for argument '%s'" % (_new_name(name), key))
        raise TypeError("%s got an unexpected keyword argument '%s'" % (_new_name(name), key))
    if missing:
        raise TypeError('%s missing %d required positional argument%s: %s'
                        % (_new_name(name), len(missing), '' if len(missing) == 1 else 's',
                           _quoted_list(missing)))
    return tuple.__new__(cls, values)


def _nt_make(cls, iterable):
    # _make: tuple.__new__, not the class's __new__.
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(result)))
    return result


def _nt_replace(self, **kwds):
    # _replace: the unknown fields are a ValueError, a TypeError from 3.13.
    result = self._make([kwds.pop(name, value) for name, value in zip(self._fields, self)])
    if kwds:
        if _sys.version_info >= (3, 13):
            raise TypeError('Got unexpected field names: %r' % list(kwds))
        raise ValueError('Got unexpected field names: %r' % list(kwds))
    return result


def _nt_repr(self):
    parts = ['%s=%r' % (name, value) for name, value in zip(self._fields, self)]
    return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_getnewargs(self):
    return tuple(self)


def _new_name(name):
    # How CPython's messages name the constructor: 'Point.__new__()' from
    # 3.10 (qualified names in ceval's errors), '__new__()' before.
    if _sys.version_info >= (3, 10):
        return name + '.__new__()'
    return '__new__()'


def _quoted_list(names):
    # "'x' and 'y'" / "'x', 'y', and 'z'" as ceval.c's format_missing.
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
