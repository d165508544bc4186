class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return self.name == "b"


with CM("a") as c:
    x = 1
y = 2
with CM("a") as a, CM("b") as b:
    raise ValueError("v")
z = 3


def f():
    with CM("c"):
        return 5


f()
for i in range(2):
    with CM("d"):
        if i:
            break
        continue
try:
    with CM("e"):
        raise KeyError("k")
except KeyError:
    w = 4
with CM("f"):
    pass
