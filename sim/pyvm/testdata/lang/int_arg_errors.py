# The TypeErrors of os's and signal's integer arguments: before 3.10 the C
# converters say "an integer is required" (a float: "integer argument
# expected"), except those that take an index (kill's signal, read's and
# urandom's sizes); from 3.10 all of them say "cannot be interpreted".
import os
import signal
calls = [('_exit', os._exit, 1), ('close', os.close, 1), ('dup', os.dup, 1), ('get_blocking', os.get_blocking, 1),
         ('getpgid', os.getpgid, 1), ('kill0', lambda x: os.kill(x, 0), 1), ('kill1', lambda x: os.kill(1, x), 1),
         ('read0', lambda x: os.read(x, 1), 1), ('read1', lambda x: os.read(0, x), 1), ('strerror', os.strerror, 1),
         ('umask', os.umask, 1), ('urandom', os.urandom, 1), ('wait3', os.wait3, 1), ('alarm', signal.alarm, 1),
         ('getsignal', signal.getsignal, 1), ('strsignal', signal.strsignal, 1), ('getitimer', signal.getitimer, 1),
         ('set_inheritable', lambda x: os.set_inheritable(x, True), 1), ('setpgid', lambda x: os.setpgid(x, 0), 1),
         ('waitpid', lambda x: os.waitpid(1, x), 1), ('sched_getaffinity', os.sched_getaffinity, 1), ('killpg', lambda x: os.killpg(x, 0), 1)]
for bad in ('x', 1.5, None, [1]):
    for name, f, _ in calls:
        try:
            f(bad)
        except TypeError as e:
            print(name, repr(bad), e)
        except Exception as e:
            print(name, repr(bad), type(e).__name__)
