# concurrent: the package of CPython's Lib/concurrent/__init__.py (3.8-3.14),
# empty but for its docstring; see concurrent/futures.
