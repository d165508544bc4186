# Hand out work with itertools: numbered tasks in batches, one child per
# batch, results grouped by parity.
import itertools
import os

tasks = list(zip(itertools.count(1), "abcdefg"))
batches = []
it = iter(tasks)
while True:
    batch = list(itertools.islice(it, 3))
    if not batch:
        break
    batches.append(batch)
r, w = os.pipe()
for batch in batches:
    if os.fork() == 0:
        total = sum(n for n, _ in batch)
        os.write(w, b"%d\n" % total)
        os._exit(0)
os.close(w)
for _ in batches:
    os.wait()
totals = sorted(int(x) for x in os.read(r, 100).split())
print("totals:", totals, "running:", list(itertools.accumulate(totals)))
for odd, group in itertools.groupby(sorted(totals, key=lambda t: t % 2), key=lambda t: t % 2):
    print("odd" if odd else "even", list(group))
print(list(itertools.chain.from_iterable(batches))[:4])
print(list(itertools.combinations("xyz", 2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.product([0, 1], repeat=2)), list(itertools.zip_longest("ab", "c", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.islice(itertools.cycle("ok"), 5)), list(itertools.repeat(0, 3)))
a, b = itertools.tee(range(3))
print(list(a), list(b))
