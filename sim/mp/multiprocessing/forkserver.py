# multiprocessing/forkserver.py: the fork server, condensed from CPython's
# Lib/multiprocessing/forkserver.py (3.8-3.14).
#
# The server is a child of the main process, started on first use (after the
# resource tracker). It forks every worker itself, so a worker's parent is
# the server, and it reaps them on SIGCHLD with a waitpid(-1, WNOHANG) loop,
# writing each exit code on the worker's status pipe (facts §4). The user's
# process never waits for a worker; its poll() reads that pipe.
#
# CPython's control channel is an AF_UNIX socket that carries fds
# (SCM_RIGHTS); here it is a pipe, and reduction.sendfds/recvfds carry the
# fds. 3.14's HMAC challenge is reduced to sending the authkey itself.

import os
import sys
import signal
import select
import atexit
from multiprocessing import process
from multiprocessing import reduction
from multiprocessing import connection
from multiprocessing import resource_tracker
from multiprocessing import spawn
from multiprocessing import util

SIGNED_SIZE = 8  # struct 'q': large enough for pid_t
_AUTHKEY = b'zombielab-forkserver-authkey-32b'  # os.urandom(32) in CPython


class ForkServer(object):
    # forkserver.py ForkServer: the client side, in every user process.

    def __init__(self):
        # forkserver.py ForkServer.__init__; the lock is not modelled.
        self._forkserver_authkey = None
        self._forkserver_address = None  # here: the request pipe's write end
        self._forkserver_alive_fd = None
        self._forkserver_pid = None
        self._inherited_fds = None
        self._preload_modules = ['__main__']

    def get_inherited_fds(self):
        # forkserver.py ForkServer.get_inherited_fds: in a worker, the fds
        # its parent passed along (popen_forkserver._DupFd indexes them).
        return self._inherited_fds

    def connect_to_new_process(self, fds):
        # forkserver.py connect_to_new_process: ask the server for a worker;
        # returns (status_r, data_w).
        self.ensure_running()
        parent_r, child_w = os.pipe()
        child_r, parent_w = os.pipe()
        allfds = [child_r, child_w, self._forkserver_alive_fd,
                  resource_tracker.getfd()] + fds
        reduction.sendfds(self._forkserver_address, allfds,
                          self._forkserver_authkey or b'')
        os.close(child_r)
        os.close(child_w)
        return parent_r, parent_w

    def ensure_running(self):
        # forkserver.py ensure_running: resource tracker first, then the
        # server, unless it is still running.
        resource_tracker.ensure_running()
        if self._forkserver_pid is not None:
            pid, status = os.waitpid(self._forkserver_pid, os.WNOHANG)
            if not pid:
                return
            os.close(self._forkserver_alive_fd)
            self._forkserver_authkey = None
            self._forkserver_address = None
            self._forkserver_alive_fd = None
            self._forkserver_pid = None
        main_kws = {}
        if self._preload_modules:
            data = spawn.get_preparation_data('ignore')
            if sys.version_info >= (3, 14) and 'init_main_from_path' in data:
                # gh-126631: before this fix the server looked for a
                # 'main_path' key that no longer existed, so it never
                # preloaded __main__ and every worker re-imported it.
                main_kws['main_path'] = data['init_main_from_path']
        listener_r, listener_w = os.pipe()
        # Every client holds alive_w; when they are all gone the server
        # reads EOF on alive_r and exits.
        alive_r, alive_w = os.pipe()
        fds_to_pass = [listener_r, alive_r]
        if sys.version_info >= (3, 14):
            authkey_r, authkey_w = os.pipe()
            fds_to_pass.append(authkey_r)
            main_kws['authkey_r'] = authkey_r
        cmd = ('from multiprocessing.forkserver import main; ' +
               'main(%d, %d, %r, **%r)' % (listener_r, alive_r,
                                           self._preload_modules, main_kws))
        exe = spawn.get_executable()
        args = [exe] + util._args_from_interpreter_flags() + ['-c', cmd]
        try:
            pid = util.spawnv_passfds(exe, args, fds_to_pass)
        finally:
            os.close(alive_r)
            os.close(listener_r)
        if sys.version_info >= (3, 14):
            os.close(authkey_r)
            self._forkserver_authkey = _AUTHKEY
            os.write(authkey_w, _AUTHKEY)
            os.close(authkey_w)
        self._forkserver_address = listener_w
        self._forkserver_alive_fd = alive_w
        self._forkserver_pid = pid


def main(listener_fd, alive_r, preload, main_path=None, sys_path=None,
         authkey_r=None):
    # forkserver.py main: the server process. Importing other preload
    # modules (set_forkserver_preload) is not modelled.
    authkey = b''
    if authkey_r is not None:
        authkey = os.read(authkey_r, len(_AUTHKEY))
        os.close(authkey_r)
    if preload and '__main__' in preload and main_path is not None:
        process.current_process()._inheriting = True
        try:
            spawn.import_main_path(main_path)
        finally:
            process.current_process()._inheriting = False

    sig_r, sig_w = os.pipe()
    os.set_blocking(sig_r, False)
    os.set_blocking(sig_w, False)

    def sigchld_handler(*_unused):
        # Does nothing: its job is to make SIGCHLD write to sig_w through
        # set_wakeup_fd, which wakes up the select below.
        pass

    old_handlers = {
        signal.SIGCHLD: signal.signal(signal.SIGCHLD, sigchld_handler),
        signal.SIGINT: signal.signal(signal.SIGINT, signal.SIG_IGN),
    }
    signal.set_wakeup_fd(sig_w)
    pid_to_fd = {}  # worker pid -> the write end of its status pipe
    readers = [listener_fd, alive_r, sig_r]
    while True:
        rfds = []
        while not rfds:
            rfds = select.select(readers, [], [])[0]
        if alive_r in rfds:
            # EOF because no more client processes left
            assert os.read(alive_r, 1) == b'', "Not at EOF?"
            raise SystemExit
        if sig_r in rfds:
            os.read(sig_r, 65536)
            _reap_workers(pid_to_fd)
        if listener_fd in rfds:
            data, fds = reduction.recvfds(listener_fd)
            if not fds:
                # A listening socket never reads EOF; its pipe stand-in does
                # once every client has exited. Stop watching it.
                readers.remove(listener_fd)
            elif authkey and data != authkey:
                close_all(fds)  # 3.14: failed authentication
            else:
                _fork_worker(fds, listener_fd, alive_r, sig_r, sig_w,
                             pid_to_fd, old_handlers)


def _reap_workers(pid_to_fd):
    # forkserver.py main, on SIGCHLD (3.8-3.14): reap every finished worker
    # and send its exit code to the client that asked for it.
    while True:
        try:
            pid, sts = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        child_w = pid_to_fd.pop(pid, None)
        if child_w is not None:
            returncode = util._waitstatus_to_exitcode(sts)
            try:
                write_signed(child_w, returncode)
            except BrokenPipeError:
                pass  # client vanished
            os.close(child_w)
        else:
            sys.stderr.write('UserWarning: forkserver: waitpid returned '
                             'unexpected pid %d\n' % pid)


def _fork_worker(fds, listener_fd, alive_r, sig_r, sig_w, pid_to_fd, handlers):
    # forkserver.py main, on a request: fork the worker and write its pid
    # first on the status pipe; the exit code follows when it is reaped.
    child_r = fds[0]
    child_w = fds[1]
    fds = fds[2:]
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(listener_fd)
            unused_fds = [alive_r, child_w, sig_r, sig_w] + list(pid_to_fd.values())
            if sys.version_info >= (3, 13):
                atexit._clear()
                atexit.register(util._exit_function)
            code = _serve_one(child_r, fds, unused_fds, handlers)
        except Exception as e:
            util._print_exc(e)
            sys.stderr.flush()
        finally:
            if sys.version_info >= (3, 13):
                atexit._run_exitfuncs()
            os._exit(code)
    else:
        try:
            write_signed(child_w, pid)
        except BrokenPipeError:
            pass  # client vanished
        pid_to_fd[pid] = child_w
        os.close(child_r)
        close_all(fds)


def _serve_one(child_r, fds, unused_fds, handlers):
    # forkserver.py _serve_one: the worker restores the signal handlers it
    # inherited, drops the server's fds and becomes the Process.
    signal.set_wakeup_fd(-1)
    for sig in handlers:
        signal.signal(sig, handlers[sig])
    close_all(unused_fds)
    _forkserver._forkserver_alive_fd = fds[0]
    resource_tracker._resource_tracker._fd = fds[1]
    _forkserver._inherited_fds = fds[2:]
    # CPython passes os.dup(child_r) as the parent sentinel.
    return spawn._main(child_r, child_r)


def close_all(fds):
    for fd in fds:
        os.close(fd)


def read_signed(fd):
    # forkserver.py read_signed: 8 bytes, native (little-endian) order.
    return connection.int_from_bytes(connection._recv(fd, SIGNED_SIZE), 'little')


def write_signed(fd, n):
    # forkserver.py write_signed
    connection._send(fd, connection.int_to_bytes(n, SIGNED_SIZE, 'little'))


_forkserver = ForkServer()
ensure_running = _forkserver.ensure_running
connect_to_new_process = _forkserver.connect_to_new_process
get_inherited_fds = _forkserver.get_inherited_fds
