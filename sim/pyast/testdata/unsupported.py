# These parse, and Validate rejects each one.
if (n := 10) > 5:
    pass
c = 1 + 2j
class K(metaclass=M):
    pass
from . import sibling
from os import *
m = a @ b
m @= c
