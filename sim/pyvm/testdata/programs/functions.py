# Functions, defaults, keywords, varargs, closures, global and nonlocal.
def f(a, b=2, *args, c=10, **kw):
    return (a, b, args, c, sorted(kw.items()))

print(f(1))
print(f(1, 3, 4, 5, c=6, z=7, y=8))
print(f(b=5, a=4))
print(f(*[1, 2, 3], **{"c": 0}))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(5), c2())

total = 0
def add(v):
    global total
    total += v
add(3)
add(4)
print("total", total)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

adders = [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in adders])

def outer():
    xs = []
    def push(v):
        xs.append(v)
    push(1)
    push(2)
    return xs
print(outer())

try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, zz=1, a=2)
except TypeError as e:
    print("TypeError:", e)
