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
    _send(fd, int_to_bytes(len(buf), 4, 'big') + buf)


def recv_bytes(fd):
    # Connection.recv_bytes
    size = int_from_bytes(_recv(fd, 4), 'big')
    return _recv(fd, size)


def int_to_bytes(n, size, byteorder):
    # n.to_bytes(size, byteorder, signed=True), as struct.pack does it,
    # written with arithmetic: Python's floor division and modulo give the
    # two's complement bytes of a negative n.
    digits = []
    for i in range(size):
        digits.append(n % 256)
        n = n // 256
    if byteorder == 'big':
        digits.reverse()
    return bytes(digits)


def int_from_bytes(data, byteorder):
    # int.from_bytes(data, byteorder, signed=True), without going beyond
    # 64 bits: a negative number is read through its complement.
    digits = [data[i] for i in range(len(data))]
    if byteorder == 'little':
        digits.reverse()
    negative = digits[0] >= 128
    n = 0
    for d in digits:
        if negative:
            d = 255 - d
        n = n * 256 + d
    if negative:
        return -n - 1
    return n
