class Documented:
    "class doc"
    x = 1


class OnlyDoc:
    """Only a docstring."""


y = Documented.__doc__
