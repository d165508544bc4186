def g():
    raise RuntimeError('boom')

def f():
    return g()

x = f()
