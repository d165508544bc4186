# sum() of floats: from 3.12 on CPython compensates the rounding (Neumaier)
# while items are floats or small ints, and folds the compensation in when
# another kind of item comes; before 3.12 it adds plainly.
import random


class Z:
    def __radd__(self, o):
        return o


random.seed(11)
out = []
for n in range(400):
    pool = [random.random() * 10 ** random.randint(-5, 17), 0.1, 10 ** 20, 0.3, 1e16, 3, True, -7, Z(), 2 ** 62]
    xs = [random.choice(pool) for _ in range(random.randint(0, 9))]
    start = random.choice([0, 0.0, 5, 2 ** 63 + 1])
    out.append(repr(sum(xs, start)))
print(len(out))
print(' '.join(out))
print(sum([0.1] * 10), sum([0.1] * 10 + [Z()]), sum([1e308, 1e308, -1e308]), sum([float('inf'), 1.0]))
