# Ints of any size: factorial(50), 2**200, fib(300), mixed int/float
# arithmetic, hashing, formatting, round, divmod, pow with a modulus, and
# the 4300-digit limit on int/str conversion.
x = 10**5000
try: str(x)
except ValueError as e: print(e)
try: int('1'*5000)
except ValueError as e: print(e)
print(len(hex(x)))
try: float(x)
except OverflowError as e: print(e)
print(x == float('inf'), x < float('inf'), 10**400 > 1e308)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(1234.5678, 2), round(1234.5, -2), round(-1250, -2), round(2**70, -5))
print(divmod(7, -2), divmod(-7.5, 2), divmod(2**70, 3))
print(pow(3, 200, 1000), pow(2, -1, 7), pow(2, 10, -7))
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: 1 << -1
except ValueError as e: print(e)
print(-2**63, 2**63, -(2**63), (-2)**63, 2**64 // -3, -2**64 % 7, 2**64 >> 3, ~2**70, 2**70 & -1, -2**70 | 5, 2**70 ^ 2**69)
print(int(1e20), int(-1.5e19), float(2**70), 2**70 / 2**69, 2**70 * 0.5, 10**20 + 0.5)
print(hash(2**64) == hash(float(2**64)), {2**64: 1}[float(2**64)], hash(2**100), hash(-2**100))
print(format(2**70, ','), format(2**70, 'x'), format(-2**70, '>30d'), '%d %x' % (2**70, 2**70), f'{2**70:_}', f'{2**70:e}')
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(factorial(50))
print(2 ** 200)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(0xFFFFFFFFFFFFFFFFFFFF, 123456789012345678901234567890, -0o7777777777777777777777777)
print(sum([2**62, 2**62, 2**62]), max(2**70, 3), min(-2**70, 0.5), sorted([2**65, -1, 2**64]))
print(abs(-2**70), bool(2**70), 2**70 == 2**70, 2**70 != 2.0**70, isinstance(2**70, int), type(2**70).__name__)
print(str(2**70), repr(-2**70), int('-123456789012345678901234'), int('ff' * 10, 16))
print(round(2.5), round(3.5), round(-0.5), round(1e20), round(2.675, 2), round(0.125, 2), round(-1234.5678, -1), round(5e-324, 2))
print(10**20 // 7, 10**20 % 7, -(10**20) // 7, 10**20 / 3, 7 / 10**20)
print(3 * 10**18 * 4, 9223372036854775807 + 1, -9223372036854775808 - 1, 2**63 - 1 + 0)
print(f'{2**64:>25,}', '{:#x}'.format(2**66), '%08d' % 2**70, '%+d' % 2**70)
print(1.5e300 * 2**100 if False else 'skip', 2**1000 > 1e300, 2**2000 > 1e308)
print(divmod(-2**70, 7), (-2**70) % -7, pow(-2, 65), pow(10, -2))
