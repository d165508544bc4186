# copy.copy and copy.deepcopy of values of builtin types: a bytearray and a
# slice are copied (a slice's parts deep-copied by deepcopy), a generator
# and a class's namespace (mappingproxy) cannot be; slices compare as
# (start, stop, step) and expose those attributes.
import copy


def numbers():
    yield 1


class Box:
    size = 3


s = slice(1, [2], 3)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice(None, None, -1).step)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 2, None), slice(1) == slice(None, 1), slice(1, 2) == (1, 2))
shallow, deep = copy.copy(s), copy.deepcopy(s)
print(shallow == s, deep == s, shallow.stop is s.stop, deep.stop is s.stop)
b = bytearray(b"ab")
c, d = copy.copy(b), copy.deepcopy(b)
c[0], d[1] = 65, 66
print(b, c, d)
for name, make in [("generator", numbers), ("mappingproxy", lambda: Box.__dict__)]:
    for how in (copy.copy, copy.deepcopy):
        try:
            how(make())
            print(name, how.__name__, "copied")
        except TypeError as e:
            print(name, how.__name__, e)
print(copy.copy(Box).size, copy.deepcopy([Box.__dict__["size"]]))
