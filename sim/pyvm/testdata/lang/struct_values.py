# struct.pack and unpack: every format code, byte order, count and
# the Struct class (values as CPython 3.8-3.13 give them).
import struct
print(struct.pack('<i', 5), struct.pack('>I', 2**32-1), struct.pack('!H', 80), struct.pack('=q', -2))
print(struct.pack('iif', 1, 2, 1.5), struct.calcsize('iif'), struct.calcsize('<iif'), struct.calcsize('@ci'), struct.calcsize('=ci'))
print(struct.unpack('<ih', b'\x01\x00\x00\x00\xff\xff'))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('p', b'x'), struct.pack('5p', b'abcdefg'))
print(struct.unpack('5p', b'\x03abcd'))
print(struct.pack('?', 7), struct.unpack('??', b'\x00\x02'), struct.pack('c', b'z'), struct.unpack('2c', b'ab'))
print(struct.pack('<e', 1.5), struct.unpack('<e', b'\x00<'), struct.pack('<d', 0.1), struct.pack('>f', 3.14159))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('xbx', 1), struct.calcsize('P'), struct.calcsize('n'), struct.calcsize('N'), struct.calcsize('l'), struct.calcsize('<l'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
s = struct.Struct('<2sHd')
print(s.size, s.format, repr(s.format), s.pack(b'ok', 7, 2.5), s.unpack(s.pack(b'ok', 7, 2.5)))
buf = bytearray(8)
struct.pack_into('<HH', buf, 2, 1, 2)
print(buf, struct.unpack_from('<H', buf, 4), struct.unpack_from('<H', buf, offset=2))
print(struct.pack('<Q', 2**64-1), struct.pack('<b', -128), struct.pack('4i', *range(4)))
print(struct.pack('< i  h ', 1, 2), struct.calcsize('10x'), struct.pack('0s', b''), struct.calcsize('0i'))
print(struct.pack('<i', True), struct.pack('<d', 3), struct.pack('<f', float('inf')))
print(struct.Struct('i') .size, struct.Struct(b'<h').format)
import math
print(math.isnan(struct.unpack('<d', struct.pack('<d', float('nan')))[0]))
