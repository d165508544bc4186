# A seeded generator gives the same numbers every run.
import random

random.seed(1)
print(random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(1, 100))
print(random.choice(["rock", "paper", "scissors"]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(round(random.uniform(10, 20), 6))
print(random.randrange(0, 100, 5))
print(random.getrandbits(16))
print(random.sample(range(50), 4))
