# A stand-in for CPython's Lib/__future__.py, for the language programs of
# this directory (the simulator's own comes from its Loader, sim/pylib).
annotations = "annotations"
