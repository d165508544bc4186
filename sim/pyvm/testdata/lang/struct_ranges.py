# struct.pack of every integer and float code under every byte order with
# values in and out of range: which packer reports what, by version.
import struct
vals = [('big', 2**70), ('max+1', None), ('min-1', None), ('neg1', -1), ('float', 1.5), ('str', 'x'), ('none', None), ('true', True)]
ranges = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15-1), 'H': (0, 2**16-1), 'i': (-2**31, 2**31-1), 'I': (0, 2**32-1),
          'l': (-2**63, 2**63-1), 'L': (0, 2**64-1), 'q': (-2**63, 2**63-1), 'Q': (0, 2**64-1), 'n': (-2**63, 2**63-1), 'N': (0, 2**64-1), 'P': (0, 2**64-1)}
std = {'l': (-2**31, 2**31-1), 'L': (0, 2**32-1)}
for order in '@=<>!':
    for code in 'bBhHiIlLqQnNP':
        if order != '@' and code in 'nNP':
            continue
        lo, hi = (std.get(code) if order != '@' and code in std else None) or ranges[code]
        for name, v in [('big', 2**70), ('nbig', -2**70), ('max+1', hi + 1), ('min-1', lo - 1), ('float', 1.5), ('str', 'x'), ('none', None), ('true', True), ('max', hi), ('min', lo)]:
            try:
                r = struct.pack(order + code, v)
                out = 'ok ' + r.hex()
            except Exception as e:
                out = type(e).__name__ + ': ' + str(e)
            print(order + code, name, out)
for order in '@<>':
    for code in 'efd':
        for name, v in [('big', 1e300), ('str', 'x'), ('int', 3), ('bigint', 2**2000), ('none', None), ('nan', float('nan')), ('inf', float('inf'))]:
            try:
                r = struct.pack(order + code, v)
                out = 'ok ' + r.hex()
            except Exception as e:
                out = type(e).__name__ + ': ' + str(e)
            print(order + code, name, out)
    for name, v in [('int', 5), ('list', []), ('str', 'x'), ('none', None)]:
        try:
            out = 'ok ' + struct.pack(order + '?', v).hex()
        except Exception as e:
            out = type(e).__name__ + ': ' + str(e)
        print(order + '?', name, out)
