# Generators and with together: a with block inside a generator, close(),
# a contextmanager written with a generator, generators dropped by break
# (closed at once, as CPython's reference counting does), __iter__ as a
# generator, lazy 'in' and any().
import sys


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


def gen():
    with CM("in-gen"):
        yield 1
        yield 2
    print("after with in gen")


g = gen()
print(next(g))
g.close()
print("closed")
for v in gen():
    print("v", v)


def contextmanager(func):
    class Manager:
        def __init__(self, *args):
            self.gen = func(*args)

        def __enter__(self):
            return next(self.gen)

        def __exit__(self, et, ev, tb):
            if et is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                raise RuntimeError("generator didn't stop")
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
            raise RuntimeError("generator didn't stop after throw()")
    return Manager


@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print("</" + name + ">")


with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers cleanup")


for n in numbers():
    if n == 1:
        break
print("after break")
total = sum(n for n in numbers())
print(total)


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], (3,), "ab", range(2))))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


print(list(Countdown(3)), [x for x in Countdown(2)], sorted(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(dict(enumerate(x * x for x in range(3))))
gen_exp = (x for x in range(3))
print(type(gen_exp).__name__, 1 in gen_exp, list(gen_exp))
