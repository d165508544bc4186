# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# Names of library modules that only later versions have are missing
# under earlier ones: as attributes, in from-imports, in hasattr and dir();
# a program may still define its own.
import functools
import math
import itertools
import datetime
import sys
import types
import re
import signal
import threading
import enum
import queue
import keyword
import warnings
import collections.abc
import os


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


checks = [(functools, 'cache'), (math, 'lcm'), (itertools, 'pairwise'), (itertools, 'batched'), (datetime, 'UTC'),
          (sys, 'orig_argv'), (sys, 'exception'), (types, 'NoneType'), (re, 'NOFLAG'), (collections.abc, 'abstractmethod'),
          (os, 'waitstatus_to_exitcode'), (os, 'pidfd_open'), (os, 'CLD_KILLED'), (signal, 'pidfd_send_signal'),
          (threading, 'gettrace'), (enum, 'EnumType'), (queue, 'ShutDown'), (keyword, 'softkwlist'), (warnings, 'deprecated')]
show('hasattr', lambda: [hasattr(m, n) for m, n in checks])
show('dir', lambda: [n in dir(m) for m, n in checks])
show('cache', lambda: functools.cache(lambda: 3)())
show('lcm', lambda: math.lcm(4, 6))
show('pairwise', lambda: list(itertools.pairwise('abc')))
show('getattr', lambda: getattr(functools, 'cache', 'absent') == 'absent')


def from_import():
    try:
        from functools import cache
    except ImportError as e:
        return type(e).__name__
    return cache.__name__


show('from import', from_import)


def delete():
    del math.lcm


show('del', delete)
functools.cache = 'my own'
show('assigned', lambda: functools.cache)
