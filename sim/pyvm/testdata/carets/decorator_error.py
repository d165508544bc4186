def deco(f):
    return f.nope

@deco
def g():
    pass
