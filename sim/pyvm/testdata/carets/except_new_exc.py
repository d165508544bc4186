def f(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError('bad input ' + s) from None

f('x')
