# multiprocessing/popen_forkserver.py: start a child through the fork server,
# condensed from CPython's Lib/multiprocessing/popen_forkserver.py (3.8-3.14).
#
# The worker is the server's child, not ours: poll() never calls waitpid. It
# reads the exit code the server writes on the status pipe after reaping the
# worker; EOF there (the server died) reads as 255 (facts §4).

import os
from multiprocessing import reduction
from multiprocessing import forkserver
from multiprocessing import popen_fork
from multiprocessing import spawn
from multiprocessing import util
from multiprocessing import connection
from multiprocessing import context


class _DupFd(object):
    # popen_forkserver.py _DupFd: an fd travels with the request to the
    # server, so the child finds it by its place in the list.

    def __init__(self, ind):
        self.ind = ind

    def detach(self):
        return forkserver.get_inherited_fds()[self.ind]


class Popen(popen_fork.Popen):
    # popen_forkserver.py Popen: wait/terminate/kill come from popen_fork.
    method = 'forkserver'

    DupFd = _DupFd

    def __init__(self, process_obj):
        self._fds = []
        popen_fork.Popen.__init__(self, process_obj)

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return len(self._fds) - 1

    def _launch(self, process_obj):
        # popen_forkserver.py Popen._launch: the first word on the status
        # pipe is the worker's pid.
        prep_data = spawn.get_preparation_data(process_obj._name)
        context.set_spawning_popen(self)
        try:
            prep_blob = reduction.dumps(prep_data)
            process_blob = reduction.dumps(process_obj)
        finally:
            context.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        # CPython keeps os.dup(w) open as the worker's parent sentinel and
        # closes w; keeping w open is the same.
        self.finalizer = util.Finalize(self, util.close_fds, (w, self.sentinel))
        connection.send_bytes(w, prep_blob)
        connection.send_bytes(w, process_blob)
        self.pid = forkserver.read_signed(self.sentinel)

    def poll(self, flag=os.WNOHANG):
        # popen_forkserver.py Popen.poll, 3.8-3.14.
        if self.returncode is None:
            from multiprocessing.connection import wait
            timeout = None
            if flag == os.WNOHANG:
                timeout = 0
            if not wait([self.sentinel], timeout):
                return None
            try:
                self.returncode = forkserver.read_signed(self.sentinel)
            except (OSError, EOFError):
                # perhaps the forkserver process itself got killed
                self.returncode = 255
            self._collect()
        return self.returncode
