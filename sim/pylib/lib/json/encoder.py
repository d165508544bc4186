# json/encoder.py: JSONEncoder, condensed from CPython's Lib/json/encoder.py
# (3.8-3.14): the separators and indentation of _make_iterencode, strings
# escaped as py_encode_basestring(_ascii), floats as float.__repr__ with
# NaN and Infinity, and CPython's TypeErrors and ValueErrors. The whole
# text is built at once (iterencode yields it as one chunk).

import sys as _sys

INFINITY = float('inf')

_escapes = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape_char(ch, ensure_ascii):
    # One character of a JSON string: the short escapes, \u00XX for other
    # control characters and, with ensure_ascii, \uXXXX (a surrogate pair
    # beyond the BMP) for everything outside ASCII.
    if ch in _escapes:
        return _escapes[ch]
    n = ord(ch)
    if n < 0x20 or (ensure_ascii and n > 0x7e):
        if n < 0x10000:
            return '\\u%04x' % n
        n -= 0x10000
        return '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))
    return ch


def encode_basestring(s, ensure_ascii=False):
    # py_encode_basestring and py_encode_basestring_ascii: printable ASCII
    # text needs only its quotes and backslashes escaped.
    if not s:
        return '""'
    if min(s) >= ' ' and max(s) <= '~':
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return '"' + ''.join([_escape_char(ch, ensure_ascii) for ch in s]) + '"'


def encode_basestring_ascii(s):
    return encode_basestring(s, True)


def _floatstr(o, allow_nan):
    # JSONEncoder.iterencode's floatstr: repr, or NaN/Infinity/-Infinity
    # when allowed (3.13 names the value in the error).
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        if _sys.version_info >= (3, 13):
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        raise ValueError('Out of range float values are not JSON compliant')
    return text


def _kind(o):
    # 'dict', 'list' or None: how a container encodes (subclasses as their
    # builtin type: a Counter as an object, a namedtuple as an array).
    if isinstance(o, dict):
        return 'dict'
    if isinstance(o, (list, tuple)):
        return 'list'
    return None


class JSONEncoder(object):
    # json.JSONEncoder: the options of dumps; subclasses override default()
    # to encode other types.
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        # JSONEncoder.default: the TypeError for a type JSON lacks.
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        # JSONEncoder.encode: a str is escaped directly, anything else goes
        # through the recursive encoder.
        if isinstance(o, str):
            return encode_basestring(o, self.ensure_ascii)
        markers = {} if self.check_circular else None
        parts = []
        self._encode(o, 0, markers, parts)
        return ''.join(parts)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _indent_text(self):
        # The indent string: an int is that many spaces.
        if self.indent is None:
            return None
        if isinstance(self.indent, str):
            return self.indent
        return ' ' * self.indent

    def _encode(self, o, level, markers, parts):
        # _make_iterencode's _iterencode: scalars, then containers, then
        # default() and the result encoded in its turn.
        if isinstance(o, str):
            parts.append(encode_basestring(o, self.ensure_ascii))
        elif o is None:
            parts.append('null')
        elif o is True:
            parts.append('true')
        elif o is False:
            parts.append('false')
        elif isinstance(o, int):
            parts.append(repr(int(o)))
        elif isinstance(o, float):
            parts.append(_floatstr(o, self.allow_nan))
        else:
            kind = _kind(o)
            if kind == 'list':
                self._encode_list(o, level, markers, parts)
            elif kind == 'dict':
                self._encode_dict(o, level, markers, parts)
            else:
                self._enter(o, markers)
                self._encode(self.default(o), level, markers, parts)
                self._leave(o, markers)

    def _enter(self, o, markers):
        # check_circular: a container met again inside itself.
        if markers is None:
            return
        if id(o) in markers:
            raise ValueError('Circular reference detected')
        markers[id(o)] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _open(self, level, parts, bracket):
        # The opening bracket and, with indent, the newline and the
        # separator for this level; returns (separator, closing indent).
        parts.append(bracket)
        indent = self._indent_text()
        if indent is None:
            return self.item_separator, ''
        newline = '\n' + indent * (level + 1)
        parts.append(newline)
        return self.item_separator + newline, '\n' + indent * level

    def _encode_list(self, lst, level, markers, parts):
        # _iterencode_list: '[]' when empty.
        items = list(lst)
        if not items:
            parts.append('[]')
            return
        self._enter(lst, markers)
        sep, close = self._open(level, parts, '[')
        for i, value in enumerate(items):
            if i:
                parts.append(sep)
            self._encode(value, level + 1, markers, parts)
        parts.append(close + ']')
        self._leave(lst, markers)

    def _encode_dict(self, dct, level, markers, parts):
        # _iterencode_dict: keys made strings (str, float, bool, None, int),
        # others skipped with skipkeys or a TypeError; sorted first with
        # sort_keys.
        items = list(dct.items())
        if not items:
            parts.append('{}')
            return
        self._enter(dct, markers)
        sep, close = self._open(level, parts, '{')
        if self.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                parts.append(sep)
            first = False
            parts.append(encode_basestring(key, self.ensure_ascii))
            parts.append(self.key_separator)
            self._encode(value, level + 1, markers, parts)
        parts.append(close + '}')
        self._leave(dct, markers)

    def _key(self, key):
        # A dict key as JSON text, or None to skip it.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(int(key))
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % type(key).__name__)
