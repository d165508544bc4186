# Bitwise operators on floats and mixed numbers are CPython's TypeError
# (they reached the user as an internal SystemError), ints and bools work.
for a, b in [(1.5, 1.5), (1.5, 2), (2, 1.5), (2**70, 1.5), (1.5, 2**70), (1, 2), (True, 1.5), (True, False), (6, True)]:
    for name, f in [('&', lambda: a & b), ('|', lambda: a | b), ('^', lambda: a ^ b), ('<<', lambda: a << b), ('>>', lambda: a >> b)]:
        try:
            print(repr(a), name, repr(b), '=', repr(f()))
        except TypeError as e:
            print(repr(a), name, repr(b), 'TypeError', e)
x = 1.5
try:
    x &= 3
except TypeError as e:
    print('&=', e)
