# json: dumps, dump, loads, load, JSONEncoder, JSONDecoder and
# JSONDecodeError, condensed from CPython's Lib/json/__init__.py
# (3.8-3.14). The encoder and the decoder are json/encoder.py and
# json/decoder.py, written after the pure-Python paths of CPython's json
# (py_encode_basestring, _make_iterencode, py_scanstring, py_make_scanner)
# with the error messages of the C accelerator _json that CPython uses.

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

try:
    _bytes_types = (bytes, bytearray)
except NameError:
    # pyvm has no bytearray yet.
    _bytes_types = (bytes,)

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    # json.dumps: obj as a JSON str, through cls (JSONEncoder by default).
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    # json.dump: the text of dumps written to fp (CPython writes it in
    # chunks; the file ends up the same).
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan, cls=cls,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    # json.loads: a str (or UTF-8 bytes) parsed into Python objects.
    if isinstance(s, _bytes_types):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                        % type(s).__name__)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
               **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    # json.load: loads of everything fp.read() returns.
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
