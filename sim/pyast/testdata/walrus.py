# Assignment expressions.
if (n := len(data)) > 3:
    print(n)
while (chunk := read()):
    pass
values = [y for x in data if (y := f(x)) > 0]
print(total := 0, [total := total + v for v in values])
