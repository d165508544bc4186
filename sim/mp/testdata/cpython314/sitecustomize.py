# Test harness only: makes a CPython 3.13 interpreter report version 3.14, so
# that the model's 3.14 branches (forkserver by default, the authkey pipe,
# __main__ preloaded by the server, interrupt(), the resource tracker reaped
# at exit) can run on the real kernel. It runs in every interpreter started
# with this directory on PYTHONPATH, the model's helpers and workers too.
# CPython's own multiprocessing is never run this way.
import collections
import sys

_V = collections.namedtuple('version_info', 'major minor micro releaselevel serial')
sys.version_info = _V(3, 14, 0, 'final', 0)
