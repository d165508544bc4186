# os.fork() in the middle of iterating a generator: the child gets its own
# copy of the suspended generator and both continue from where it was.
import os


def numbers():
    n = 0
    while n < 6:
        yield n
        n += 1


it = numbers()
seen = []
for x in it:
    seen.append(x)
    if x == 2:
        pid = os.fork()
        if pid == 0:
            print("child continues", list(it), seen, flush=True)
            os._exit(0)
        os.waitpid(pid, 0)
print("parent continues", seen, flush=True)


def forking():
    yield "before"
    pid = os.fork()
    if pid == 0:
        yield "child"
        os._exit(0)
    os.waitpid(pid, 0)
    yield "parent after wait"


for word in forking():
    print(word, flush=True)
lazy = (x * x for x in range(5))
next(lazy)
pid = os.fork()
if pid == 0:
    print("child sum", sum(lazy), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print("parent sum", sum(lazy), flush=True)
