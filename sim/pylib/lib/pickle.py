# pickle: serialising objects to bytes and back in CPython's pickle
# format, protocols 0 to 5, condensed from CPython's Lib/pickle.py and
# written to give the bytes Modules/_pickle.c gives (what pickle.dumps
# runs in CPython 3.8-3.13: DEFAULT_PROTOCOL 4, HIGHEST_PROTOCOL 5, frames
# of up to 64 KiB from protocol 4, large str and bytes outside frames,
# items in batches of 1000, Python 2 names for protocols 0-2 with
# fix_imports). What object.__reduce_ex__ does for an instance
# (Objects/typeobject.c reduce_newobj, Lib/copyreg.py _reduce_ex) is done
# here in _reduce_ex, as the subset's object has no such method; looking
# a class or function up by name and the errors of that lookup are the
# simulator's (_zombielab.global_name and find_global, the ones
# multiprocessing's pickling uses). Left out: out-of-band buffers
# (PickleBuffer, buffer_callback, buffers=) and the extension registry
# (EXT opcodes are refused on load).

import sys
import io
import copyreg as _copyreg
from struct import pack, unpack
from copyreg import dispatch_table
from _zombielab import PickleError, PicklingError, UnpicklingError, global_name as _global_name, find_global as _find_global, c_class as _c_class, cannot_pickle as _cannot_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Python 2 names that protocols 0-2 write for Python 3 ones, and back
# (Lib/_compat_pickle.py, the part a pickle of these types can meet).
_PY2_EXCEPTIONS = frozenset([
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError',
    'BytesWarning', 'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception',
    'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError',
    'ImportWarning', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
    'OverflowError', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError',
    'RuntimeWarning', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError',
    'SystemExit', 'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning',
    'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError'])
_PY3_TO_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
                       '_pickle': 'cPickle'}
_PY2_TO_PY3_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
                       'cPickle': 'pickle', '_pickle': 'pickle', 'exceptions': 'builtins'}


def _py2_name(module, name):
    if module == 'builtins' and name in _PY2_EXCEPTIONS:
        return 'exceptions', name
    if module == 'builtins' and name in ('ModuleNotFoundError',):
        return 'exceptions', 'ImportError'
    return _PY3_TO_PY2_MODULES.get(module, module), name


def _encode_long(x):
    # Two's complement, little-endian, as few bytes as hold the sign
    # (pickle.encode_long; b'' for 0).
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    v = x & ((1 << (8 * nbytes)) - 1)
    out = bytes([(v >> (8 * i)) & 0xff for i in range(nbytes)])
    if x < 0 and nbytes > 1 and out[-1] == 0xff and (out[-2] & 0x80) != 0:
        out = out[:-1]
    return out


def _decode_long(data):
    n = 0
    for i in range(len(data) - 1, -1, -1):
        n = (n << 8) | data[i]
    if data and data[-1] & 0x80:
        n -= 1 << (8 * len(data))
    return n


class _Framer:
    # Protocol 4's frames: opcodes collect in the current frame, which is
    # written out with a FRAME header (when it holds 4 bytes or more) once
    # it reaches 64 KiB at an opcode boundary, or at the end.

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = []
        self.size = 0

    def end_framing(self):
        if self.current_frame is not None and self.size > 0:
            self.commit_frame(force=True)
        self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame is not None and (self.size >= _FRAME_SIZE_TARGET or force):
            data = b''.join(self.current_frame)
            if len(data) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + pack("<Q", len(data)))
            self.file_write(data)
            self.current_frame = []
            self.size = 0

    def write(self, data):
        if self.current_frame is not None:
            self.current_frame.append(data)
            self.size += len(data)
        else:
            self.file_write(data)

    def write_large_bytes(self, header, payload):
        if self.current_frame is not None:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


def _getattribute(obj, name):
    for part in name.split('.'):
        obj = getattr(obj, part)
    return obj


def _user_reduce(obj, cls, proto):
    # A __reduce_ex__ or __reduce__ a class of the program (or of the
    # library written in Python) defines, as object.__reduce_ex__ calls
    # it; None when there is none.
    for k in cls.__mro__:
        if k is object:
            break
        d = k.__dict__
        if '__reduce_ex__' in d:
            return obj.__reduce_ex__(proto)
        if '__reduce__' in d:
            return obj.__reduce__()
    return None


def _builtin_base(cls):
    # The first class in cls's MRO that is not written in Python.
    for k in cls.__mro__:
        if _c_class(k):
            return k
    return object


def _slot_state(obj, cls):
    slots = {}
    for name in _copyreg._slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return slots


def _has_slots(cls):
    return bool(_copyreg._slotnames(cls))


def _own_method(cls, name):
    for k in cls.__mro__:
        if k is object or _c_class(k):
            return None
        if name in k.__dict__:
            return k.__dict__[name]
    return None


def _reduce_ex(obj, proto):
    # object.__reduce_ex__(proto) for what has no dispatch entry.
    cls = type(obj)
    rv = _user_reduce(obj, cls, proto)
    if rv is not None:
        return rv
    if cls.__module__ == 'signal' and cls.__name__ in ('Signals', 'Handlers', 'Sigmasks'):
        # Enum.__reduce_ex__: by name until 3.10, by value from 3.11.
        if sys.version_info < (3, 11):
            return obj.name
        return (cls, (int(obj),))
    if isinstance(obj, BaseException):
        # BaseException.__reduce__.
        d = getattr(obj, '__dict__', None)
        if d:
            return (cls, obj.args, d)
        return (cls, obj.args)
    base = _builtin_base(cls)
    if base is cls:
        _cannot_pickle(cls)
    getstate = _own_method(cls, '__getstate__')
    if proto < 2:
        return _reduce_ex_old(obj, cls, base, proto, getstate)
    # reduce_newobj: the class and __new__'s arguments, the state, and a
    # list's or dict's items.
    kwargs = None
    getnewargs_ex = _own_method(cls, '__getnewargs_ex__')
    getnewargs = _own_method(cls, '__getnewargs__')
    if getnewargs_ex is not None:
        args, kwargs = obj.__getnewargs_ex__()
    elif getnewargs is not None:
        args = obj.__getnewargs__()
    elif base in (tuple, int, float, str, bytes, frozenset):
        args = (base(obj),)
    else:
        args = ()
    if getstate is not None:
        state = obj.__getstate__()
    else:
        state = getattr(obj, '__dict__', None) or None
        if _has_slots(cls):
            slots = _slot_state(obj, cls)
            if slots:
                state = (state, slots)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (_copyreg.__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems)
    return (_copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _reduce_ex_old(obj, cls, base, proto, getstate):
    # copyreg._reduce_ex: protocols 0 and 1.
    if base is object:
        state = None
    else:
        state = base(obj)
    args = (cls, base, state)
    if getstate is not None:
        d = obj.__getstate__()
    else:
        if _has_slots(cls):
            if sys.version_info >= (3, 11):
                raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
            raise TypeError("cannot pickle %r object: a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled with protocol %d" % (cls.__name__, proto))
        d = getattr(obj, '__dict__', None)
    if d:
        return (_copyreg._reconstructor, args, d)
    return (_copyreg._reconstructor, args)


class Pickler:
    # _pickle.Pickler (Modules/_pickle.c), the method names of Lib/pickle.py's
    # _Pickler: save() dispatches on the exact type, then copyreg's table,
    # then reduces.
    __module__ = '_pickle'

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if buffer_callback is not None:
            raise NotImplementedError("pickle's out-of-band buffers (buffer_callback) are not supported by the simulator")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack("<B", idx)
            return LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack("<B", i)
            return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        rv = NotImplemented
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            t = type(obj)
            f = _dispatch.get(t)
            if f is not None:
                f(self, obj)
                return
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            else:
                rv = _reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not (2 <= len(rv) <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                raise PicklingError("__newobj_ex__ with protocol %d is not supported by the simulator" % self.proto)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _save_bytes_no_memo(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        self._save_bytes_no_memo(obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack("<Q", n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + pack("<I", n), encoded)
            else:
                self.write(BINUNICODE + pack("<I", n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(iter(obj))

    def _batch_appends(self, items):
        self._batched(items, APPEND, APPENDS, self.save)

    def _batched(self, items, one, many, save_item):
        # Protocol 0 writes an opcode after each item; the others put up to
        # 1000 items between a MARK and one opcode (batch_list, batch_dict),
        # an item alone with the single-item opcode.
        write = self.write
        if not self.bin:
            for x in items:
                save_item(x)
                write(one)
            return
        while True:
            tmp = []
            for x in items:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save_item(x)
                write(many)
            elif n:
                save_item(tmp[0])
                write(one)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        self._batched(items, SETITEM, SETITEMS, self._save_pair)

    def _save_pair(self, kv):
        self.save(kv[0])
        self.save(kv[1])

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[i:i + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None, memoize=True):
        if obj is _codecs_encode:
            module_name, name = '_codecs', 'encode'
        else:
            module_name, name = _global_name(obj, name)
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif '.' in name:
            # A nested qualified name before protocol 4: getattr on its
            # parent; in 3.13 neither the parent nor the pair is memoized.
            parent, last = name.rsplit('.', 1)
            parent = _getattribute(sys.modules[module_name], parent)
            self.save(getattr)
            if sys.version_info < (3, 13):
                self.save((parent, last))
            else:
                if not self.bin or self.proto < 2:
                    self.write(MARK)
                self.save_global(parent, memoize=False)
                self.save(last)
                self.write(TUPLE2 if self.proto >= 2 else TUPLE)
            self.write(REDUCE)
        else:
            if self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            self.write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        if memoize:
            self.memoize(obj)

    def save_method(self, obj):
        self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)

    def save_builtin(self, obj):
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner) is type(sys):
            self.save_global(obj)
        else:
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


def _raw_unicode_escape(s):
    # str.encode('raw-unicode-escape') after protocol 0's own escapes of
    # backslash, NUL, newline, carriage return and ^Z.
    out = []
    for ch in s:
        c = ord(ch)
        if ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        elif c < 0x100:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1')


def _codecs_encode(text, encoding):
    return text.encode(encoding)


def _function():
    pass


class _Method:
    # Only for its bound method's type (types.MethodType).
    def m(self):
        pass


_dispatch = {
    type(None): Pickler.save_none, bool: Pickler.save_bool, int: Pickler.save_long,
    float: Pickler.save_float, bytes: Pickler.save_bytes, bytearray: Pickler.save_bytearray,
    str: Pickler.save_str, tuple: Pickler.save_tuple, list: Pickler.save_list,
    dict: Pickler.save_dict, set: Pickler.save_set, frozenset: Pickler.save_frozenset,
    type(_function): Pickler.save_global, type(len): Pickler.save_builtin,
    type(_Method().m): Pickler.save_method,
}


class _Stop(Exception):
    # The STOP opcode's way out of Unpickler.load's loop (pickle.py's
    # _Stop).
    def __init__(self, value):
        self.value = value


class Unpickler:
    # _pickle.Unpickler: Lib/pickle.py's _Unpickler, one method per opcode
    # (_load_dispatch), with the C unpickler's errors (3.8-3.13).
    __module__ = '_pickle'

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        if buffers is not None:
            raise NotImplementedError("pickle's out-of-band buffers (buffers=) are not supported by the simulator")
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # The C unpickler reads a frame's bytes ahead and then reads on as if
    # there were no frame: a read may run past the frame's end.
    def read(self, n):
        if self._frame is not None:
            data = self._frame.read(n)
            if len(data) < n:
                self._frame = None
                data += self._file_read(n - len(data))
            return data
        return self._file_read(n)

    def readline(self):
        if self._frame is not None:
            data = self._frame.readline()
            if not data or data[-1] != 10:
                self._frame = None
                data += self._file_readline()
            return data
        return self._file_readline()

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        data = self.readline()
        if not data or data[-1] != 10:
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def _arg_line(self):
        # A number's line: an empty one is truncated data (bad_readline).
        line = self._line()
        if not line:
            raise UnpicklingError("pickle data was truncated")
        return line

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        while True:
            key = self.read(1)
            if not key:
                raise EOFError("Ran out of input")
            op = _load_dispatch.get(key[0])
            if op is None:
                c = key[0]
                if 0x20 <= c <= 0x7e and c not in (0x27, 0x5c):
                    raise UnpicklingError("invalid load key, '%s'." % chr(c))
                raise UnpicklingError("invalid load key, '\\x%02x'." % c)
            try:
                op(self)
            except _Stop as stop:
                return stop.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _underflow(self):
        # Pdata_stack_underflow: an empty stack above a MARK is named so.
        if self.metastack:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _pop(self):
        if not self.stack:
            raise self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise self._underflow()
        return self.stack[-1]

    def persistent_load(self, pid):
        sep = ' ' if sys.version_info >= (3, 12) else '\n'
        raise UnpicklingError("A load persistent id instruction was encountered," + sep +
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if module == 'exceptions' or module == '__builtin__':
                module = 'builtins'
            else:
                module = _PY2_TO_PY3_MODULES.get(module, module)
        if module in ('_codecs', 'codecs') and name == 'encode':
            return _codecs_encode
        if self.proto >= 4:
            return _find_global(module, name)
        return _find_global(module, name.split('.')[0]) if '.' not in name else _find_global(module, name)

    def load_proto(self):
        proto = self._read_exact(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._read_exact(8))
        if frame_size > sys.maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d" % sys.maxsize)
        data = self.read(frame_size)
        if len(data) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = io.BytesIO(data)

    def load_persid(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        # Before 3.13 the missing persistent_load is named before the
        # stack is looked at.
        if type(self).persistent_load is Unpickler.persistent_load and sys.version_info < (3, 13):
            self.persistent_load(None)
        pid = self._pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self._arg_line()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            try:
                val = int(data.decode('latin-1'), 0)
            except ValueError:
                raise ValueError("could not convert string to int")
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self._read_exact(4))[0])

    def load_binint1(self):
        self.append(self._read_exact(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self._read_exact(2))[0])

    def load_long(self):
        # PyLong_FromString of the line, newline and all, with a final
        # 'L' cut off (where the string then ends).
        line = self._arg_line() + b'\n'
        if len(line) > 1 and line[-2] == 76:
            line = line[:-2]
        text = line.split(b'\x00')[0].decode('utf-8')  # a C string
        try:
            val = int(text.strip(), 10)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r" % text)
        self.append(val)

    def load_long1(self):
        n = self._read_exact(1)[0]
        self.append(_decode_long(self._read_exact(n)))

    def load_long4(self):
        n, = unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self._read_exact(n)))

    def load_float(self):
        # PyOS_string_to_double: nothing that reads as a number names the
        # line (raw, newline and all); a number followed by more does not.
        line = self._arg_line()
        try:
            val = float(line.decode('latin-1'))
        except ValueError:
            if _float_prefix(line):
                raise ValueError("could not convert string to float")
            raise ValueError("could not convert string to float: '%s'" % (line + b'\n').decode('utf-8', 'replace'))
        self.append(val)

    def load_binfloat(self):
        self.append(unpack('>d', self._read_exact(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._line()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def load_binstring(self):
        n, = unpack('<i', self._read_exact(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exact(n)))

    def load_short_binstring(self):
        n = self._read_exact(1)[0]
        self.append(self._decode_string(self._read_exact(n)))

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self._line()))

    def load_binunicode(self):
        n, = unpack('<I', self._read_exact(4))
        self.append(self._read_exact(n).decode('utf-8'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._read_exact(8))
        self.append(self._read_exact(n).decode('utf-8'))

    def load_short_binunicode(self):
        n = self._read_exact(1)[0]
        self.append(self._read_exact(n).decode('utf-8'))

    def load_binbytes(self):
        n, = unpack('<I', self._read_exact(4))
        self.append(self._read_exact(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self._read_exact(8))
        self.append(self._read_exact(n))

    def load_short_binbytes(self):
        n = self._read_exact(1)[0]
        self.append(self._read_exact(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self._read_exact(8))
        self.append(bytearray(self._read_exact(n)))

    def load_next_buffer(self):
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")

    def load_readonly_buffer(self):
        pass

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)))
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _ext(self, n):
        code = _decode_long(self._read_exact(n) + b'\x00')
        raise ValueError("unregistered extension code %d" % code)

    def load_ext1(self):
        self._ext(1)

    def load_ext2(self):
        self._ext(2)

    def load_ext4(self):
        self._ext(4)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        if not isinstance(args, tuple):
            raise UnpicklingError("REDUCE argument must be a tuple")
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        if i not in self.memo:
            if sys.version_info < (3, 9):
                raise KeyError(i)
            raise UnpicklingError("Memo value not found at index %d" % i)
        self.append(self.memo[i])

    def load_get(self):
        self._memo_get(_line_int(self._arg_line()))

    def load_binget(self):
        self._memo_get(self._read_exact(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read_exact(4))[0])

    def load_put(self):
        i = _line_int(self._arg_line())
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def load_binput(self):
        self.memo[self._read_exact(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self._read_exact(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if isinstance(list_obj, list):
            list_obj.extend(items)
        else:
            append = list_obj.append
            for item in items:
                append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None and not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        if slotstate is not None and not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())


def _line_int(line):
    # PyLong_FromString(line, 10) of a GET or PUT argument: its error
    # names the line with its newline.
    text = (line + b'\n').split(b'\x00')[0].decode('utf-8')  # a C string
    try:
        return int(text.strip(), 10)
    except ValueError:
        raise ValueError("invalid literal for int() with base 10: %r" % text)


def _float_prefix(line):
    # Whether the line starts with something strtod reads as a number.
    s = line.decode('latin-1').lower()
    i = 0
    if s[:1] in ('+', '-'):
        i = 1
    for word in ('infinity', 'inf', 'nan'):
        if s.startswith(word, i):
            return True
    digits = False
    while i < len(s) and s[i].isdigit():
        i += 1
        digits = True
    if i < len(s) and s[i] == '.':
        i += 1
        while i < len(s) and s[i].isdigit():
            i += 1
            digits = True
    return digits


def _escape_decode(data):
    # The Python 2 string escapes a STRING opcode's argument may hold.
    out = bytearray()
    i = 0
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39, ord('"'): 34,
              ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11, ord('0'): 0}
    while i < len(data):
        c = data[i]
        if c == 92 and i + 1 < len(data):
            n = data[i + 1]
            if n == ord('x') and i + 3 < len(data):
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if n in simple:
                out.append(simple[n])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


def _raw_unicode_unescape(data):
    out = []
    i = 0
    while i < len(data):
        c = data[i]
        if c == 92 and i + 1 < len(data) and data[i + 1] in (ord('u'), ord('U')):
            width = 4 if data[i + 1] == ord('u') else 8
            out.append(chr(int(data[i + 2:i + 2 + width], 16)))
            i += 2 + width
            continue
        out.append(chr(c))
        i += 1
    return ''.join(out)


_load_dispatch = {
    PROTO[0]: Unpickler.load_proto, FRAME[0]: Unpickler.load_frame, PERSID[0]: Unpickler.load_persid,
    BINPERSID[0]: Unpickler.load_binpersid, NONE[0]: Unpickler.load_none,
    NEWFALSE[0]: Unpickler.load_false, NEWTRUE[0]: Unpickler.load_true, INT[0]: Unpickler.load_int,
    BININT[0]: Unpickler.load_binint, BININT1[0]: Unpickler.load_binint1,
    BININT2[0]: Unpickler.load_binint2, LONG[0]: Unpickler.load_long, LONG1[0]: Unpickler.load_long1,
    LONG4[0]: Unpickler.load_long4, FLOAT[0]: Unpickler.load_float, BINFLOAT[0]: Unpickler.load_binfloat,
    STRING[0]: Unpickler.load_string, BINSTRING[0]: Unpickler.load_binstring,
    SHORT_BINSTRING[0]: Unpickler.load_short_binstring, UNICODE[0]: Unpickler.load_unicode,
    BINUNICODE[0]: Unpickler.load_binunicode, BINUNICODE8[0]: Unpickler.load_binunicode8,
    SHORT_BINUNICODE[0]: Unpickler.load_short_binunicode, BINBYTES[0]: Unpickler.load_binbytes,
    BINBYTES8[0]: Unpickler.load_binbytes8, SHORT_BINBYTES[0]: Unpickler.load_short_binbytes,
    BYTEARRAY8[0]: Unpickler.load_bytearray8, NEXT_BUFFER[0]: Unpickler.load_next_buffer,
    READONLY_BUFFER[0]: Unpickler.load_readonly_buffer, TUPLE[0]: Unpickler.load_tuple,
    EMPTY_TUPLE[0]: Unpickler.load_empty_tuple, TUPLE1[0]: Unpickler.load_tuple1,
    TUPLE2[0]: Unpickler.load_tuple2, TUPLE3[0]: Unpickler.load_tuple3,
    EMPTY_LIST[0]: Unpickler.load_empty_list, EMPTY_DICT[0]: Unpickler.load_empty_dictionary,
    EMPTY_SET[0]: Unpickler.load_empty_set, FROZENSET[0]: Unpickler.load_frozenset,
    LIST[0]: Unpickler.load_list, DICT[0]: Unpickler.load_dict, INST[0]: Unpickler.load_inst,
    OBJ[0]: Unpickler.load_obj, NEWOBJ[0]: Unpickler.load_newobj, NEWOBJ_EX[0]: Unpickler.load_newobj_ex,
    GLOBAL[0]: Unpickler.load_global, STACK_GLOBAL[0]: Unpickler.load_stack_global,
    EXT1[0]: Unpickler.load_ext1, EXT2[0]: Unpickler.load_ext2, EXT4[0]: Unpickler.load_ext4,
    REDUCE[0]: Unpickler.load_reduce, POP[0]: Unpickler.load_pop, POP_MARK[0]: Unpickler.load_pop_mark,
    DUP[0]: Unpickler.load_dup, GET[0]: Unpickler.load_get, BINGET[0]: Unpickler.load_binget,
    LONG_BINGET[0]: Unpickler.load_long_binget, PUT[0]: Unpickler.load_put,
    BINPUT[0]: Unpickler.load_binput, LONG_BINPUT[0]: Unpickler.load_long_binput,
    MEMOIZE[0]: Unpickler.load_memoize, APPEND[0]: Unpickler.load_append,
    APPENDS[0]: Unpickler.load_appends, SETITEM[0]: Unpickler.load_setitem,
    SETITEMS[0]: Unpickler.load_setitems, ADDITEMS[0]: Unpickler.load_additems,
    BUILD[0]: Unpickler.load_build, MARK[0]: Unpickler.load_mark, STOP[0]: Unpickler.load_stop,
}


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                      errors=errors).load()
