class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


def numbers():
    try:
        yield 1
        yield 2
    finally:
        done = True


def guarded():
    with Guard():
        yield 1
        yield 2


for n in numbers():
    if n == 1:
        break
x = 1


def first():
    for n in guarded():
        return n


y = first()
kept = numbers()
for n in kept:
    break
z = 2
