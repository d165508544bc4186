# A stand-in for the simulator's native _zombielab_shm module, so that the
# model's sharedctypes can run under real CPython (cpython_test.go): a
# memfd, an mmap(MAP_SHARED) of it, and typed loads and stores that convert
# through ctypes, so the errors are CPython's own. Test harness only.

import ctypes
import mmap as _mmap
import os
import struct

_types = {
    'c': ctypes.c_char, 'b': ctypes.c_byte, 'B': ctypes.c_ubyte,
    'h': ctypes.c_short, 'H': ctypes.c_ushort, 'i': ctypes.c_int,
    'I': ctypes.c_uint, 'l': ctypes.c_long, 'L': ctypes.c_ulong,
    'q': ctypes.c_longlong, 'Q': ctypes.c_ulonglong, 'f': ctypes.c_float,
    'd': ctypes.c_double, '?': ctypes.c_bool,
}


def create(size):
    fd = os.memfd_create('zombielab-shm', os.MFD_CLOEXEC)
    os.ftruncate(fd, size)
    return fd


def sizeof(code):
    return ctypes.sizeof(_types[code])


def type_name(code):
    return _types[code].__name__


class _Mapping(object):
    def __init__(self, fd):
        self._m = _mmap.mmap(fd, os.fstat(fd).st_size)

    def get(self, code, offset):
        return _types[code].from_buffer(self._m, offset).value

    def set(self, code, offset, value):
        _types[code].from_buffer(self._m, offset).value = value

    def size(self):
        return len(self._m)


def mmap(fd):
    return _Mapping(fd)
