# Writing and deleting a function's __defaults__ and __kwdefaults__ (the next
# calls use them), deleting function, instance, class and module attributes
# (whose error message changed in 3.11), as tutorials on default arguments do.
import os

def f(x=1, *, k=2):
    return x, k
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (5,)
print(f())
f.__kwdefaults__ = {'k': 9}
print(f())
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
f.__defaults__ = (1, 2, 3)
print(f())
f.__defaults__ = ()
print(f.__defaults__)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = (1,)
except TypeError as e:
    print(e)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f(1)
except TypeError as e:
    print(e)
f.note = 'n'
del f.note
print(hasattr(f, 'note'))
try:
    del f.note
except AttributeError as e:
    print(e)
try:
    del f.__name__
except TypeError as e:
    print(e)
def g(a, b=2):
    return a, b
g.__defaults__ = (10, 20)
print(g())
g.__kwdefaults__ = {'zz': 1}
print(g(1))

class C: pass

for o in (f, C(), C, os):
    try:
        del o.nothere
    except AttributeError as e:
        print(repr(e))


def counter(start=0, step=1):
    return start + step


counter.__defaults__ = (100, 5)
print(counter(), counter(1), counter.__defaults__)
del counter.__defaults__
print(counter.__defaults__)
try:
    counter()
except TypeError as e:
    print(e)
