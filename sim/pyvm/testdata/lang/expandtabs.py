# str, bytes and bytearray expandtabs: the tab size by position or as
# tabsize=, columns counted from the last newline or carriage return (in
# characters for str, bytes for bytes), and each mistake in its version's
# words.


class Four:
    def __index__(self):
        return 4


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


calls = [((), {}), ((4,), {}), ((), {'tabsize': 3}), ((0,), {}), ((-1,), {}), ((True,), {}), ((Four(),), {}),
         (('x',), {}), ((1.5,), {}), ((None,), {}), ((), {'size': 3}), ((2, 3), {}), ((2,), {'tabsize': 3}),
         ((2**31,), {}), ((-2**31 - 1,), {}), ((2**70,), {})]
for s in ('a\tbc\td', 'é\tü€\tx\n\tq\r\tz', b'a\tbc\td', b'\xc3\xa9\tb\n\tc', bytearray(b'ab\tc')):
    for a, k in calls:
        show(lambda: s.expandtabs(*a, **k))
show(lambda: str.expandtabs('a\tb', 2))
show(lambda: bytes.expandtabs(b'a\tb', tabsize=2))
show(lambda: str.expandtabs())
show(lambda: str.expandtabs(b'a'))
