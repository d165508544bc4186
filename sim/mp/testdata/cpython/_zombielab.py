# A stand-in for the simulator's native _zombielab module, so that the model
# in sim/mp/multiprocessing can run under real CPython on the real kernel
# (mp_cpython_test.go compares it with CPython's own multiprocessing).
# Test harness only: it uses what the simulator's subset cannot (pickle,
# runpy, /proc).

import atexit
import os
import pickle
import runpy
import sys
import traceback
import types

dumps = pickle.dumps
loads = pickle.loads


def print_exc():
    traceback.print_exc()


def spawnv_passfds(path, args, passfds):
    # fork + exec, keeping only 0, 1, 2 and passfds open (close_fds=True).
    # Like _posixsubprocess.fork_exec, return only once the exec has
    # happened: errpipe_write is close-on-exec, so EOF on errpipe_read means
    # the new program runs.
    errpipe_read, errpipe_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            keep = set([0, 1, 2, errpipe_write] + list(passfds))
            for fd in range(3, 256):
                if fd not in keep:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            for fd in passfds:
                os.set_inheritable(fd, True)
            os.execv(path, args)
        finally:
            os.write(errpipe_write, b'x')
            os._exit(127)
    os.close(errpipe_write)
    failed = os.read(errpipe_read, 1)
    os.close(errpipe_read)
    if failed:
        raise OSError('exec of %r failed' % (path,))
    return pid


def import_main_path(path):
    # spawn._fixup_main_from_path: run the file as __mp_main__ and alias
    # __main__ to it.
    module = types.ModuleType('__mp_main__')
    module.__dict__.update(runpy.run_path(path, run_name='__mp_main__'))
    sys.modules['__main__'] = sys.modules['__mp_main__'] = module


# A pipe cannot carry fds. The sender keeps a duplicate of each fd open
# until it exits and sends its number with its own pid; the receiver opens
# /proc/<pid>/fd/<n>, which for a pipe is the same pipe. Keeping the
# duplicates open means a status pipe never reads EOF when the fork server
# dies: that case is not tested under CPython. They are closed by the first
# atexit handler to run (registered after multiprocessing.util's), so the
# resource tracker still sees EOF when 3.14's shutdown hook waits for it.
_kept = []


def _close_kept():
    for fd in _kept:
        os.close(fd)
    del _kept[:]


def sendmsg(fd, data, fds):
    if not _kept:
        atexit.register(_close_kept)
    dups = [os.dup(f) for f in fds]
    _kept.extend(dups)
    msg = pickle.dumps((os.getpid(), dups, data))
    os.write(fd, len(msg).to_bytes(4, 'big') + msg)


def _read_exact(fd, n):
    buf = b''
    while len(buf) < n:
        chunk = os.read(fd, n - len(buf))
        if not chunk:
            return None
        buf += chunk
    return buf


def _open_remote(pid, n):
    with open('/proc/%d/fdinfo/%d' % (pid, n)) as f:
        flags = int(f.read().split('flags:')[1].split()[0], 8)
    mode = os.O_WRONLY if flags & 3 == os.O_WRONLY else os.O_RDONLY
    if flags & 3 == os.O_RDWR:
        mode = os.O_RDWR  # a shared memory file (sharedctypes), never a pipe
    fd = os.open('/proc/%d/fd/%d' % (pid, n), mode | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    return fd


def recvmsg(fd):
    head = _read_exact(fd, 4)
    if head is None:
        return b'', []
    pid, nums, data = pickle.loads(_read_exact(fd, int.from_bytes(head, 'big')))
    return data, [_open_remote(pid, n) for n in nums]
