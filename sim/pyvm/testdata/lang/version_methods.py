# Methods of the builtin types that some versions lack: they are missing
# there as attributes too (hasattr, getattr, the type's attribute), not
# only when called; dir() agrees.


def show(label, f):
    try:
        print(label, f())
    except AttributeError as e:
        print(label, 'AttributeError:', e)


show('hasattr', lambda: [hasattr(v, n) for v, n in (('', 'removeprefix'), ('', 'removesuffix'), (b'', 'removeprefix'),
                                                     (bytearray(), 'removesuffix'), (1, 'bit_count'), (True, 'bit_count'),
                                                     (1, 'is_integer'), (str, 'removeprefix'), (int, 'bit_count'))])
show('call', lambda: 'xab'.removeprefix('x'))
show('bytes call', lambda: b'xab'.removesuffix(b'b'))
show('unbound', lambda: str.removeprefix('xab', 'x'))
show('getattr', lambda: getattr('', 'removesuffix', 'no such method') != 'no such method')
show('int', lambda: (255).bit_count())
show('int type', lambda: int.is_integer(4))
show('bool', lambda: True.bit_count())
show('dir', lambda: [n for n in ('removeprefix', 'bit_count', 'is_integer') if n in dir('') + dir(1)])
m = 'removeprefix'
show('in a loop', lambda: [getattr(s, m, None) is None for s in ('a', b'a')])
