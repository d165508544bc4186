# Function attributes that decorators copy: __name__, __qualname__, __doc__
# (the docstring), __module__, __wrapped__.
def area(p):
    """Area of p."""
    return p


def nodoc():
    return 1


def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco


def logged(func):
    @wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


w = logged(area)
print(area.__doc__, nodoc.__doc__, w.__name__, w.__qualname__, w.__doc__, w.__wrapped__ is area, w(2))
nodoc.__name__ = "renamed"
print(nodoc.__name__, nodoc.__qualname__, repr(nodoc)[:19])
try:
    nodoc.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
nodoc.__doc__ = "set later"
print(nodoc.__doc__, (lambda: 0).__doc__)
