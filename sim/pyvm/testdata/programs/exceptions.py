# Exceptions: hierarchy, handlers, finally, chaining, custom classes.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise AppError(7, "custom failure")
    if n == 2:
        return {}["missing"]
    if n == 3:
        return [1][5]
    if n == 4:
        return 1 / 0
    if n == 5:
        return undefined_name
    return n


for n in range(7):
    try:
        print("ok", risky(n))
    except AppError as e:
        print("AppError", e.code, e, e.args)
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("no error for", n)
    finally:
        print("finally", n)


def with_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")


print(with_finally())

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__))

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("implicit context:", repr(e.__context__))

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)

try:
    raise OSError(10, "No child processes")
except OSError as e:
    print(e.errno, e.strerror, e)

print(issubclass(ChildProcessError, OSError), issubclass(KeyError, LookupError))


def reraiser():
    try:
        raise ValueError("again")
    except ValueError:
        print("handling, then re-raise")
        raise


try:
    reraiser()
except ValueError as e:
    print("caught re-raised", e)
print("end")
raise AppError(1, "uncaught at the end")
