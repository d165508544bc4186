# multiprocessing/connection.py: waiting on file descriptors and framed
# messages over a pipe, the small part of CPython's
# Lib/multiprocessing/connection.py (3.8-3.14) that Process needs.

import os
import time
import select


def wait(object_list, timeout=None):
    # connection.py wait (POSIX): the fds in object_list that are readable,
    # or [] after timeout seconds. CPython uses a selector; select.select
    # asks the same question. A Process sentinel is readable (EOF) once the
    # child has exited, whether or not it has been reaped: wait() never reaps.
    if timeout is not None:
        deadline = time.monotonic() + timeout
    while True:
        ready = select.select(object_list, [], [], timeout)[0]
        if ready:
            return ready
        if timeout is not None:
            timeout = deadline - time.monotonic()
            # CPython tests `< 0`; logical time does not move during a
            # zero-length select, so `<= 0` is needed to end the loop.
            if timeout <= 0:
                return ready


def _recv(fd, size):
    # Connection._recv: exactly size bytes; EOF first is an EOFError.
    buf = b''
    while len(buf) < size:
        chunk = os.read(fd, size - len(buf))
        if not chunk:
            raise EOFError('unexpected EOF')
        buf = buf + chunk
    return buf


def _send(fd, buf):
    # Connection._send: write all of buf.
    while buf:
        n = os.write(fd, buf)
        buf = buf[n:]


def send_bytes(fd, buf):
    # Connection.send_bytes: a 4-byte big-endian length, then the bytes.
    # spawn and forkserver use it for the pickled data (CPython streams
    # pickles instead, which need no header).
    _send(fd, len(buf).to_bytes(4, 'big', signed=True) + buf)


def recv_bytes(fd):
    # Connection.recv_bytes
    size = int.from_bytes(_recv(fd, 4), 'big', signed=True)
    return _recv(fd, size)
