def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


a = list(count(2))
b = sum(count(2))
c, d = count(2)
e = 1 in count(3)
f = any(x > 0 for x in count(3))
for i, v in enumerate(count(2)):
    w = v
s = "".join(str(x) for x in count(2))
m = max(count(3))
