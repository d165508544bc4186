# int.to_bytes and int.from_bytes, with 3.11's defaults and each
# version's argument errors.
cases = [lambda: (1024).to_bytes(2, 'big'), lambda: (1024).to_bytes(2, 'little'), lambda: (-1).to_bytes(2, 'big', signed=True), lambda: (255).to_bytes(1, byteorder='big'),
 lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(), lambda: (1).to_bytes(2),
 lambda: int.from_bytes(b'\x04\x00', 'big'), lambda: int.from_bytes(b'\xff\xff', 'little', signed=True), lambda: int.from_bytes([1, 2], 'big'), lambda: int.from_bytes(b'\x01'),
 lambda: int.from_bytes(b'', 'big'), lambda: (0).to_bytes(0, 'big'), lambda: (1).to_bytes(-1, 'big'), lambda: (2**70).to_bytes(9, 'little'), lambda: int.from_bytes(b'\xff' * 9, 'big', signed=True),
 lambda: True.to_bytes(1, 'big'), lambda: int.from_bytes('ab', 'big'), lambda: (1).to_bytes(1, 'big', True), lambda: int.from_bytes(bytearray(b'\x02'), 'little'),
 lambda: (1).to_bytes(length=2, byteorder='little'), lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1.5, 'big')]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
