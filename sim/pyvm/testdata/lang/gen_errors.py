# Generator misuse: the errors CPython raises, and a traceback through a
# generator frame.
def gen():
    yield 1


g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    gen().throw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    yield_from_list = list(x for x in 5)
except TypeError as e:
    print("TypeError:", e)
print(list(gen()), list(gen()))


def fails(n):
    yield n
    yield 10 // n


for v in fails(0):
    print(v)
