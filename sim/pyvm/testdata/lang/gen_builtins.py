# Builtins that consume generators: the generator runs as a frame, so it may
# sleep or fork; results and errors as CPython's.
import os
import time


def count(n, label=""):
    for i in range(n):
        if label:
            print(label, i)
        yield i


def slow(n):
    for i in range(n):
        time.sleep(0.01)
        yield i * 10


print(list(count(3)), tuple(count(2)), set(count(3)), sorted(count(4), reverse=True))
print(sum(count(5)), sum(count(3), 10), min(count(4)), max(count(4), default=-1), max(count(0), default=-1))
print(dict((k, str(k)) for k in count(3)), "-".join(str(x) for x in count(4)))
print(any(x > 1 for x in count(5, "any")), all(x < 1 for x in count(5, "all")))
print(list(enumerate(count(3), 1)), list(zip(count(3), "ab", count(9))))
print(list(map(str, count(3))), list(map(lambda a, b: a + b, count(3), count(3))), list(filter(None, count(4))))
print(list(slow(3)), sum(slow(2)), sorted(slow(3), key=lambda v: -v))
for i, v in enumerate(slow(2)):
    print("enumerate", i, v)
try:
    sum(x for x in ["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    max(count(0))
except ValueError as e:
    print("ValueError:", e)


def forks():
    yield "before"
    pid = os.fork()
    if pid == 0:
        yield "child"
        os._exit(0)
    os.waitpid(pid, 0)
    yield "parent"


print(list(forks()), flush=True)
print(list(x for x in [1, 2] if x) == [1, 2], sorted(-x for x in count(3)))
