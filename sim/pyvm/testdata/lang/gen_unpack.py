# Unpacking a generator (a, b = g; [*g]; f(*g)) and 'in' on a generator:
# the generator runs as a frame, so it may sleep.
import time


def slow(n):
    for i in range(n):
        time.sleep(0.01)
        yield i


a, b, c = slow(3)
first, *rest = slow(4)
print(a, b, c, first, rest, [*slow(2), 9], {*slow(3)})
print(*slow(3), sep="-")
print(2 in slow(5), 7 in slow(3), 1 not in slow(2))
g = slow(5)
print(2 in g, list(g))
try:
    x, y = slow(3)
except ValueError as e:
    print("ValueError:", e)
print(max(*slow(3)), tuple(v * 2 for v in slow(2)))
