# The classic surprise, and CPython's fix: after fork, a Random object of
# your own is copied into every child with its state, so every child draws
# the same numbers; the module-level functions are reseeded in the child
# (random registers os.register_at_fork), so they differ.
import os
import random

rng = random.Random(2024)
random.seed(2024)
r, w = os.pipe()
for n in range(3):
    if os.fork() == 0:
        os.write(w, b"%d %d\n" % (rng.randint(1, 1000), random.getrandbits(60)))
        os._exit(0)
os.close(w)
for _ in range(3):
    os.wait()
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
own, module = zip(*(line.split() for line in data.splitlines()))
print("own Random, same in every child:", len(set(own)) == 1, "value", own[0].decode())
print("the parent's next one is the same:", rng.randint(1, 1000) == int(own[0]))
print("module random, reseeded in each child:", len(set(module)) == 3)
