# multiprocessing/connection.py: waiting on file descriptors, framed
# messages over a pipe, Pipe() and Connection, Listener and Client,
# condensed from CPython's Lib/multiprocessing/connection.py (3.8-3.14).
#
# Listener and Client: a listening socket and connections to it by address
# (an AF_UNIX path or a loopback AF_INET (host, port)), the simulated
# kernel's (_zombielab.listen/connect/accept, sim/kernel/unix.go). A
# connection's end is two fds, like a duplex Pipe's. The authkey handshake
# keeps CPython's order and messages (deliver_challenge, answer_challenge,
# #WELCOME#/#FAILURE#, the two AuthenticationErrors) but, as the fork
# server's 3.14 handshake here, the answer is the key itself, not an HMAC
# of a random challenge.
#
# Pipe(duplex=True) is a socketpair in CPython. The simulated kernel has
# pipes only, so a duplex Connection here is two pipes, one per direction:
# messages, EOF and EPIPE behave the same, but fileno() is the read end's
# number, the numbers differ from CPython's, and each direction holds 64 KiB
# (a pipe's capacity) where a socketpair buffers more.

import os
import time
import select
from multiprocessing import context


def wait(object_list, timeout=None):
    # connection.py wait (POSIX): the fds in object_list that are readable,
    # or [] after timeout seconds. CPython uses a selector; select.select
    # asks the same question. A Process sentinel is readable (EOF) once the
    # child has exited, whether or not it has been reaped: wait() never reaps.
    if timeout is not None:
        deadline = time.monotonic() + timeout
    while True:
        try:
            ready = select.select(object_list, [], [], timeout)[0]
        except OSError as e:
            if e.errno != 9:
                raise
            # CPython's selector is poll(): a descriptor closed meanwhile
            # (another thread reaped a worker and closed its sentinel) is
            # POLLNVAL, which selectors reports as ready; select() says
            # EBADF instead, so find the closed ones.
            ready = [o for o in object_list if _closed(o)]
        if ready:
            return ready
        if timeout is not None:
            timeout = deadline - time.monotonic()
            # CPython tests `< 0`; logical time does not move during a
            # zero-length select, so `<= 0` is needed to end the loop.
            if timeout <= 0:
                return ready


def _closed(obj):
    # Whether obj's descriptor is closed (wait()'s POLLNVAL case).
    try:
        select.select([obj], [], [], 0)
    except OSError as e:
        if e.errno == 9:
            return True
        raise
    return False


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


class Connection(object):
    # connection.py _ConnectionBase and Connection (POSIX): a message is a
    # 4-byte big-endian signed length and the bytes; send()/recv() carry a
    # pickle (here the simulator's stand-in, reduction.dumps/loads).

    def __init__(self, handle, readable=True, writable=True, whandle=None):
        # connection.py _ConnectionBase.__init__. whandle is the model's:
        # the write end of a duplex Connection (None: handle both ways).
        if not isinstance(handle, int):
            raise TypeError("an integer is required")
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._whandle = whandle
        self._readable = readable
        self._writable = writable

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        # connection.py _ConnectionBase._bad_message_length
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        return self._handle is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._handle

    def close(self):
        # connection.py _ConnectionBase.close
        if self._handle is not None:
            try:
                os.close(self._handle)
                if self._whandle is not None:
                    os.close(self._whandle)
            finally:
                self._handle = None
                self._whandle = None

    def send_bytes(self, buf, offset=0, size=None):
        # connection.py _ConnectionBase.send_bytes
        self._check_closed()
        self._check_writable()
        if not isinstance(buf, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(buf).__name__)
        buf = bytes(buf)
        n = len(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(buf[offset:offset + size])

    def send(self, obj):
        # connection.py _ConnectionBase.send
        self._check_closed()
        self._check_writable()
        from multiprocessing import reduction
        self._send_bytes(reduction.dumps(obj))

    def recv_bytes(self, maxlength=None):
        # connection.py _ConnectionBase.recv_bytes
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf

    def recv(self):
        # connection.py _ConnectionBase.recv
        self._check_closed()
        self._check_readable()
        buf = self._recv_bytes()
        from multiprocessing import reduction
        return reduction.loads(buf)

    def poll(self, timeout=0.0):
        # connection.py _ConnectionBase.poll: readable (data or EOF) within
        # timeout seconds; None waits for ever.
        self._check_closed()
        self._check_readable()
        return bool(wait([self._handle], timeout))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()

    def _wfd(self):
        if self._whandle is not None:
            return self._whandle
        return self._handle

    def _recv(self, size):
        # connection.py Connection._recv: EOF before the first byte is
        # EOFError, in the middle of a message OSError.
        buf = b''
        while len(buf) < size:
            chunk = os.read(self._handle, size - len(buf))
            if not chunk:
                if not buf:
                    raise EOFError
                raise OSError("got end of file during message")
            buf = buf + chunk
        return buf

    def _send_bytes(self, buf):
        # connection.py Connection._send_bytes: header and body in one write
        # up to 16 KiB, else two (a length over 2**31-1 is not modelled).
        header = int_to_bytes(len(buf), 4, 'big')
        if len(buf) > 16384:
            _send(self._wfd(), header)
            _send(self._wfd(), buf)
        else:
            _send(self._wfd(), header + buf)

    def _recv_bytes(self, maxsize=None):
        # connection.py Connection._recv_bytes
        size = int_from_bytes(self._recv(4), 'big')
        if maxsize is not None and size > maxsize:
            return None
        return self._recv(size)

    def __getstate__(self):
        # connection.py reduce_connection (POSIX): the fds go to the child
        # being started (DupFd -> Popen.duplicate_for_child). Handing a
        # Connection to a running process needs resource_sharer's server
        # thread, which is not modelled.
        popen = context.get_spawning_popen()
        if popen is None:
            raise NotImplementedError('the simulator can pass a Connection only '
                                      'to a process being started')
        state = dict(self.__dict__)
        for name in ('_handle', '_whandle'):
            if state[name] is not None:
                state[name] = popen.DupFd(popen.duplicate_for_child(state[name]))
        return state

    def __setstate__(self, state):
        # connection.py rebuild_connection: the fds the child was given.
        self.__dict__.update(state)
        for name in ('_handle', '_whandle'):
            if state[name] is not None:
                setattr(self, name, state[name].detach())


def Pipe(duplex=True):
    # connection.py Pipe (POSIX): duplex is a socketpair in CPython, two
    # pipes here (see the top of the file); one-way is os.pipe(), the read
    # end first.
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        c1 = Connection(r1, whandle=w2)
        c2 = Connection(r2, whandle=w1)
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


#
# Listener and Client
#

CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'

_listener_counter = None


def address_type(address):
    # connection.py address_type (POSIX): a tuple is AF_INET, a str AF_UNIX.
    if type(address) == tuple:
        return 'AF_INET'
    elif type(address) is str:
        return 'AF_UNIX'
    else:
        raise ValueError('address type of %r unrecognized' % (address,))


def _kernel_address(address, family):
    # The kernel's name for an address: the path, or 'host:port' with
    # 'localhost' as 127.0.0.1 (what bind() and connect() resolve it to).
    if family == 'AF_INET':
        host, port = address
        if host in ('localhost', ''):
            host = '127.0.0.1'
        if host != '127.0.0.1' or port == 0:
            raise NotImplementedError('the simulator models loopback addresses '
                                      'with a given port only, not %r' % (address,))
        return True, '%s:%d' % (host, port)
    return False, address


def arbitrary_address(family):
    # connection.py arbitrary_address: CPython makes a random name in a
    # temporary directory (tempfile.mktemp(prefix='listener-',
    # dir=util.get_temp_dir())); the model numbers them per process.
    global _listener_counter
    if family != 'AF_UNIX':
        raise NotImplementedError('the simulator needs an explicit AF_INET address')
    if _listener_counter is None:
        from multiprocessing import process
        _listener_counter = process._Counter(0)
    return '/tmp/pymp-%d/listener-%d' % (os.getpid(), _listener_counter.next())


def _socket_connection(fds):
    # A connected socket's end: read fd and write fd (see the top).
    return Connection(fds[0], whandle=fds[1])


class Listener(object):
    # connection.py Listener with SocketListener (POSIX): a listening
    # socket; accept() returns a Connection after the handshake if an
    # authkey was given.

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        # connection.py Listener.__init__ and SocketListener.__init__
        from multiprocessing import reduction
        family = family or (address and address_type(address)) or 'AF_UNIX'
        address = address or arbitrary_address(family)
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        inet, name = _kernel_address(address, family)
        self._fd = reduction.listen(inet, name)
        self._family = family
        self._address = address
        self._last_accepted = None
        self._authkey = authkey
        self._listener = self

    def accept(self):
        # connection.py Listener.accept: SocketListener.accept, then the
        # server's half of the handshake (deliver first, then answer).
        if self._listener is None:
            raise OSError('listener is closed')
        from multiprocessing import reduction
        c = _socket_connection(reduction.accept(self._fd))
        # A connecting AF_UNIX socket has no name: '' (an AF_INET peer's
        # ephemeral port is not modelled).
        self._last_accepted = '' if self._family == 'AF_UNIX' else None
        if self._authkey is not None:
            deliver_challenge(c, self._authkey)
            answer_challenge(c, self._authkey)
        return c

    def close(self):
        # connection.py Listener.close: the socket closes (the address is
        # free again); later .address raises AttributeError, as CPython's
        # self._listener = None does.
        listener = self._listener
        if listener is not None:
            self._listener = None
            os.close(self._fd)

    @property
    def address(self):
        return self._listener._address

    @property
    def last_accepted(self):
        return self._listener._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address, family=None, authkey=None):
    # connection.py Client with SocketClient (POSIX): connect, then the
    # client's half of the handshake (answer first, then deliver).
    from multiprocessing import reduction
    family = family or address_type(address)
    inet, name = _kernel_address(address, family)
    c = _socket_connection(reduction.connect(inet, name))
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')
    if authkey is not None:
        answer_challenge(c, authkey)
        deliver_challenge(c, authkey)
    return c


def deliver_challenge(connection, authkey):
    # connection.py deliver_challenge: challenge the peer, check its answer.
    # The model's answer is the key itself (see the top of the file).
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not %s" % type(authkey).__name__)
    connection.send_bytes(CHALLENGE)
    response = connection.recv_bytes(256)
    if response == authkey:
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise context.AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    # connection.py answer_challenge: answer the peer's challenge.
    if not isinstance(authkey, bytes):
        raise ValueError("Authkey must be bytes, not %s" % type(authkey).__name__)
    message = connection.recv_bytes(256)
    if not message.startswith(CHALLENGE):
        raise context.AuthenticationError('Protocol error, expected challenge: %r' % (message,))
    connection.send_bytes(authkey)
    response = connection.recv_bytes(256)
    if response != WELCOME:
        raise context.AuthenticationError('digest sent was rejected')
