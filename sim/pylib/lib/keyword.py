# keyword: the keywords of the language, from CPython's Lib/keyword.py
# (3.8-3.14; 3.9 adds the soft keywords of pattern matching, 3.12 'type').

import sys as _sys

kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
          'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
          'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
          'raise', 'return', 'try', 'while', 'with', 'yield']

if _sys.version_info >= (3, 12):
    softkwlist = ['_', 'case', 'match', 'type']
elif _sys.version_info >= (3, 10):
    softkwlist = ['_', 'case', 'match']
elif _sys.version_info >= (3, 9):
    softkwlist = []


# Bound methods of frozensets, as CPython's: an unhashable argument is a
# TypeError.
iskeyword = frozenset(kwlist).__contains__
if _sys.version_info >= (3, 9):
    issoftkeyword = frozenset(softkwlist).__contains__
