# Calling the types of builtin objects: the singletons give themselves,
# iterators, views, generators and builtin functions cannot be made so
# (CPython makes them itself), a module can.
import sys


def g():
    yield 1


cands = [type(None), type(Ellipsis), type(NotImplemented), type(g()), type(len), type([].append), type(iter([])), type(iter(range(3))), type({}.keys()), type({}.items()), type(iter({})), type(zip()), type(map(len, [])), type(enumerate([])), type(reversed([])), type(g), type(len), type(iter('')), type(iter(())), type(iter(set())), type(sys), type(type.__dict__), type(slice(1)), type(range(1)), type(property()), type(x for x in []), type(open)]
for c in cands:
    try:
        r = c()
        print(c.__name__, 'ok', type(r).__name__)
    except Exception as e:
        print(c.__name__, type(e).__name__, e)
m = type(sys)('mine', 'docs')
m.x = 5
print(m, m.__name__, m.__doc__, m.x, sorted(k for k in vars(m) if not k.startswith('__')))
for a in [(), (1,), ('a', 'b', 'c')]:
    try:
        type(sys)(*a)
    except TypeError as e:
        print(e)
