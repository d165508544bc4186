# The argument errors of os and signal functions, as each calling
# convention words them (METH_NOARGS, METH_O, Argument Clinic with and
# without keywords, Lib/signal.py's wrappers), and os.register_at_fork's
# checks; the user and group ids.
import os
import signal

calls = [
    ("getpid", lambda: os.getpid(1)), ("fork", lambda: os.fork(1)), ("wait", lambda: os.wait(1)),
    ("getpgrp", lambda: os.getpgrp(1)), ("sched_yield", lambda: os.sched_yield(1)),
    ("cpu_count", lambda: os.cpu_count(1)), ("pipe", lambda: os.pipe(1)), ("setsid", lambda: os.setsid(1)),
    ("abort", lambda: os.abort(1)), ("times", lambda: os.times(1)), ("getuid", lambda: os.getuid(1)),
    ("getgroups", lambda: os.getgroups(1)), ("getresuid", lambda: os.getresuid(1)),
    ("getpid kw", lambda: os.getpid(x=1)),
    ("dup 0", lambda: os.dup()), ("dup 2", lambda: os.dup(1, 2)), ("dup kw", lambda: os.dup(fd=1)),
    ("get_inheritable 0", lambda: os.get_inheritable()), ("get_blocking 0", lambda: os.get_blocking()),
    ("strerror 0", lambda: os.strerror()), ("strerror 2", lambda: os.strerror(1, 2)),
    ("getsid 0", lambda: os.getsid()), ("getsid 2", lambda: os.getsid(1, 2)),
    ("urandom 0", lambda: os.urandom()), ("umask 0", lambda: os.umask()),
    ("sched_getaffinity 0", lambda: os.sched_getaffinity()),
    ("getpgid 0", lambda: os.getpgid()), ("getpgid 2", lambda: os.getpgid(1, 2)),
    ("getpgid pid=", lambda: os.getpgid(pid=0) == os.getpgrp()), ("getpgid x=", lambda: os.getpgid(x=1)),
    ("getpgid pid= x=", lambda: os.getpgid(pid=0, x=1)), ("getpgid 0 x=", lambda: os.getpgid(0, x=1)),
    ("_exit 0", lambda: os._exit()), ("_exit kw 2", lambda: os._exit(1, status=2)), ("_exit x=", lambda: os._exit(x=1)),
    ("close 0", lambda: os.close()), ("close fd=", lambda: os.close(fd=-1)), ("close 2", lambda: os.close(1, 2)),
    ("close fd= x=", lambda: os.close(fd=1, x=2)),
    ("wait3 0", lambda: os.wait3()), ("wait4 1", lambda: os.wait4(1)), ("wait4 kw", lambda: os.wait4(1, opts=0)),
    ("waitpid 1", lambda: os.waitpid(1)), ("waitpid 3", lambda: os.waitpid(1, 2, 3)),
    ("waitpid kw", lambda: os.waitpid(pid=1, options=0)), ("kill 1", lambda: os.kill(1)),
    ("kill kw", lambda: os.kill(1, sig=0)), ("killpg 1", lambda: os.killpg(1)), ("setpgid 1", lambda: os.setpgid(1)),
    ("getsignal 0", lambda: signal.getsignal()), ("getsignal 2", lambda: signal.getsignal(1, 2)),
    ("getsignal kw", lambda: signal.getsignal(signalnum=2) is signal.default_int_handler),
    ("strsignal 0", lambda: signal.strsignal()), ("alarm 0", lambda: signal.alarm()),
    ("alarm kw", lambda: signal.alarm(seconds=0)), ("pause 1", lambda: signal.pause(1)),
    ("getitimer 0", lambda: signal.getitimer()), ("valid_signals 1", lambda: signal.valid_signals(1)),
    ("raise_signal 0", lambda: signal.raise_signal()),
    ("register_at_fork none", lambda: os.register_at_fork()),
    ("register_at_fork positional", lambda: os.register_at_fork(print)),
    ("register_at_fork None", lambda: os.register_at_fork(before=None)),
    ("register_at_fork int", lambda: os.register_at_fork(before=1)),
    ("register_at_fork str", lambda: os.register_at_fork(after_in_child=print, after_in_parent="x")),
    ("register_at_fork bogus", lambda: os.register_at_fork(before=print, bogus=1)),
    ("register_at_fork callable instance", lambda: os.register_at_fork(after_in_parent=Callable())),
    ("register_at_fork class", lambda: os.register_at_fork(after_in_parent=Callable)),
    ("register_at_fork instance", lambda: os.register_at_fork(before=object())),
]


class Callable:
    def __call__(self):
        pass


for name, f in calls:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "->", type(e).__name__, e)

print(os.getuid(), os.geteuid(), os.getgid(), os.getegid(), os.getgroups(), os.getresuid(), os.getresgid())
