# The assignment expression := (PEP 572): in conditions, loops and
# comprehensions, where it binds in the enclosing function or module.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
chunks = iter([[1, 2], [3], []])
while (chunk := next(chunks)):
    print("chunk", chunk)
print([y for x in data if (y := x * 2) > 6], y)
print(any((hit := v) > 5 for v in data), hit)


def f(values):
    total = 0
    partial = [total := total + v for v in values]
    return partial, total


print(f([1, 2, 3]))


def nested():
    [[(w := a * b) for a in range(2)] for b in range(3)]
    return w


print(nested(), (lambda: (z := 5) + 1)(), print(m := 7) or m)


class C:
    size = (s := 10) * 2


print(C.size, C.s)
