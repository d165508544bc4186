# These parse, and Validate rejects each one.
c = 1 + 2j
class K(metaclass=M):
    pass
from . import sibling
from os import *
m = a @ b
m @= c
