# Each child rolls dice with its own Random seeded from its number.
import os
import random

r, w = os.pipe()
for n in range(4):
    if os.fork() == 0:
        rng = random.Random(n * 1000)
        rolls = [rng.randint(1, 6) for _ in range(5)]
        os.write(w, (str(n) + ":" + ",".join(map(str, rolls)) + "\n").encode())
        os._exit(0)
    os.waitpid(-1, 0)
os.close(w)
out = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    out += chunk
print(out.decode(), end="")
