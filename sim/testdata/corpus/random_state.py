# getstate/setstate replay a sequence; Random instances are independent.
import random

random.seed(99)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print(first == again)
rng = random.Random(5)
print(rng.randint(0, 10**6), rng.random())
print(random.Random("hello").randint(1, 100))
random.seed(3.5)
print(random.random())
