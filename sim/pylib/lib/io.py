# io: StringIO and BytesIO, in-memory files, condensed from CPython's
# Lib/_pyio.py (3.8-3.14; CPython runs the C versions of Modules/_io,
# whose errors these follow). Left out: open (a builtin of the
# simulator), TextIOWrapper and the buffered classes, newline
# translation other than the default, readinto, fileno (an in-memory file
# has none: io.UnsupportedOperation).

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    # io.UnsupportedOperation: both an OSError and a ValueError.
    pass


class _Memory(object):
    # What StringIO and BytesIO share: a buffer (self._buf, str or bytes),
    # a position, closing, and the line protocol.
    _empty = ''
    _newline = '\n'

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        # StringIO.seek: only absolute positions, or 0 from the current
        # position or the end.
        self._check()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = len(self._buf) + pos
        elif whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if pos < 0:
            raise ValueError('Negative seek position %d' % pos)
        self._pos = pos
        return pos

    def write(self, s):
        # Overwrites from the position; a gap after a seek past the end
        # is filled with '\0' (StringIO) or zero bytes (BytesIO).
        self._check()
        self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._pad(self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check()
        rest = self._buf[self._pos:]
        i = rest.find(self._newline)
        end = len(rest) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, size)
        self._pos += end
        return rest[:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __iter__(self):
        self._check()
        return iter(self.readlines())

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Memory):
    # io.StringIO: a text file in memory, starting at position 0 even when
    # given initial text.

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._buf = self._translate(initial_value)
        self._pos = 0
        self._closed = False

    def _translate(self, s):
        # newline=None reads any line ending as '\n'; '\r' and '\r\n'
        # write '\n' as themselves; '' and '\n' keep the text as it is.
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def write(self, s):
        self._check()
        self._check_type(s)
        _Memory.write(self, self._translate(s))
        return len(s)

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)

    def _pad(self, n):
        return '\0' * n

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(_Memory):
    # io.BytesIO: a binary file in memory.
    _empty = b''
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._check_type(initial_bytes)
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self._closed = False

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def _pad(self, n):
        return bytes(n)

    def getbuffer(self):
        return self._buf
