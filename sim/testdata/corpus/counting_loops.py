# Counting loops and x = x op CONST in every shape: ints (small, large, past
# 64 bits), bools, floats, strings and lists; names at module level, in a
# class body, in functions and generators; errors raised from them.
import sys

i = 0
while i < 1000:
    i += 1
print("while:", i)

n = 10
while n > 0:
    n -= 3
print("down:", n)

total = 0
for k in range(50):
    total = total + 7
    total -= 1
print("total:", total)

big = 2 ** 62
big += 2 ** 62
big = big * 4
print("big:", big, big > 2 ** 63)

m = sys.maxsize
m += 1
print("maxsize+1:", m, type(m).__name__)
m = -sys.maxsize - 1
m -= 1
print("minsize-1:", m)

b = True
b += 1
print("bool:", b, type(b).__name__)
f = 1.5
f += 1
f *= 2
print("float:", f)
s = "ab"
s *= 3
print("str:", s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print("list:", lst, alias is lst)

x = 5
x //= 2
x %= 2
x **= 3
x <<= 4
x |= 1
x ^= 3
x &= 0xfe
x /= 4
print("ops:", x)

y = 100
z = y + 1
z = z - 200
print("other target:", z)


class Counter:
    count = 0
    count += 10
    limit = i
    limit -= 1


print("class body:", Counter.count, Counter.limit)


def spin(stop):
    j = 0
    while j < stop:
        j += 2
    return j


def gen(stop):
    j = 0
    while j < stop:
        yield j
        j = j + 5


print("function:", spin(101), list(gen(21)))


def unbound():
    if False:
        q = 0
    q += 1


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError")

try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  __lt__", self.v, other)
        return self.v < other

    def __add__(self, other):
        return Weird(self.v + other)


w = Weird(0)
while w < 2:
    w = w + 1
print("weird:", w.v)


def keyed(v):
    r = v * 3
    r %= 7
    return r


print("sorted:", sorted(range(10), key=keyed))
print("cmp mix:", 3 < 4.5, 10 ** 20 > 5)
