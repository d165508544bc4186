# math module basics.
import math

print(math.pi, math.e)
print(math.sqrt(2), math.floor(2.7), math.ceil(2.1))
print(math.gcd(48, 36), math.factorial(10))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.inf > 10**100, math.isnan(math.nan))
print(math.hypot(3, 4), math.pow(2, 10), math.fabs(-3))
print(math.trunc(-2.5), math.copysign(1, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
