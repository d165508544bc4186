# Generators and generator expressions.
def gen():
    yield 1
    yield from g()
    x = yield
    y = yield x, 2
    return (yield)
g = (x for x in y)
s = sum(x * x for x in range(10) if x)
f = lambda: (yield)
t = list((a, b) for a in c for b in d)
