# int() and float() of text: bytes and bytearray as their text, the
# digits of any script, underscores only between digits, no
# hexadecimal floats; a bad one named by its repr.
for a in [b' 2.5 ', bytearray(b'3'), b'inf', b'x', bytearray(b'1e'), '0x1p3', '1_000.5', '1__0', '_1', '1_', ' 1e3\n', b'1_0', '0x10', 'infinity', '-iNF', '1.5e', 'nan(1)', '١٢']:
    try:
        print(repr(a), repr(float(a)))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
for a in [b"12", bytearray(b" -3 "), b"1_0", b"x", "١٢", b"0x10", "1__0", "_1", "1_", "0x_ff", "1_000", " 12 ", "+_1"]:
    for base in (10, 0, 16):
        try:
            print(repr(a), base, repr(int(a, base)))
        except Exception as e:
            print(repr(a), base, type(e).__name__, e)
