# Generators: yield, send, yield from, StopIteration values, throw and close,
# PEP 479, generator expressions consumed by builtins.
def count(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            print("got", got)
        i += 1
    return "done"

for x in count(3):
    print(x)
print(sum(x * x for x in range(10)))
print(any(x > 5 for x in [1, 7]), all(x for x in []))
print(sorted((x % 3, x) for x in range(6)))
g = count(5)
print(next(g), g.send("hi"), next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args, e.value)
def outer():
    r = yield from count(2)
    print("inner returned", r)
    yield from [10, 20]
    return 7
print(list(outer()))
def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
    finally:
        print("cleanup")
c = catcher()
print(next(c))
print(c.throw(ValueError("x")))
print(c.close())
print(c.close())
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print(dict((k, k * 2) for k in "ab"), "".join(c.upper() for c in "xyz"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in zip(range(10), fib()):
    pass
print(i, f)
print(type(fib()).__name__, iter(g) is g)
print(max(len(w) for w in "a bb ccc".split()), min((x for x in [3, 1, 2]), default=0))
print(tuple(x for x in "ab"), set(x % 2 for x in range(4)), list(enumerate(c for c in "hi")))
print(sum(x for x in range(101) if x % 2 == 0))
print([y for y in (x * 10 for x in range(3))])


def squares(n):
    for i in range(n):
        yield i * i


total = 0
for s in squares(4):
    total += s
print("total", total, list(squares(0)))


def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return received
        received.append(v)


e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def delegator():
    result = yield from echo()
    print("delegate got", result)
    yield "after"


d = delegator()
print(next(d), d.send(1), d.send(2), d.send(None))


def resilient():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            print("absorbed", e)


r = resilient()
next(r)
print(r.throw(KeyError("k")))
print(r.throw(KeyError, "k2"))
r.close()
print("closed", list(r))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def inner_cleanup():
    try:
        yield 1
    finally:
        print("inner finally")


def outer_cleanup():
    try:
        yield from inner_cleanup()
    finally:
        print("outer finally")


oc = outer_cleanup()
next(oc)
oc.close()


def thrower():
    try:
        yield from inner_cleanup()
    except ValueError as err:
        yield "outer caught " + str(err)


t = thrower()
next(t)
print(t.throw(ValueError("v")))
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as err:
    print("raised on demand:", err)
print(next(iter([]), "default"), next(squares(0), "empty"))
