def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i += 10
        i += 1
    return "done"


def pairs():
    yield 1
    yield 2


def outer():
    r = yield from count(2)
    yield r
    yield from pairs()


for x in count(2):
    y = x
g = count(3)
a = next(g)
b = g.send(5)
for v in outer():
    w = v


def guarded():
    try:
        yield 1
        yield 2
    finally:
        z = 3


h = guarded()
next(h)
h.close()
try:
    next(h)
except StopIteration:
    pass
total = 0
for v in (i * 2 for i in range(3)):
    total += v
