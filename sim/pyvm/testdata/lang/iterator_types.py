# Iterators have CPython's types and reprs (list_iterator, dict_keyiterator,
# str_ascii_iterator from 3.11, ...); map, filter, zip, enumerate and
# reversed are classes, lazy, with their own argument errors.
def f(x):
    return x


def g():
    yield 1


def clean(obj):
    return repr(obj).split(" at ")[0]


for obj in [iter([]), iter(()), iter("ab"), iter("é"), iter(range(3)), iter({}), iter({}.values()), iter({}.items()),
            iter(set()), iter(b"ab"), iter(f, 0), map(f, [1]), map(str, [1]), filter(None, [1]), filter(f, g()),
            zip([1], g()), enumerate(g()), enumerate([1]), reversed([1]), reversed((1,)), reversed(range(3)),
            reversed({1: 2}), reversed({1: 2}.keys()), reversed({1: 2}.values()), reversed({1: 2}.items())]:
    print(type(obj).__name__, clean(obj))
print(map, enumerate, zip, filter, reversed, isinstance(map(f, []), map), isinstance(enumerate([]), enumerate))
print(list(map(f, [1, 2])), list(zip("ab", g())), list(enumerate("xy", 1)), list(filter(None, [0, 1, 2])))


def noisy(x):
    print("called", x)
    return x * 2


lazy = map(noisy, [1, 2, 3])
print("before")
print(next(lazy))
print("middle")
print(list(lazy))
for args in [(map, (len,)), (filter, ()), (filter, (1, 2, 3)), (enumerate, ()), (reversed, ()), (map, (len, 5)),
             (enumerate, (1, 2, 3)), (enumerate, ([], "x")), (reversed, (1, 2)), (map, (f,))]:
    try:
        args[0](*args[1])
    except TypeError as e:
        print(e)
