# The child resumes inside the expression with 0; state is copied, not shared.
import os

shared = {"n": 1}
items = [shared, shared]
x = [os.fork(), 5]
if x[0] == 0:
    shared["n"] = 99
    print("child sees", x, items[1]["n"], items[0] is items[1], flush=True)
    os._exit(0)
os.waitpid(x[0], 0)
print("parent sees", x[0] > 0, x[1], items[1]["n"], items[0] is items[1], flush=True)


def depth(k):
    if k == 0:
        return os.fork()
    return depth(k - 1) * 1


total = 0
for i in range(2):
    try:
        total += 1
        r = depth(3)
        if r == 0:
            print("child in loop", i, "total", total, flush=True)
            os._exit(0)
        os.waitpid(r, 0)
    finally:
        total += 10
print("parent total", total)
