# bytearray's ordering, n * b, b % args, del b[i], del b[i:j], insert,
# and its unhashability.
b = bytearray(b"ab")
for f in [lambda: hash(b), lambda: b < bytearray(b"b"), lambda: b * 2, lambda: 2 * b, lambda: b % (), lambda: b != b"ab", lambda: bytearray.__hash__, lambda: b.__lt__(b"b")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"hello")
del b[0]
del b[1:3]
b.insert(0, 72)
b.insert(-1, 33)
b.insert(100, 63)
print(b, bytearray(b"a") <= b"a", bytearray(b"b") > bytearray(b"a"), b"%d" % 1, bytearray(b"%d!") % 5)
try:
    {b: 1}
except TypeError as e:
    print(e)
try:
    del b[99]
except IndexError as e:
    print(e)
try:
    b.insert(0, 300)
except ValueError as e:
    print(e)
