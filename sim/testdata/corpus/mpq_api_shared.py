# The API of multiprocessing's shared objects, errors included (fork).
# Value, Array, RawValue and RawArray shared with forked children.
import sys
import ctypes
from ctypes import c_int, c_double, c_bool
import multiprocessing as mp


def add(v, a, i):
    for k in range(50):
        with v.get_lock():
            v.value += 1
    a[i] = i * 0.5


def fill(raw, s):
    raw[:] = [9, 8, 7]
    s.value = b'child'


def flip(flag, nums):
    flag.value = True
    nums[1] = nums[0] + nums[1]


if __name__ == '__main__':
    v = mp.Value('i', 0)
    a = mp.Array('d', 4)
    ps = [mp.Process(target=add, args=(v, a, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, a[:], len(a), list(a), a[-1], a[1:3])
    print(v, type(v.get_lock()).__name__, v.get_obj())
    raw = mp.RawArray('i', 3)
    s = mp.Array('c', 8)
    p = mp.Process(target=fill, args=(raw, s))
    p.start()
    p.join()
    print(raw[:], s.value, s.raw)
    print(mp.RawValue('d', 1.25), mp.RawValue('i').value, mp.Value('b', 200).value,
          mp.Value('H', -1).value, mp.Value('q', 2 ** 40).value, mp.Value('f', 0.1).value)
    print(mp.Value('c', b'z').value, mp.Value('i', 7, lock=False), mp.RawArray('B', [1, 2])[:])
    nolock = mp.Array('i', [5, 6], lock=False)
    print(nolock[:], type(nolock).__name__ == 'Synchronized')
    try:
        a[9] = 1
    except IndexError as e:
        print('IndexError:', e)
    try:
        a[0:2] = [1]
    except ValueError as e:
        print('ValueError:', e)
    try:
        mp.Value('d', 'x')
    except TypeError as e:
        print('TypeError:', e)
    with v:
        v.value = 100
    print(v.value)
    flag, nums = mp.Value(c_bool, False), mp.Array(c_double, [0.5, 1.5])
    p = mp.Process(target=flip, args=(flag, nums))
    p.start()
    p.join()
    print(flag, nums[:], mp.RawValue(ctypes.c_longlong, 3), c_int(7), ctypes.sizeof(c_int))
