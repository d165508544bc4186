# multiprocessing/sharedctypes.py: Value, Array, RawValue and RawArray,
# condensed from CPython's Lib/multiprocessing/sharedctypes.py (3.8-3.14)
# and the part of multiprocessing/heap.py (BufferWrapper, Arena) under it.
#
# CPython builds ctypes objects over an mmap(MAP_SHARED) of a file in
# /dev/shm, so fork shares them instead of copying. The model's objects read
# and write a shared memory file through the simulator's native module
# _zombielab_shm (one file per object, where CPython's heap packs many
# objects into one arena). Typecodes ('i', 'd', 'c', ...) and the simple
# ctypes types (c_int, c_double, c_bool, c_char, ...) are accepted; arrays
# made with c_int * 3, structures and pointers are not.

import sys
import _zombielab_shm
from multiprocessing import context

typecode_to_type = {
    'c': 'c', 'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I',
    'l': 'l', 'L': 'L', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd',
}


class _Arena(object):
    # heap.py Arena (Linux): an unlinked shared file, kept open so that a
    # spawned child can be handed its fd, and mapped.

    def __init__(self, size):
        self.size = size
        self.fd = _zombielab_shm.create(size)
        self.buffer = _zombielab_shm.mmap(self.fd)

    def __getstate__(self):
        # heap.py reduce_arena: the fd goes to the child being started.
        popen = context.get_spawning_popen()
        if popen is None:
            raise ValueError('Cannot pickle an Arena except while spawning')
        return {'size': self.size, 'fd': popen.DupFd(popen.duplicate_for_child(self.fd))}

    def __setstate__(self, state):
        # heap.py rebuild_arena: map the file again from the passed fd.
        self.size = state['size']
        self.fd = state['fd'].detach()
        self.buffer = _zombielab_shm.mmap(self.fd)


def _typecode(typecode_or_type):
    # sharedctypes.py: typecode_to_type.get(typecode_or_type,
    # typecode_or_type), as the ctypes type's one-letter code.
    if isinstance(typecode_or_type, str):
        if typecode_or_type in typecode_to_type:
            return typecode_to_type[typecode_or_type]
    else:
        code = getattr(typecode_or_type, '_type_', None)
        if code in typecode_to_type or code == '?':
            return code
    raise TypeError('the simulator models sharedctypes over the simple ctypes '
                    "types and their typecodes ('c', 'b', 'B', 'h', 'H', 'i', 'I', "
                    "'l', 'L', 'q', 'Q', 'f', 'd'), not %r" % (typecode_or_type,))


class _SimpleCData(object):
    # ctypes._SimpleCData over shared memory: c_int(...), c_double(...).

    def __init__(self, code, arena, offset=0):
        self._code = code
        self._arena = arena
        self._offset = offset

    @property
    def value(self):
        return self._arena.buffer.get(self._code, self._offset)

    @value.setter
    def value(self, v):
        self._arena.buffer.set(self._code, self._offset, v)

    def __repr__(self):
        # ctypes _SimpleCData repr: c_int(5)
        return '%s(%r)' % (_zombielab_shm.type_name(self._code), self.value)


def _slice_range(s, length):
    # slice.indices(length) as the indices themselves (the subset's slice
    # objects have no start/stop/step attributes; slicing a list of the
    # indices applies CPython's clamping rules all the same).
    return list(range(length))[s]


class _CArray(object):
    # ctypes.Array over shared memory: c_int_Array_10; indexing and slicing
    # read and write the elements, a slice reads as a list.

    def __init__(self, code, length, arena):
        # ctypes: (type_ * length) built over the arena's memory.
        self._code = code
        self._length = length
        self._size = _zombielab_shm.sizeof(code)
        self._arena = arena

    def _index(self, i):
        # ctypes Array_item: a negative index counts from the end.
        if not isinstance(i, int):
            raise TypeError('indices must be integers')
        if i < 0:
            i += self._length
        if i < 0 or i >= self._length:
            raise IndexError('invalid index')
        return i * self._size

    def __len__(self):
        return self._length

    def __getitem__(self, i):
        # ctypes Array_subscript: an element, or a list for a slice (bytes
        # for a c_char array).
        if isinstance(i, slice):
            items = [self._arena.buffer.get(self._code, k * self._size)
                     for k in _slice_range(i, self._length)]
            if self._code == 'c':
                return b''.join(items)
            return items
        return self._arena.buffer.get(self._code, self._index(i))

    def __setitem__(self, i, value):
        # ctypes Array_ass_subscript: a slice must keep its length.
        if isinstance(i, slice):
            ks = _slice_range(i, self._length)
            if self._code == 'c' and isinstance(value, bytes):
                value = [value[j:j + 1] for j in range(len(value))]
            if len(value) != len(ks):
                raise ValueError('Can only assign sequence of same size')
            for k, v in zip(ks, value):
                self._arena.buffer.set(self._code, k * self._size, v)
            return
        self._arena.buffer.set(self._code, self._index(i), value)

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        # ctypes c_char array .value: the bytes up to the first NUL.
        self._check_char('value')
        raw = self[:]
        n = raw.find(b'\0')
        if n >= 0:
            return raw[:n]
        return raw

    @value.setter
    def value(self, v):
        # ctypes CharArray_set_value: NUL-terminated when shorter.
        self._check_char('value')
        if len(v) > self._length:
            raise ValueError('byte string too long')
        self[:len(v)] = v
        if len(v) < self._length:
            self[len(v)] = b'\0'

    @property
    def raw(self):
        self._check_char('raw')
        return self[:]

    def _check_char(self, name):
        if self._code != 'c':
            raise AttributeError("'%s_Array_%d' object has no attribute '%s'"
                                 % (_zombielab_shm.type_name(self._code), self._length, name))


def RawValue(typecode_or_type, *args):
    # sharedctypes.py RawValue: zeroed shared memory, then the initial value.
    code = _typecode(typecode_or_type)
    obj = _SimpleCData(code, _Arena(_zombielab_shm.sizeof(code)))
    if len(args) > 1:
        raise TypeError('function takes at most 1 argument (%d given)' % len(args))
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    # sharedctypes.py RawArray: a length (zeroed) or the initial items.
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        length = size_or_initializer
        items = None
    else:
        items = list(size_or_initializer)
        length = len(items)
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    size = max(length * _zombielab_shm.sizeof(code), 1)
    obj = _CArray(code, length, _Arena(size))
    if items is not None:
        for i, v in enumerate(items):
            obj[i] = v
    return obj


def Value(typecode_or_type, *args, lock=True, ctx=None):
    # sharedctypes.py Value: a RawValue behind an RLock unless lock=False.
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    # sharedctypes.py Array
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def synchronized(obj, lock=None, ctx=None):
    # sharedctypes.py synchronized: the wrapper class for the object's kind.
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    ctx = ctx or context._default_context.get_context()
    if isinstance(obj, _SimpleCData):
        return Synchronized(obj, lock, ctx)
    if obj._code == 'c':
        return SynchronizedString(obj, lock, ctx)
    return SynchronizedArray(obj, lock, ctx)


class SynchronizedBase(object):
    # sharedctypes.py SynchronizedBase: the object and its lock.

    def __init__(self, obj, lock=None, ctx=None):
        # sharedctypes.py SynchronizedBase.__init__
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __getstate__(self):
        # sharedctypes.py SynchronizedBase.__reduce__: only to a child
        # being started.
        context.assert_spawning(self)
        return {'_obj': self._obj, '_lock': self._lock}

    def __setstate__(self, state):
        # sharedctypes.py: synchronized(obj, lock) in the child.
        self._obj = state['_obj']
        self._lock = state['_lock']
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    # sharedctypes.py Synchronized: .value under the lock.

    @property
    def value(self):
        with self:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    # sharedctypes.py SynchronizedArray: items under the lock.

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value

    def __iter__(self):
        with self:
            return iter(self._obj[:])


class SynchronizedString(SynchronizedArray):
    # sharedctypes.py SynchronizedString: .value and .raw under the lock
    # (.value is Synchronized's, as make_property gives both in CPython).

    value = Synchronized.value

    @property
    def raw(self):
        with self:
            return self._obj.raw
