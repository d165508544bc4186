# json/decoder.py: JSONDecoder and JSONDecodeError, condensed from CPython's
# Lib/json/decoder.py and Lib/json/scanner.py (3.8-3.14), with the error
# messages and positions of the C scanner (Modules/_json.c) that CPython
# uses: 'Expecting value', "Expecting ',' delimiter", 'Extra data', and
# 3.13's 'Illegal trailing comma before end of object/array'. The parser
# is a recursive descent over the string, index by index.

import sys as _sys

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_ws = ' \t\n\r'
_digits = '0123456789'
_hexdigits = '0123456789abcdefABCDEF'
_simple = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_constants = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    # json.decoder.JSONDecodeError: msg, doc, pos, lineno, colno; str()
    # adds the line, column and character offset.

    def __init__(self, msg, doc, pos):
        lineno = doc[:pos].count('\n') + 1
        colno = pos - doc[:pos].rfind('\n')
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class _StopAt(Exception):
    # The scanner's StopIteration(idx): no value starts at idx.
    def __init__(self, idx):
        Exception.__init__(self, idx)
        self.idx = idx


def _skip(s, i):
    while i < len(s) and s[i] in _ws:
        i += 1
    return i


class JSONDecoder(object):
    # json.JSONDecoder: decode() a whole document, raw_decode() a prefix.

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or (lambda name: _constants[name])
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        # JSONDecoder.decode: whitespace around one value, nothing else.
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        # JSONDecoder.raw_decode: (value, index after it).
        try:
            return self._value(s, idx)
        except _StopAt as e:
            raise JSONDecodeError('Expecting value', s, e.idx)

    def _value(self, s, i):
        # scan_once: the value starting exactly at s[i].
        if i >= len(s):
            raise _StopAt(i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if ch == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if ch == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s[i:i + len(name)] == name:
                return self.parse_constant(name), i + len(name)
        return self._number(s, i)

    def _number(self, s, i):
        # NUMBER_RE: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        start = i
        if i < len(s) and s[i] == '-':
            i += 1
        if i < len(s) and s[i] == '0':
            i += 1
        elif i < len(s) and s[i] in '123456789':
            while i < len(s) and s[i] in _digits:
                i += 1
        else:
            raise _StopAt(start)
        integer = True
        if i + 1 < len(s) and s[i] == '.' and s[i + 1] in _digits:
            integer = False
            i += 2
            while i < len(s) and s[i] in _digits:
                i += 1
        if i < len(s) and s[i] in 'eE':
            j = i + 1
            if j < len(s) and s[j] in '+-':
                j += 1
            if j < len(s) and s[j] in _digits:
                integer = False
                while j < len(s) and s[j] in _digits:
                    j += 1
                i = j
        text = s[start:i]
        if integer:
            return self.parse_int(text), i
        return self.parse_float(text), i

    def _string(self, s, end):
        # scanstring_unicode: end is just after the opening quote.
        begin = end - 1
        chunks = []
        while True:
            j = end
            while j < len(s) and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            chunks.append(s[end:j])
            if j >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            ch = s[j]
            if ch == '"':
                return ''.join(chunks), j + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j + 1]
            if esc in _simple:
                chunks.append(_simple[esc])
                end = j + 2
                continue
            if esc != 'u':
                raise JSONDecodeError('Invalid \\escape', s, j)
            uni, end = self._unicode_escape(s, j)
            chunks.append(uni)

    def _unicode_escape(self, s, j):
        # \uXXXX at s[j], joined with a following low surrogate escape.
        # The error points at the 'u' (_json.c scanstring_unicode).
        code = _hex4(s, j + 2)
        if code is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, j + 1)
        end = j + 6
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2)
            if low is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        return chr(code), end

    def _object(self, s, i):
        # _parse_object_unicode: i is just after '{'.
        pairs = []
        i = _skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = _skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except _StopAt as e:
                raise JSONDecodeError('Expecting value', s, e.idx)
            pairs.append((key, value))
            i = _skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip(s, i + 1)
            if _sys.version_info >= (3, 13) and i < len(s) and s[i] == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)

    def _finish_object(self, pairs):
        # object_pairs_hook wins over object_hook; else a dict.
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = {}
        for key, value in pairs:
            obj[key] = value
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        # _parse_array_unicode: i is just after '['.
        values = []
        i = _skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except _StopAt as e:
                raise JSONDecodeError('Expecting value', s, e.idx)
            values.append(value)
            i = _skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip(s, i + 1)
            if _sys.version_info >= (3, 13) and i < len(s) and s[i] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)


def _hex4(s, i):
    # The value of four hex digits at s[i], or None.
    digits = s[i:i + 4]
    if len(digits) != 4:
        return None
    for ch in digits:
        if ch not in _hexdigits:
            return None
    return int(digits, 16)
