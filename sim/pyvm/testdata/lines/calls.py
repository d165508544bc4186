def add(a, b):
    c = a + b
    return c


def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        r = None
    finally:
        done = True
    return r


class Box:
    size = 3

    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2

    @double.setter
    def double(self, value):
        self.v = value // 2


b = Box(4)
print(add(1, 2), safe_div(1, 0), safe_div(4, 2), b.double)
for k in range(2):
    add(k, k)
b.double = 10
print(b.v)
