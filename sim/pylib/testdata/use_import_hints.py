# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# A from-import of a name the module lacks: from 3.12 the traceback
# suggests the closest of dir(module) (3.13 leaves out underscored names).
# CPython names the module's file, the simulator does not: it is cut here.
import re
import traceback


def f1():
    from collections import defaultdic


def f2():
    from os import getpdi


def f3():
    from json import laods


def f4():
    from random import randit


def f5():
    from math import pii


def f6():
    from os import _exitt


for f in (f1, f2, f3, f4, f5, f6):
    try:
        f()
    except ImportError:
        print(re.sub(r' \(/[^)]*\)', '', traceback.format_exc().splitlines()[-1]))
