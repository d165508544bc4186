# multiprocessing/popen_spawn_posix.py: start a child as a fresh interpreter,
# condensed from CPython's Lib/multiprocessing/popen_spawn_posix.py (3.8-3.14).
#
# The child is a direct child of this process (fork + exec in one call), so
# it is reaped exactly as a fork child is: by poll() = waitpid(WNOHANG),
# inherited from popen_fork. The first spawn also starts the resource
# tracker, a second long-lived child (facts §3, §8b).

import os
from multiprocessing import reduction
from multiprocessing import popen_fork
from multiprocessing import spawn
from multiprocessing import util
from multiprocessing import connection
from multiprocessing import context


class _DupFd(object):
    # popen_spawn_posix.py _DupFd: the fd is passed to the child at the
    # same number (spawnv_passfds).

    def __init__(self, fd):
        self.fd = fd

    def detach(self):
        return self.fd


class Popen(popen_fork.Popen):
    # popen_spawn_posix.py Popen: poll/wait/terminate come from popen_fork.
    method = 'spawn'

    DupFd = _DupFd

    def __init__(self, process_obj):
        self._fds = []
        popen_fork.Popen.__init__(self, process_obj)

    def duplicate_for_child(self, fd):
        self._fds.append(fd)
        return fd

    def _launch(self, process_obj):
        # popen_spawn_posix.py Popen._launch
        from multiprocessing import resource_tracker
        tracker_fd = resource_tracker.getfd()
        self._fds.append(tracker_fd)
        prep_data = spawn.get_preparation_data(process_obj._name)
        context.set_spawning_popen(self)
        try:
            prep_blob = reduction.dumps(prep_data)
            process_blob = reduction.dumps(process_obj)
        finally:
            context.set_spawning_popen(None)

        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        cmd = spawn.get_command_line(tracker_fd=tracker_fd, pipe_handle=child_r)
        self._fds.extend([child_r, child_w])
        self.pid = util.spawnv_passfds(spawn.get_executable(), cmd, self._fds)
        self.sentinel = parent_r
        connection.send_bytes(parent_w, prep_blob)
        connection.send_bytes(parent_w, process_blob)
        # parent_w stays open: the child's parent_process() sentinel.
        self.finalizer = util.Finalize(self, util.close_fds, (parent_r, parent_w))
        os.close(child_r)
        os.close(child_w)
