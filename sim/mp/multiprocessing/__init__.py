# multiprocessing/__init__.py: the package's public names, bound to the
# default context as CPython's Lib/multiprocessing/__init__.py does it
# (3.8-3.14). Importing the package does NOT import multiprocessing.util, so
# _exit_function is not yet registered with atexit (facts §5).

import sys
from multiprocessing import context

Process = context.Process
current_process = context._default_context.current_process
active_children = context._default_context.active_children
parent_process = context._default_context.parent_process
get_context = context._default_context.get_context
get_start_method = context._default_context.get_start_method
set_start_method = context._default_context.set_start_method
get_all_start_methods = context._default_context.get_all_start_methods
cpu_count = context._default_context.cpu_count
Lock = context._default_context.Lock
RLock = context._default_context.RLock
Condition = context._default_context.Condition
Semaphore = context._default_context.Semaphore
BoundedSemaphore = context._default_context.BoundedSemaphore
Event = context._default_context.Event
Barrier = context._default_context.Barrier
Pipe = context._default_context.Pipe
Queue = context._default_context.Queue
JoinableQueue = context._default_context.JoinableQueue
SimpleQueue = context._default_context.SimpleQueue
Value = context._default_context.Value
Array = context._default_context.Array
RawValue = context._default_context.RawValue
RawArray = context._default_context.RawArray
Pool = context._default_context.Pool
Manager = context._default_context.Manager
ProcessError = context.ProcessError
BufferTooShort = context.BufferTooShort
TimeoutError = context.TimeoutError
AuthenticationError = context.AuthenticationError

# Alias for the main module; a spawned child resets it when it re-imports
# the main file as __mp_main__ (spawn.prepare).
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
