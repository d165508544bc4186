x = 1 + 2 * 3 - 4 / 5 // 6 % 7
x = -2 ** -3 ** 2
x = ~a | b ^ c & d << 1 >> 2
x = (1 + 2) * 3
x = not a and b or c and not d
x = a < b <= c == d != e > f >= g
x = a in b, a not in b, a is b, a is not b
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda *, k: k
x = lambda a, /, b: a
x = f(a)(b)[c].d
x = f(1, *args, k=2, **kwargs)
x = f(*a, *b, **c, **d)
x = f(a for a in b)
x = sorted(items, key=lambda kv: kv[1], reverse=True)
x = a[1], a[1:2], a[:], a[::2], a[1:], a[:2], a[1:2:3], a[i, j], a[1:2, ::3]
x = a[-1]
x = [1, 2, 3]
x = []
x = ()
x = (1,)
x = 1,
x = {}
x = {1: 'a', 'b': 2}
x = {1, 2}
x = {**a, 'b': 1}
x = [*a, *b]
x = (*a, 1)
x = {*a}
x = [i * 2 for i in range(10) if i % 2 if i > 3]
x = [(i, j) for i in range(3) for j in range(i)]
x = {k: v for k, v in d.items()}
x = {v for v in s}
x = (i for i in range(3))
x = ...
x = None, True, False
x = a.b.c.d
x = f()
x = f(x=1)(y=2)
x = (yield)
x = [y := 1, y ** 2]
print(*args, sep='', end='\n', file=sys.stderr, flush=True)
