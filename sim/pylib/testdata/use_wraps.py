# functools.wraps copies the wrapped function's name and docstring.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    "Add two numbers."
    return a + b


print(add.__name__, add.__doc__, add.__qualname__, add(1, 2))


@functools.lru_cache(maxsize=32)
def cached(x):
    "Cached doc."
    return x


print(cached.__name__, cached.__doc__, cached.__wrapped__.__name__)
