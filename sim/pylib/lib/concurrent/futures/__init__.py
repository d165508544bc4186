# concurrent.futures: the package's public names, as CPython's
# Lib/concurrent/futures/__init__.py (3.8-3.14) gives them. CPython imports
# the two executors on first use, through the module's __getattr__ (PEP
# 562), which the simulator's `from ... import` does not call; here they
# are imported with the package, so `import concurrent.futures` also
# imports multiprocessing (and registers its exit hooks, which do nothing
# in a program that starts no process).

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


from concurrent.futures.process import ProcessPoolExecutor
from concurrent.futures.thread import ThreadPoolExecutor
