# python: 3.8
# Tracebacks: chained causes and contexts, in CPython 3.8's format.
class Custom(Exception):
    pass


def f(x):
    return g(x) + 1


def g(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        raise ValueError("bad x") from e


def h():
    try:
        f(0)
    except ValueError:
        raise Custom("while handling")


try:
    h()
except Custom as e:
    print("caught", repr(e), type(e.__context__).__name__)
print("now uncaught")
h()
