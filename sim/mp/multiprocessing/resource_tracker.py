# multiprocessing/resource_tracker.py: the resource tracker process,
# condensed from CPython's Lib/multiprocessing/resource_tracker.py (3.8-3.14).
#
# spawn and forkserver start it once, as a child of the main process. It
# reads a pipe whose write end every process of the program holds, and exits
# at EOF, i.e. when they have all exited. Up to 3.13 nobody waits for it, so
# it is orphaned at the main process's exit; 3.14 reaps it at shutdown
# (gh-88887, facts §1). Named semaphores are registered with it
# (synchronize.py) and unregistered when unlinked at exit; the tracker reads
# the messages but does not itself unlink what a killed process leaked.

import os
import sys
import signal
from multiprocessing import spawn
from multiprocessing import util

_HAVE_SIGMASK = hasattr(signal, 'pthread_sigmask')
_IGNORED_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class ResourceTracker(object):
    # resource_tracker.py ResourceTracker

    def __init__(self):
        self._fd = None
        self._pid = None
        self._exitcode = None

    def getfd(self):
        self.ensure_running()
        return self._fd

    def ensure_running(self):
        # resource_tracker.py ensure_running: probe the running tracker;
        # start one if there is none (or it died).
        if self._fd is not None:
            if self._check_alive():
                return
            os.close(self._fd)
            try:
                if self._pid is not None:
                    os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._fd = None
            self._pid = None
            sys.stderr.write('UserWarning: resource_tracker: process died '
                             'unexpectedly, relaunching.  Some resources '
                             'might leak.\n')
        r, w = os.pipe()
        exe = spawn.get_executable()
        args = [exe] + util._args_from_interpreter_flags()
        args = args + ['-c', 'from multiprocessing.resource_tracker import main;main(%d)' % r]
        try:
            # bpo-33613 (3.8+): the tracker is born with SIGINT and SIGTERM
            # blocked, so that neither kills it before main() ignores
            # them. The parent then unblocks them: a program that blocked
            # SIGINT itself no longer does after its first spawn.
            if _HAVE_SIGMASK:
                signal.pthread_sigmask(signal.SIG_BLOCK, _IGNORED_SIGNALS)
            try:
                pid = util.spawnv_passfds(exe, args, [r])
            finally:
                if _HAVE_SIGMASK:
                    signal.pthread_sigmask(signal.SIG_UNBLOCK, _IGNORED_SIGNALS)
        finally:
            os.close(r)
        self._fd = w
        self._pid = pid

    def _check_alive(self):
        # A write to a pipe nobody reads fails with EPIPE.
        try:
            os.write(self._fd, b'PROBE:0:noop\n')
        except OSError:
            return False
        return True

    def _stop(self):
        # resource_tracker.py _stop: close our end, so main() sees EOF, then
        # reap the tracker. Runs at shutdown in 3.14 only (util.py hook).
        if self._fd is None or self._pid is None:
            return
        os.close(self._fd)
        self._fd = None
        try:
            pid, status = os.waitpid(self._pid, 0)
        except ChildProcessError:
            # gh-140485: e.g. under SIGCHLD=SIG_IGN the tracker is gone.
            self._pid = None
            return
        self._pid = None
        self._exitcode = util._waitstatus_to_exitcode(status)


    def _send(self, cmd, name, rtype):
        # resource_tracker.py ResourceTracker._send (3.13:
        # _ensure_running_and_write): the tracker starts at the first
        # message, so a spawn-context Lock() starts it before any Process.
        self.ensure_running()
        os.write(self._fd, ('%s:%s:%s\n' % (cmd, name, rtype)).encode('ascii'))

    def register(self, name, rtype):
        self._send('REGISTER', name, rtype)

    def unregister(self, name, rtype):
        self._send('UNREGISTER', name, rtype)


_resource_tracker = ResourceTracker()
ensure_running = _resource_tracker.ensure_running
getfd = _resource_tracker.getfd
register = _resource_tracker.register
unregister = _resource_tracker.unregister


def main(fd):
    # resource_tracker.py main: the tracker process itself. It ignores ^C
    # and SIGTERM, reads commands until EOF, then exits normally.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if _HAVE_SIGMASK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _IGNORED_SIGNALS)
    while True:
        data = os.read(fd, 512)
        if not data:
            break
    sys.exit(0)
