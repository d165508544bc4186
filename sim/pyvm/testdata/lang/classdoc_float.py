# Class docstrings (__doc__, None without one), float.is_integer and
# as_integer_ratio, ascii().
class Documented:
    "class doc"
    x = 1


class Plain:
    x = 1


class OnlyDoc:
    """Only a docstring."""


print(Documented.__doc__, Plain.__doc__, OnlyDoc.__doc__, Documented().__doc__)
print("__doc__" in Plain.__dict__, Documented.x)
for f in [2.0, 2.5, -0.0, 1e300, 0.1]:
    print(f.is_integer(), f.as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf").is_integer())
print(ascii("é ü ☺ 𝄞 plain"), ascii(["ÿ", 1]), ascii("a'b"))
