# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# random as each version has it: the numbers after a seed, the mistakes
# (a float or str to randint, an empty or unordered population, weights
# and cum_weights together, k by position), the defaults that came in
# 3.11 and 3.12, the DeprecationWarnings of 3.9-3.11, subclasses with
# their own random(), and a forked child drawing numbers of its own.
import os
import random
random.seed(5)
cases = [
    ('randint str', lambda: random.randint('1', 5)),
    ('randint float', lambda: random.randint(1.5, 5)),
    ('randint empty', lambda: random.randint(5, 1)),
    ('randrange 0', lambda: random.randrange(0)),
    ('randrange float', lambda: random.randrange(2.5)),
    ('randrange step0', lambda: random.randrange(1, 5, 0)),
    ('randrange neg', lambda: random.randrange(5, 1)),
    ('choice empty', lambda: random.choice([])),
    ('choice int', lambda: random.choice(5)),
    ('choice dict', lambda: random.choice({'a': 1})),
    ('choice set', lambda: random.choice({1, 2})),
    ('choice str', lambda: random.choice('abc')),
    ('sample big', lambda: random.sample([1, 2], 3)),
    ('sample neg', lambda: random.sample([1, 2], -1)),
    ('sample set', lambda: random.sample({1, 2, 3}, 2)),
    ('sample dict', lambda: random.sample({'a': 1}, 1)),
    ('sample nok', lambda: random.sample([1, 2])),
    ('sample counts', lambda: random.sample(['a', 'b'], 3, counts=[2, 1])),
    ('shuffle tuple', lambda: random.shuffle((1, 2, 3))),
    ('shuffle str', lambda: random.shuffle('abc')),
    ('uniform str', lambda: random.uniform('a', 1)),
    ('uniform', lambda: random.uniform(1, 2)),
    ('gauss str', lambda: random.gauss('x')),
    ('gauss', lambda: round(random.gauss(0, 1), 12)),
    ('gauss default', lambda: round(random.gauss(), 12)),
    ('expovariate 0', lambda: random.expovariate(0)),
    ('expovariate str', lambda: random.expovariate('a')),
    ('expovariate default', lambda: random.expovariate()),
    ('choices k str', lambda: random.choices([1, 2], k='a')),
    ('choices weights int', lambda: random.choices([1, 2], 2)),
    ('choices k neg', lambda: random.choices([1, 2], k=-1)),
    ('choices both', lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2])),
    ('choices empty w', lambda: random.choices('', [])),
    ('choices neg w', lambda: random.choices([1, 2], [-1, -1])),
    ('choices inf w', lambda: random.choices([1, 2], [float('inf'), 1])),
    ('choices str w', lambda: random.choices([1, 2], ['a', 'b'])),
    ('choices ok', lambda: random.choices('abc', [1, 2, 3], k=5)),
    ('choices cum', lambda: random.choices('abc', cum_weights=[1, 2, 3], k=5)),
    ('seed list', lambda: random.seed([1])),
    ('getrandbits neg', lambda: random.getrandbits(-1)),
    ('getrandbits 0', lambda: random.getrandbits(0)),
    ('triangular', lambda: random.triangular(0, 1)),
    ('betavariate', lambda: random.betavariate(1, 1)),
]
for label, f in cases:
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Dice(random.Random):
    def random(self):
        return 0.5


d = Dice()
print('subclass', d.randrange(10), d.choice('abc'), d.random(), d.uniform(0, 4))
r = random.Random('seed me')
print('str seed', r.random(), r.randint(1, 10 ** 20), r.getrandbits(70))
state = r.getstate()
a = [r.random() for i in range(3)]
r.setstate(state)
print('state', a == [r.random() for i in range(3)], state[0], len(state[1]))
print('version 1', random.Random().seed('abc', version=1), random.Random(3.25).random(), random.Random(-7).random())
print('distributions', [round(f(), 9) for f in (lambda: random.triangular(1, 5, 2), lambda: random.betavariate(2, 3),
                                               lambda: random.gammavariate(0.5, 2), lambda: random.gammavariate(3, 1),
                                               lambda: random.vonmisesvariate(1, 4), lambda: random.lognormvariate(0, 1),
                                               lambda: random.paretovariate(2), lambda: random.weibullvariate(1, 2))])
print('shuffle', [random.sample(range(100), 5), random.sample(range(10 ** 6), 3)])
xs = list(range(10))
random.shuffle(xs)
print('shuffled', xs, isinstance(random.SystemRandom().random(), float))
rfd, wfd = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(wfd, repr(random.random()).encode())
    os._exit(0)
os.waitpid(pid, 0)
print('child differs', float(os.read(rfd, 100)) != random.random())
