# Arithmetic, strings, containers and control flow.
x = 7
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x // y, -x % y)
print(1.5 * 2, 7.0 / 2, 2 ** -1, 10 / 4, 0.1 + 0.2, 1e20, 1.5e-7, 3.0)
print(True + 1, not True, 3 > 2 > 1, 1 < 3 < 2, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3)
s = "Hello, World"
print(s.upper(), s.lower(), s[0], s[-1], s[1:5], s[::-1], len(s))
print(s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"), s.find("World"))
print(s.startswith("Hell"), s.endswith("x"), "  pad  ".strip() + "|", "a,b,,c".split(","))
l = [3, 1, 2]
l.append(5)
l.extend([4, 0])
l.sort()
print(l, l[1:3], l[::2], l.index(4), l.count(1), 3 in l, 9 not in l)
l.sort(key=lambda v: -v)
print(l, sorted(l), sorted(l, reverse=True), l.pop(), l.pop(0), l)
t = (1, "two", 3.0)
a, b, c = t
print(t, a, b, c, t[1:], len(t), (1,), ())
first, *rest = [1, 2, 3, 4]
print(first, rest)
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z"), d.get("b"), "b" in d)
print(d.setdefault("e", 9), d.pop("b"), d)
st = {3, 1, 2}
st.add(1)
st.discard(3)
print(len(st), 1 in st, 3 in st, sorted(st))
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("loop done")
n = 0
while True:
    n += 1
    if n > 4:
        break
print("n", n)
print([i * i for i in range(6) if i % 2 == 0], {k: v for k, v in zip("abc", range(3))})
print(sum(range(101)), min(4, 2, 8), max([4, 2, 8]), abs(-3), list(enumerate("ab")))
print(any([0, 0, 1]), all([1, 2, 0]), list(reversed([1, 2, 3])), list(map(str, [1, 2])))
print(int("42"), float("2.5"), str(10), bool(""), repr("it's"), hex(255), int(7.9))
print(isinstance(3, int), isinstance(True, int), isinstance("x", (int, str)), type(3).__name__)
print(divmod(17, 5), round(2.5), round(3.14159, 2), chr(65), ord("a"))
