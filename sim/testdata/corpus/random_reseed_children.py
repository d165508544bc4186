# Seeding in each child makes its numbers reproducible.
import os
import random

r, w = os.pipe()
for n in range(3):
    if os.fork() == 0:
        random.seed(n)
        os.write(w, b"%d:%d\n" % (n, random.randint(1, 1000)))
        os._exit(0)
    os.wait()
os.close(w)
print(os.read(r, 100).decode().split())
