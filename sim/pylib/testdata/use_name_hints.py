# versions: 3.8 3.9 3.10 3.11 3.12 3.13
# A name that is not defined: from 3.10 the traceback suggests the closest
# name the frame could see (locals, globals, builtins; self.x in a method
# from 3.12), from 3.12 the module a standard-library name needs importing;
# the traceback module (format_exc) shows the hints from 3.12 only.
import traceback


def attempt(f):
    try:
        f()
    except NameError:
        print(traceback.format_exc().splitlines()[-1])


count = 10
attempt(lambda: cont)
attempt(lambda: Print('x'))
attempt(lambda: lenn([]))
attempt(lambda: time)
attempt(lambda: random.random())
attempt(lambda: lst)


def f(values, total=0):
    for v in values:
        totl = total + v
    return totl2


attempt(lambda: f([1]))


class Point:
    def __init__(self, x):
        self.x = x

    def show(self):
        return x


attempt(lambda: Point(1).show())
attempt(lambda: Count)
attempt(lambda: abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq)
ranges = 1
attempt(lambda: rnage(3))
attempt(lambda: string)
os = 1
attempt(lambda: oss)
import itertools
print(itertools.count)
for i in range(2):
    totl = i
print(total)
