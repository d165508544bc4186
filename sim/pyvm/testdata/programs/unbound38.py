# python: 3.8
import atexit


def bad():
    print(y)
    y = 1


def handler():
    print("handler runs")
    raise RuntimeError("in handler")


atexit.register(handler)
try:
    bad()
except UnboundLocalError as e:
    print(e)
