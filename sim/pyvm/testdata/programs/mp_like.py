# A miniature of multiprocessing's fork start method: _children, _cleanup
# reaping finished children with WNOHANG, properties that call waitpid,
# itertools.count, and traceback.print_exc in the child's bootstrap.
import itertools
import os
import sys
import time
import traceback

_children = set()
_counter = itertools.count(1)


def _cleanup():
    for p in list(_children):
        if p.poll() is not None:
            _children.discard(p)


class Process:
    def __init__(self, target, args=()):
        self._target = target
        self._args = tuple(args)
        self._popen_pid = None
        self._returncode = None
        self.name = "Process-%d" % next(_counter)

    def start(self):
        assert self._popen_pid is None, "cannot start a process twice"
        _cleanup()
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                self._target(*self._args)
                code = 0
            except Exception:
                sys.stderr.write("Process %s:\n" % self.name)
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                os._exit(code)
        self._popen_pid = pid
        _children.add(self)

    def poll(self, flag=os.WNOHANG):
        if self._returncode is None:
            pid, sts = os.waitpid(self._popen_pid, flag)
            if pid == self._popen_pid:
                self._returncode = os.waitstatus_to_exitcode(sts)
        return self._returncode

    @property
    def exitcode(self):
        return self.poll()

    def join(self):
        self.poll(0)
        _children.discard(self)

    def __repr__(self):
        return "<%s name=%r exitcode=%s>" % (type(self).__name__, self.name, self.exitcode)


def work(n):
    if n == 2:
        raise ValueError("task %d failed" % n)
    print("working on", n, flush=True)


procs = []
for i in range(3):
    p = Process(target=work, args=(i,))
    p.start()
    procs.append(p)
    time.sleep(1)
    print("alive children:", len(_children), flush=True)
for p in procs:
    p.join()
print([p.exitcode for p in procs], procs[0].name, procs[-1])
