# bisect: binary search and insertion in a sorted list, condensed from
# CPython's Lib/bisect.py (3.8-3.14; key= is new in 3.10).

import sys as _sys


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def _check_key(key):
    if key is not None and _sys.version_info < (3, 10):
        raise TypeError("'key' is an invalid keyword argument for this function")


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    # The index after any entries equal to x.
    _check_key(key)
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    # The index before any entries equal to x.
    _check_key(key)
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    # insort compares key(x) with the keys of the entries.
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
