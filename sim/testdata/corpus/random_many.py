# Many draws from CPython's generator: seeds of every kind, big ints,
# weighted choices, large samples, gauss.
import random

for seed in (0, 1, 42, -7, 2**100 + 3, "hello", b"bytes", 3.5):
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70))
random.seed(12345)
print([random.randint(-10, 10) for _ in range(15)])
print([random.randrange(0, 1000, 7) for _ in range(5)])
print(random.randrange(10**30))
items = list(range(60))
random.shuffle(items)
print(items)
print(random.sample(range(10000), 8))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(random.choices("abc", k=6))
print(random.choices(["x", "y", "z"], weights=[10, 1, 1], k=8))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=5))
print(round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12))
print(round(random.expovariate(1.5), 12))
r = random.Random(99)
print([r.choice("HT") for _ in range(10)])
print(r.uniform(-1, 1))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
