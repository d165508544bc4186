# More of the math module: integers of any size and float helpers.
import math

print(math.factorial(30))
print(math.gcd(2**64, 6**20), math.lcm(4, 6, 10))
print(math.isqrt(10**40 + 12345), math.comb(60, 30), math.perm(10, 3), math.perm(5))
print(math.prod(range(1, 21)), math.prod([0.5, 4, 3]))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(7.9), math.floor(10**20 + 0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.25), math.fmod(7, 3), math.copysign(3, -1))
print(math.degrees(math.pi), math.radians(180))
print(math.log(1024, 2), math.log10(1000), math.log2(8), math.exp(0))
print(math.isfinite(1e308), math.isinf(float("inf")), math.hypot(5, 12))
print(math.atan2(1, 1) * 4 == math.pi)
for bad in (lambda: math.log(-1), lambda: math.factorial(-3), lambda: math.exp(1000), lambda: math.floor(float("inf"))):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
