# multiprocessing/popen_fork.py: start a child with os.fork(), condensed from
# CPython's Lib/multiprocessing/popen_fork.py (3.8-3.14).
#
# poll() is where a zombie gets reaped: os.waitpid(pid, WNOHANG). Any OSError,
# ECHILD included, means "still running" (facts §3), so under
# SIGCHLD=SIG_IGN a child looks alive forever.

import os
import sys
import signal
import atexit
from multiprocessing import util


class Popen(object):
    # popen_fork.py Popen; popen_spawn_posix and popen_forkserver subclass it.
    method = 'fork'

    def __init__(self, process_obj):
        # popen_fork.py Popen.__init__: flush first, so that the child does
        # not print this process's buffered output again.
        util._flush_std_streams()
        self.returncode = None
        self.finalizer = None
        self._launch(process_obj)

    def poll(self, flag=os.WNOHANG):
        # popen_fork.py Popen.poll, 3.8-3.14.
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, flag)
            except OSError:
                # "Child process not yet created. See #1731717": CPython
                # treats every OSError, ECHILD included, as still running.
                return None
            if pid == self.pid:
                self.returncode = util._waitstatus_to_exitcode(sts)
                self._collect()
        return self.returncode

    def wait(self, timeout=None):
        # popen_fork.py Popen.wait: with a timeout, wait for EOF on the
        # sentinel first; then waitpid, blocking unless timeout == 0.
        if self.returncode is None:
            if timeout is not None:
                from multiprocessing.connection import wait
                if not wait([self.sentinel], timeout):
                    return None
            if timeout == 0.0:
                return self.poll(os.WNOHANG)
            return self.poll(0)
        return self.returncode

    def _send_signal(self, sig):
        # popen_fork.py _send_signal: nothing is sent once the child has been
        # reaped by Python; a vanished process is not an error.
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass
            except OSError:
                if self.wait(timeout=0.1) is None:
                    raise

    def interrupt(self):
        # 3.14
        self._send_signal(signal.SIGINT)

    def terminate(self):
        self._send_signal(signal.SIGTERM)

    def kill(self):
        self._send_signal(signal.SIGKILL)

    def _launch(self, process_obj):
        # popen_fork.py _launch: two pipes, then fork. The child never returns
        # from here: it ends with os._exit, without interpreter finalisation.
        code = 1
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                if sys.version_info >= (3, 13):
                    # gh-83856: the child runs atexit handlers again, with
                    # util._exit_function the only one inherited.
                    atexit._clear()
                    atexit.register(util._exit_function)
                os.close(parent_r)
                os.close(parent_w)
                code = process_obj._bootstrap(parent_sentinel=child_r)
            finally:
                if sys.version_info >= (3, 13):
                    atexit._run_exitfuncs()
                os._exit(code)
        else:
            os.close(child_w)
            os.close(child_r)
            # The sentinel reads EOF when the child exits (child_w closes).
            self.finalizer = util.Finalize(self, util.close_fds,
                                           (parent_r, parent_w))
            self.sentinel = parent_r

    def close(self):
        if self.finalizer is not None:
            self.finalizer()

    def _collect(self):
        # Simulator only: stands in for the garbage collector. In CPython this
        # finalizer closes the sentinel pipe when the Process object is freed,
        # which in a loop like `p = Process(...); p.start()` is right after
        # _cleanup() or join() has reaped the child. The simulator has no
        # reference counts, so it closes the pipe as soon as the child is
        # reaped; only a later use of p.sentinel could tell the difference.
        self.close()
