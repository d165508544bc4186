# The named methods of int, float, bytes and bytearray beyond the common
# ones: bit_count, is_integer, as_integer_ratio, float.hex and fromhex,
# bytes title/istitle/expandtabs/maketrans/translate, bytearray remove and
# reverse.
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('bit_count', lambda: [n.bit_count() for n in (0, 1, 255, -255, 2**100 - 1, True)])
show('is_integer', lambda: (7).is_integer())
show('as_integer_ratio', lambda: [n.as_integer_ratio() for n in (0, -5, 2**70, True)])
for x in (0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 123456.789, float('inf'), float('-inf'), float('nan')):
    show('hex %r' % x, lambda: x.hex())
for s in ['0x1.8p1', '0X1P-2', '  -0x1.fffffffffffffp+1023 ', '1.8', '0x.8', 'a', '0x1p', 'inf', '-Infinity', 'nan',
          '0x1p99999', '0x1p-99999', '0x', '.', '0x1.2.3p0', '+0x10', '0x1p+-2', 'ff', '0x1.8p1\n']:
    show('fromhex %r' % s, lambda: float.fromhex(s))
show('fromhex int', lambda: float.fromhex(1))
show('fromhex round trip', lambda: all(float.fromhex(v.hex()) == v for v in (0.1, 1/3, 1e-310, 12345.678)))
show('conjugate', lambda: (2.5).conjugate())
for b in (b'hello world', b'HELLO wORLD', b"they're bill's", b'a1b2', b'', b'123'):
    show('title %r' % b, lambda: (b.title(), b.istitle(), b.title().istitle(), bytearray(b).title()))
show('expandtabs', lambda: (b'a\tbc\td\n\tx'.expandtabs(), b'a\tb'.expandtabs(4), b'a\tb'.expandtabs(tabsize=2), b'\t'.expandtabs(0), bytearray(b'x\ty').expandtabs(3)))
show('expandtabs bad', lambda: b'a'.expandtabs('x'))
t = bytes.maketrans(b'abc', b'xyz')
show('maketrans', lambda: (len(t), t[97:100], bytearray.maketrans(b'a', b'b')[97:98]))
show('maketrans len', lambda: bytes.maketrans(b'ab', b'x'))
show('maketrans str', lambda: bytes.maketrans('a', 'b'))
show('translate', lambda: (b'aabbcc'.translate(t), b'aabbcc'.translate(None, b'b'), b'abc'.translate(t, delete=b'a'), bytearray(b'cab').translate(t)))
show('translate short', lambda: b'a'.translate(b'abc'))
show('translate none', lambda: b'a'.translate())
ba = bytearray(b'hello')
ba.remove(ord('l'))
ba.reverse()
print('remove/reverse', ba)
show('remove missing', lambda: ba.remove(ord('z')))
show('remove 300', lambda: ba.remove(300))
show('remove str', lambda: ba.remove('h'))
