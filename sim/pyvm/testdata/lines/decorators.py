def trace(func):
    def wrapper(*args):
        r = func(*args)
        return r
    return wrapper


def register(cls):
    cls.tag = "registered"
    return cls


@trace
def add(a, b):
    return a + b


@register
class Box:
    size = 1

    @staticmethod
    @trace
    def make():
        return Box()


x = add(1, 2)
b = Box.make()
y = Box.tag
